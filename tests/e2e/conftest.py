"""Fixtures of the browser journeys: a small realistic centenary in the test database, served by
pytest-django's live server, and one Debian Chromium driven by Playwright for the whole session.

The live server answers from another thread, so every test here is transactional (the live server
fixture asks for `transactional_db`): what a fixture writes is committed and visible to it. The
tests also ask for a serialized rollback, so that the rows Wagtail's migrations made (the root page,
the default locale, the root collection) come back after each test's flush."""

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from django.db import connections
from playwright.sync_api import Browser, Page, sync_playwright

from tests.e2e import urls as e2e_urls
from tests.e2e.sample_site import SampleSite, build_sample_site

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
    "--disable-quic",
]

# A phone held upright (the size of a recent iPhone) and an ordinary laptop screen.
VIEWPORTS = {
    "phone": {
        "viewport": {"width": 390, "height": 844},
        "device_scale_factor": 2,
        "is_mobile": True,
        "has_touch": True,
    },
    "desktop": {"viewport": {"width": 1366, "height": 900}},
}


@pytest.fixture(scope="session")
def browser(django_db_setup) -> Iterator[Browser]:
    # Playwright's sync API runs an event loop in this thread; Django refuses ORM calls while one
    # runs unless told that the calls really are synchronous, as they are here.
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    migrated_rows = {
        connection.alias: getattr(connection, "_test_serialized_contents", None)
        for connection in connections.all()
    }
    with sync_playwright() as playwright:
        # With an event loop running, Django's connection handler (an asgiref Local) hands out
        # new connection objects, not those the test databases were set up on: the migrated rows
        # that the serialized rollback restores after each test must move over to them.
        for alias, rows in migrated_rows.items():
            if rows is not None:
                connections[alias]._test_serialized_contents = rows
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()
    if previous is None:
        del os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"]
    else:
        os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


@pytest.fixture(scope="session")
def media_root(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("e2e-media")


@pytest.fixture
def served_site(browser, live_server, django_db_serialized_rollback, settings, media_root):
    """The live server's address ("http://localhost:PORT").

    Uploaded photos and videos go to a temporary folder, which the e2e URLconf serves with HTTP
    Range requests under its own MEDIA_URL (the live server runs with DEBUG off, when the
    project's own URLconf serves no media)."""
    settings.MEDIA_ROOT = media_root
    settings.MEDIA_URL = e2e_urls.MEDIA_URL
    settings.ROOT_URLCONF = "tests.e2e.urls"
    return live_server.url


@pytest.fixture
def sample_site(served_site) -> SampleSite:
    return build_sample_site()


@pytest.fixture(params=list(VIEWPORTS))
def viewport(request) -> str:
    return request.param


@pytest.fixture
def page(browser, viewport, served_site) -> Iterator[Page]:
    """A fresh browser tab (no cookies, no history) at the viewport's size, in French.

    Every response of the site that is an error is recorded in `page.failed_responses`, so that a
    test can check that no image, stylesheet or page was missing."""
    context = browser.new_context(
        base_url=served_site, locale="fr-FR", reduced_motion="reduce", **VIEWPORTS[viewport]
    )
    context.set_default_timeout(10_000)
    tab = context.new_page()
    tab.failed_responses = []

    def record_failure(response) -> None:
        if response.status >= 400:
            tab.failed_responses.append(f"{response.status} {response.url}")

    tab.on("response", record_failure)
    yield tab
    context.close()
