"""The project's URLs, plus the uploaded files: the live server runs with DEBUG off, when the
project's own URLconf leaves media to the web server or object storage.

The files are served by the view that serves them under DEBUG, which answers HTTP Range requests
(a browser seeks a video with them) and reads MEDIA_ROOT per request (the e2e fixtures point it at
a temporary folder). They are published under their own prefix, not under /media/: Django's live
server answers /media/ itself, before any URLconf, with whole files only."""

from django.urls import re_path

from centenary.urls import urlpatterns as project_urlpatterns
from stories.views.media import serve_media

MEDIA_URL = "/uploads/"

urlpatterns = [
    re_path(rf"^{MEDIA_URL.strip('/')}/(?P<path>.+)$", serve_media),
    *project_urlpatterns,
]
