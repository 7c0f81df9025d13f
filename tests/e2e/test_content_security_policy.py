"""Chromium, enforcing the site's Content-Security-Policy, reports no violation: on every public
page, on a story whose YouTube or Vimeo facade is played, in the admin's page editor under the
admin's own policy, and on a public page with an editor's user bar. Chromium prints each violation
on the console ("... violates the following Content Security Policy directive ..."); the tests
listen to it."""

import re

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.sample_site import SampleSite
from tests.e2e.test_video_journey import facade, facade_story  # noqa: F401

PASSWORD = "correct horse battery staple"


@pytest.fixture
def viewport() -> str:
    # The policy is the same on every screen: one browser size is enough.
    return "desktop"


@pytest.fixture
def violations(page: Page) -> list[str]:
    """The console messages about the policy, from every page the tab opens."""
    heard: list[str] = []

    def listen(message) -> None:
        if "Content Security Policy" in message.text:
            heard.append(f"{page.url}: {message.text}")

    page.on("console", listen)
    # Only the site answers: the video services are out of reach (and out of the test).
    page.route(re.compile(r"^https?://(?!localhost[:/])"), lambda route: route.abort())
    return heard


@pytest.mark.e2e
def test_the_console_reports_a_violation_when_one_happens(page: Page, sample_site, violations):
    # Guards the tests below: an inline script added to a page is refused, and heard.
    page.goto(sample_site.home_url)
    page.evaluate(
        "() => { const script = document.createElement('script');"
        " script.textContent = 'window.ran = true'; document.head.append(script); }"
    )
    assert page.evaluate("() => window.ran === undefined")
    page.wait_for_timeout(200)  # the console message travels from the browser
    assert violations and "script-src" in violations[0]


@pytest.mark.e2e
def test_public_pages_cause_no_violation(page: Page, sample_site: SampleSite, violations):
    pages = {**sample_site.public_pages(), "share form": "/fr/share-your-story/"}
    for address in pages.values():
        page.goto(address)
        page.wait_for_load_state("load")
    assert not violations, "\n".join(violations)


@pytest.mark.e2e
def test_playing_a_video_facade_causes_no_violation(page: Page, facade_story, violations):  # noqa: F811
    page.goto(facade_story.url)
    page.locator(".video-facade__play").click()
    expect(page.locator(".video-facade iframe")).to_be_attached()
    page.wait_for_timeout(200)
    assert not violations, "\n".join(violations)


@pytest.mark.e2e
def test_the_admin_page_editor_causes_no_violation(
    page: Page, sample_site: SampleSite, violations, django_user_model
):
    django_user_model.objects.create_superuser("editor", "editor@example.org", PASSWORD)
    page.goto("/admin/login/")
    page.fill("input[name=username]", "editor")
    page.fill("input[name=password]", PASSWORD)
    page.locator("form.login-form button[type=submit]").click()
    page.wait_for_url(re.compile(r"/admin/$"))
    story = sample_site.story("mai-68-a-vaise")
    page.goto(f"/admin/pages/{story.pk}/edit/")
    expect(page.locator("form#page-edit-form")).to_be_visible()
    page.wait_for_load_state("networkidle")
    # The public page, signed in, under the public policy: with Wagtail's user bar on it.
    page.goto(story.url)
    expect(page.locator("wagtail-userbar")).to_be_attached()
    page.wait_for_load_state("networkidle")
    assert not violations, "\n".join(violations)
