"""The demo exists in English: every French demo story has an English version written for it, and
the loader makes the English tree as wagtail-localize translations that editors can keep in sync."""

import pytest
from django.utils.translation import override
from wagtail.models import Locale
from wagtail_localize.models import Translation, TranslationSource

from stories.demo.english import STORIES_EN, load_english_demo
from stories.demo.eras import ERAS
from stories.demo.stories import STORIES
from stories.demo.themes import THEMES
from stories.demo.vocabulary_en import CONTRIBUTORS_EN, ERAS_EN, THEMES_EN
from stories.models import (
    Contributor,
    ContributorIndexPage,
    Era,
    HomePage,
    StoryIndexPage,
    StoryPage,
    Theme,
)
from tests.i18n.conftest import DEMO_SLUGS, no_progress

# The texts (no database)


def test_every_french_demo_story_has_an_english_version_with_the_same_blocks():
    for story in STORIES:
        english = STORIES_EN[story["slug"]]
        assert english["title"] != story["title"], story["slug"]
        assert [kind for kind, _value in english["body"]] == [
            kind for kind, _value in story["body"]
        ], story["slug"]


def test_every_demo_theme_and_era_has_an_english_name():
    assert {theme["slug"] for theme in THEMES} == set(THEMES_EN)
    assert {era["slug"] for era in ERAS} == set(ERAS_EN)


# The English tree


@pytest.mark.django_db
def test_each_demo_story_has_its_english_translation_live(english_demo):
    assert set(english_demo) == set(DEMO_SLUGS)
    for slug, (french, english) in english_demo.items():
        assert english is not None, slug
        assert english.live
        assert english.title == STORIES_EN[slug]["title"] != french.title
        assert english.slug == STORIES_EN[slug]["slug"]
        assert english.url.startswith("/en/stories/")
        assert english.image_id == french.image_id, "photos are shared by both languages"
        assert english.image_alt == STORIES_EN[slug]["image"]["alt"] != french.image_alt
        assert {t.slug for t in english.themes.all()} == {t.slug for t in french.themes.all()}


@pytest.mark.django_db
def test_english_stories_point_at_english_contributors_and_eras(english_demo):
    for slug, (_french, english) in english_demo.items():
        assert english.contributor.locale.language_code == "en"
        assert english.contributor.bio == CONTRIBUTORS_EN[english.contributor.slug]["bio"]
        assert english.era.locale.language_code == "en", slug
        assert english.era.name in {era["name"] for era in ERAS_EN.values()}


@pytest.mark.django_db
def test_the_english_home_and_indexes_are_translations_of_the_french_ones(english_demo):
    english = Locale.objects.get(language_code="en")
    for model in (HomePage, StoryIndexPage, ContributorIndexPage):
        french_page = model.objects.get(locale=Locale.get_default())
        assert french_page.get_translation(english).live
    assert StoryIndexPage.objects.get(locale=english).url == "/en/stories/"


@pytest.mark.django_db
def test_demo_themes_have_their_english_translations_under_the_same_slug(english_demo):
    french_themes = Theme.objects.tags()
    assert french_themes.count() == len(THEMES)
    for french in french_themes:
        english = french.get_translation(Locale.objects.get(language_code="en"))
        assert (english.slug, english.name) == (french.slug, THEMES_EN[french.slug]["name"])
        assert english.description == THEMES_EN[french.slug]["description"]
        with override("en"):
            assert (french.label, french.summary) == (english.name, english.description)
        assert (french.label, french.summary) == (french.name, french.description)


@pytest.mark.django_db
def test_a_change_to_a_french_theme_shows_as_an_english_string_to_translate(english_demo):
    french = Theme.objects.tags().get(slug="innovation")
    french.description = "Les inventions de la maison, des fusées d’obus au nuage."
    french.save()
    source, _created = TranslationSource.update_or_create_from_instance(french)
    translation = Translation.objects.get(source=source, target_locale__language_code="en")
    total, translated = translation.get_progress()
    assert translated == total - 1


@pytest.mark.django_db
def test_editors_see_the_english_demo_as_fully_translated(english_demo):
    # The wagtail-localize records of an editor's translation: every source string translated.
    for slug, (french, _english) in english_demo.items():
        source = TranslationSource.objects.get_for_instance(french)
        translation = Translation.objects.get(source=source, target_locale__language_code="en")
        total, translated = translation.get_progress()
        assert translated == total > 0, slug


@pytest.mark.django_db
def test_a_change_to_the_french_story_shows_as_english_strings_to_translate(english_demo):
    french, _english = english_demo["mai-68-a-vaise"]
    french.teaser = "Un nouveau chapeau pour l’histoire."
    french.save_revision().publish()
    source, _created = TranslationSource.update_or_create_from_instance(french)
    translation = Translation.objects.get(source=source, target_locale__language_code="en")
    total, translated = translation.get_progress()
    assert translated == total - 1


@pytest.mark.django_db
def test_loading_the_english_demo_again_adds_nothing(english_demo, site_tree):
    def counts():
        return Contributor.objects.count(), Era.objects.count(), StoryPage.objects.count()

    before = counts()
    assert load_english_demo(site_tree["home"], no_progress) == {"stories": 0}
    assert counts() == before
