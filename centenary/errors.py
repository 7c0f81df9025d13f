"""The server error page: a database outage (503, come back in a moment) told from a bug (500).

Django calls this view from inside its exception handler, wherever the error was raised (a view, a
middleware, a template), so `sys.exc_info()` still holds the exception. The pages render without
touching the database: no context processor that reads it, no session, no user.
"""

import sys

from django.db import InterfaceError, OperationalError
from django.http import HttpRequest, HttpResponse
from django.template import loader
from django.utils import translation

DATABASE_UNAVAILABLE = (OperationalError, InterfaceError)
RETRY_AFTER_SECONDS = 30


def database_unavailable(error: BaseException | None) -> bool:
    """True when the error, or one it was raised from, says the database cannot be reached."""
    while error is not None:
        if isinstance(error, DATABASE_UNAVAILABLE):
            return True
        error = error.__cause__ or error.__context__
    return False


def server_error(request: HttpRequest) -> HttpResponse:
    language = translation.get_language_from_path(request.path_info) or translation.get_language()
    with translation.override(language):
        if database_unavailable(sys.exc_info()[1]):
            body = loader.render_to_string("503.html", {"LANGUAGE_CODE": language})
            response = HttpResponse(body, status=503)
            response["Retry-After"] = str(RETRY_AFTER_SECONDS)
        else:
            body = loader.render_to_string("500.html", {"LANGUAGE_CODE": language})
            response = HttpResponse(body, status=500)
    response["Cache-Control"] = "no-store"
    return response
