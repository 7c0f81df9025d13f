"""The site's URLs with a bare Django view in front: the denominator of every ratio."""

from django.http import HttpRequest, HttpResponse
from django.urls import path

from centenary.urls import urlpatterns as site_urlpatterns


def ok(request: HttpRequest) -> HttpResponse:
    """The cheapest answer through the site's middleware: no query, no template."""
    return HttpResponse("ok", content_type="text/plain")


urlpatterns = [path("bench/ok", ok, name="bench_ok"), *site_urlpatterns]
