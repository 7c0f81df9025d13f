"""A database outage gives a 503 page in the visitor's language; any other error a 500 page."""

import pytest
from django.db import OperationalError
from django.db.utils import ConnectionHandler
from django.test import RequestFactory

from centenary.errors import database_unavailable, server_error


@pytest.fixture
def outage(django_db_blocker) -> OperationalError:
    """The error Django really raises when its database cannot be opened (a connection of its
    own, so that the test database is left alone)."""
    unreachable = {"ENGINE": "django.db.backends.sqlite3", "NAME": "/nonexistent/db.sqlite3"}
    handler = ConnectionHandler({"default": unreachable})
    with django_db_blocker.unblock():
        try:
            handler["default"].cursor()
        except OperationalError as error:
            return error
    pytest.fail("an unreachable database was reached")


def render_error_page(error: Exception, path: str):
    try:
        raise RuntimeError("while rendering a page") from error
    except RuntimeError:
        return server_error(RequestFactory().get(path))


def test_database_outage_is_a_503_in_french(outage):
    response = render_error_page(outage, "/fr/stories/")
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert response["Cache-Control"] == "no-store"
    assert '<html lang="fr">' in response.text
    assert "Nous revenons dans un instant" in response.text


def test_database_outage_is_a_503_in_english(outage):
    response = render_error_page(outage, "/en/share-your-story/")
    assert response.status_code == 503
    assert '<html lang="en">' in response.text
    assert "Back in a moment" in response.text


def test_a_bug_is_a_500():
    response = render_error_page(ValueError("a bug"), "/en/")
    assert response.status_code == 500
    assert "Something went wrong" in response.text


def test_only_database_errors_count_as_an_outage(outage):
    assert database_unavailable(outage)
    assert not database_unavailable(ValueError("a bug"))
    assert not database_unavailable(None)
