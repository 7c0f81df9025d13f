"""A visitor browses the century with the keyboard alone, on a phone and on a desktop screen:
home → a decade on the timeline → a story → the person who told it → back to the story → back to
its decade. Every step moves the focus with Tab or Shift+Tab and follows links with Enter; no
click. A screenshot of each page is kept in tests/e2e/screenshots/."""

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.browsing import (
    active_element,
    assert_focus_visible,
    assert_no_horizontal_scroll,
    press_enter_and_wait,
    save_screenshot,
    tab_to,
)
from tests.e2e.sample_site import JOURNEY_STORY, SampleSite

DECADE_URL = "/fr/stories/decade/1960s/"


@pytest.mark.e2e
def test_visitor_browses_a_decade_a_story_and_its_teller_with_the_keyboard(
    page: Page, viewport: str, sample_site: SampleSite
):
    story = sample_site.story(JOURNEY_STORY)
    teller = story.contributor
    teller_url = f"/fr/contributors/{teller.slug}/"

    page.goto(sample_site.home_url)
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    assert_no_horizontal_scroll(page)
    focused = tab_to(page, DECADE_URL)
    assert "1960" in focused["text"]
    save_screenshot(page, viewport, "home")
    press_enter_and_wait(page, DECADE_URL)

    expect(page.get_by_role("heading", level=1)).to_have_text("Années 1960")
    assert_no_horizontal_scroll(page)
    focused = tab_to(page, story.url)
    assert focused["text"] == story.title
    save_screenshot(page, viewport, "decade")
    press_enter_and_wait(page, story.url)

    expect(page.get_by_role("heading", level=1)).to_have_text(story.title)
    assert_no_horizontal_scroll(page)
    focused = tab_to(page, teller_url)
    assert focused["text"] == teller.name
    save_screenshot(page, viewport, "story")
    press_enter_and_wait(page, teller_url)

    expect(page.get_by_role("heading", level=1)).to_have_text(teller.name)
    expect(page.get_by_role("link", name=story.title)).to_be_visible()
    assert_no_horizontal_scroll(page)
    save_screenshot(page, viewport, "contributor")

    # Back to the story with the browser's Back button: headless Chromium has no toolbar to take
    # its keyboard shortcut (Alt+←), so the test presses the button through Playwright.
    page.go_back()
    page.wait_for_url(f"**{story.url}")
    expect(page.get_by_role("heading", level=1)).to_have_text(story.title)

    # Then back up to the story's decade, through the date at the top of the story.
    focused = tab_to(page, DECADE_URL, backwards=True)
    assert focused["text"] == str(story.year)
    save_screenshot(page, viewport, "story-date")
    press_enter_and_wait(page, DECADE_URL)
    expect(page.get_by_role("heading", level=1)).to_have_text("Années 1960")

    assert not page.failed_responses, page.failed_responses


@pytest.mark.e2e
def test_skip_link_takes_the_focus_to_the_main_content(page: Page, viewport: str, make_stories):
    story = make_stories(1)[0]
    for address in ("/fr/", story.url, "/fr/stories/", "/fr/search/?q=atelier"):
        page.goto(address)
        page.keyboard.press("Tab")
        skip_link = active_element(page)
        assert skip_link is not None and skip_link["href"] == "#main", (address, skip_link)
        assert_focus_visible(skip_link, f"the skip link of {address}")
        expect(page.locator(".skip-link")).to_be_in_viewport()
        if address == "/fr/":
            save_screenshot(page, viewport, "skip-link")

        page.keyboard.press("Enter")
        assert active_element(page)["id"] == "main", address
        assert page.url.endswith("#main"), page.url

        # The next Tab goes on from the main content, past the header's links.
        page.keyboard.press("Tab")
        assert page.evaluate("document.querySelector('main').contains(document.activeElement)")
