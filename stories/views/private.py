"""The password form of a page its editors keep private (Wagtail's page privacy), with a limit on
attempts so that a password cannot be guessed by trying them all."""

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django_ratelimit.core import is_ratelimited
from wagtail import views as wagtail_views


def authenticate_with_password(
    request: HttpRequest, page_view_restriction_id: int, page_id: int
) -> HttpResponse:
    if request.method == "POST" and is_ratelimited(
        request,
        group="private-page-password",
        key="ip",
        rate=settings.ADMIN_LOGIN_RATE_LIMIT,
        method="POST",
        increment=True,
    ):
        return render(request, "private_page_rate_limited.html", status=429)
    return wagtail_views.authenticate_with_password(request, page_view_restriction_id, page_id)
