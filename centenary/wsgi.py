"""WSGI entry point (gunicorn centenary.wsgi)."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "centenary.settings")
application = get_wsgi_application()
