"""A reader switches language on a story and lands on its translation, then comes back, on a
phone and on a desktop screen; axe-core finds no violation on the English story page, nor on a
French story without English version, whose switch says so."""

import re

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.utils import translation
from playwright.sync_api import Page, expect

from stories.demo.contributors import CONTRIBUTORS
from stories.demo.english import STORIES_EN, load_english_demo
from stories.demo.loader import archive_collection, load_contributor, load_story, load_vocabulary
from stories.demo.stories import STORIES
from stories.models import StoryPage
from stories.site_tree import ensure_site_tree
from tests.e2e.browsing import assert_no_horizontal_scroll, save_screenshot
from tests.e2e.test_accessibility import AXE_OPTIONS, describe
from tests.factories import StoryPageFactory

STORY = "le-premier-ordinateur-de-l-usine"


def in_french(message: str) -> str:
    with translation.override("fr"):
        return translation.gettext(message)


@pytest.fixture(scope="session")
def axe() -> Axe:
    return Axe()


@pytest.fixture
def bilingual_story(served_site) -> tuple[StoryPage, StoryPage]:
    """One demo story in French, with its contributor, and the English demo made from it."""
    home, index, _people = ensure_site_tree()
    load_vocabulary(index.locale)
    story = next(story for story in STORIES if story["slug"] == STORY)
    person = next(person for person in CONTRIBUTORS if person["slug"] == story["contributor"])
    collection = archive_collection()
    load_contributor(person, index.locale, collection)
    french = load_story(story, index, collection)
    load_english_demo(home, lambda items, label: items)
    english = StoryPage.objects.get(
        translation_key=french.translation_key, locale__language_code="en"
    )
    return french, english


def audit(page: Page, axe: Axe, where: str) -> None:
    violations = axe.run(page, options=AXE_OPTIONS).response["violations"]
    assert not violations, f"axe-core found violations on {where}:\n{describe(violations)}"


def ends_with(path: str) -> re.Pattern:
    return re.compile(re.escape(path) + "$")


@pytest.mark.e2e
def test_reader_switches_a_story_to_english_and_back(
    page: Page, viewport: str, bilingual_story, axe: Axe
):
    french, english = bilingual_story
    page.goto(french.url)
    page.get_by_role("navigation", name=in_french("Language")).get_by_role(
        "link", name="English"
    ).click()

    expect(page).to_have_url(ends_with(english.url))
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.get_by_role("heading", level=1)).to_have_text(STORIES_EN[STORY]["title"])
    save_screenshot(page, viewport, "story-in-english")
    assert_no_horizontal_scroll(page)
    audit(page, axe, f"{english.url} on the {viewport}")

    page.get_by_role("navigation", name="Language").get_by_role("link", name="Français").click()
    expect(page).to_have_url(ends_with(french.url))
    expect(page.locator("html")).to_have_attribute("lang", "fr")
    assert not page.failed_responses, page.failed_responses


@pytest.mark.e2e
def test_a_story_without_english_version_says_so_and_leads_to_the_english_stories(
    page: Page, viewport: str, bilingual_story, axe: Axe
):
    french, english = bilingual_story
    untranslated = StoryPageFactory(parent=french.get_parent(), title="Pas encore traduite")
    page.goto(untranslated.url)
    note = page.locator(".language-switch__note")
    expect(note).to_be_visible()
    audit(page, axe, f"{untranslated.url} on the {viewport}")

    page.get_by_role("navigation", name=in_french("Language")).get_by_role(
        "link", name="English"
    ).click()
    expect(page).to_have_url(ends_with(english.get_parent().url))
    expect(page.locator("html")).to_have_attribute("lang", "en")
