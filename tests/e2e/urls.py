"""The project's URLs, plus the uploaded files: the live server runs with DEBUG off, when the
project's own URLconf leaves media to the web server or object storage."""

from django.conf import settings
from django.urls import re_path
from django.views.static import serve

from centenary.urls import urlpatterns as project_urlpatterns


def serve_media(request, path):
    # MEDIA_ROOT is read per request: the e2e fixtures point it at a temporary folder.
    return serve(request, path, document_root=settings.MEDIA_ROOT)


urlpatterns = [re_path(r"^media/(?P<path>.*)$", serve_media), *project_urlpatterns]
