"""The language switch leads to the same page in the other language, or says that there is none
and leads to the closest page; hreflang alternates and x-default point to pages that exist; the
page says which language it is in."""

import re

import pytest
from django.utils.html import escape

from stories.demo.english import STORIES_EN
from stories.demo.eras import ERAS
from stories.demo.themes import THEMES
from stories.demo.vocabulary_en import ERAS_EN, THEMES_EN
from stories.models import StoryIndexPage
from tests.factories import StoryPageFactory

pytestmark = pytest.mark.django_db

STORY = "le-premier-ordinateur-de-l-usine"


def switch_link(html: str, language: str) -> str:
    """The address the language switch gives for ``language``."""
    switch = re.search(r'<nav class="language-switch".*?</nav>', html, re.S).group(0)
    return re.search(rf'<a href="([^"]+)" lang="{language}"', switch).group(1)


def alternates(html: str) -> dict[str, str]:
    links = re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">', html)
    return dict(links)


def test_the_switch_on_a_story_leads_to_its_translation_and_back(client, english_demo):
    french, english = english_demo[STORY]
    french_html = client.get(french.url).content.decode()
    assert (
        switch_link(french_html, "en") == english.url == "/en/stories/the-factory-s-first-computer/"
    )
    english_html = client.get(english.url).content.decode()
    assert switch_link(english_html, "fr") == french.url
    assert "language-switch__note" not in french_html + english_html


def test_hreflang_alternates_and_x_default_lead_to_live_pages(client, english_demo):
    french, english = english_demo[STORY]
    for url in (french.url, english.url, "/fr/", "/en/stories/", "/en/search/?q=atelier"):
        links = alternates(client.get(url).content.decode())
        assert set(links) == {"fr", "en", "x-default"}, url
        assert links["x-default"] == links["fr"]
        for href in links.values():
            assert href.startswith("http://testserver/")
            assert client.get(href).status_code == 200, href
    story_links = alternates(client.get(english.url).content.decode())
    assert story_links["en"] == f"http://testserver{english.url}"
    assert story_links["fr"] == f"http://testserver{french.url}"


@pytest.mark.parametrize(
    "path", ["/en/", f"/en/stories/{STORIES_EN[STORY]['slug']}/", "/en/stories/", "/en/search/"]
)
def test_english_pages_say_they_are_in_english(client, english_demo, path):
    assert '<html lang="en">' in client.get(path).content.decode()


def test_the_english_story_shows_no_french_theme_or_era_name(client, english_demo):
    french, english = english_demo[STORY]
    html = client.get(english.url).content.decode()
    for theme in THEMES:
        if theme["name"] != THEMES_EN[theme["slug"]]["name"]:  # "Innovation", "Sport"
            assert f">{escape(theme['name'])}<" not in html, theme["name"]
    for era in ERAS:
        assert escape(era["name"]) not in html, era["name"]
    assert escape(ERAS_EN[french.era.slug]["name"]) in html
    assert f'alt="{escape(english.image_alt)}"' in html
    assert escape(french.image_alt) not in html
    assert ">The digital revolution<" in html


def test_an_era_archive_switches_to_the_era_in_the_other_language(client, english_demo):
    french, english = english_demo[STORY]
    html = client.get(f"/fr/stories/era/{french.era.slug}/").content.decode()
    assert switch_link(html, "en") == f"/en/stories/era/{english.era.slug}/"
    html = client.get("/en/stories/decade/1960s/").content.decode()
    assert switch_link(html, "fr") == "/fr/stories/decade/1960s/"
    assert set(alternates(html)) == {"fr", "en", "x-default"}


def test_a_story_without_translation_says_so_and_leads_to_the_english_stories(
    client, english_demo, story_index
):
    untranslated = StoryPageFactory(parent=story_index, title="Une histoire pas encore traduite")
    html = client.get(untranslated.url).content.decode()
    assert switch_link(html, "en") == "/en/stories/"
    assert "language-switch__note" in html
    assert 'aria-describedby="language-note-en"' in html
    assert alternates(html) == {}


def test_an_english_story_without_french_version_leads_to_the_french_stories(client, english_demo):
    english_index = StoryIndexPage.objects.get(locale__language_code="en")
    english_only = StoryPageFactory(parent=english_index, locale=english_index.locale)
    html = client.get(english_only.url).content.decode()
    assert switch_link(html, "fr") == "/fr/stories/"
    assert "This page is not available in French" in html


def test_a_missing_page_leads_to_the_other_home_without_alternates(client, english_demo):
    response = client.get("/fr/stories/une-histoire-qui-n-existe-pas/")
    assert response.status_code == 404
    html = response.content.decode()
    assert switch_link(html, "en") == "/en/"
    assert alternates(html) == {}
