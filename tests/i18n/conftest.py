"""A few demo stories in French with their English translations, made by the demo loader (the
whole demo takes minutes to load)."""

from pathlib import Path

import pytest
from wagtail.models import Locale

from stories.demo.contributors import CONTRIBUTORS
from stories.demo.english import load_english_demo
from stories.demo.loader import archive_collection, load_contributor, load_story, load_vocabulary
from stories.demo.stories import STORIES
from stories.models import StoryPage

DEMO_SLUGS = (
    "l-atelier-de-la-rue-de-bourgogne",
    "le-premier-ordinateur-de-l-usine",
    "mai-68-a-vaise",
)


def no_progress(items, label):
    return items


@pytest.fixture
def media(settings, tmp_path) -> Path:
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture
def english_demo(site_tree, media, django_capture_on_commit_callbacks) -> dict:
    """The French demo stories of DEMO_SLUGS, their contributors, the themes and eras, and the
    English translation of all of it, published as after the loader's commits."""
    index = site_tree["stories"]
    collection = archive_collection()
    load_vocabulary(index.locale)
    stories = [story for story in STORIES if story["slug"] in DEMO_SLUGS]
    people = {story["contributor"] for story in stories}
    for person in CONTRIBUTORS:
        if person["slug"] in people:
            load_contributor(person, index.locale, collection)
    for story in stories:
        load_story(story, index, collection)
    with django_capture_on_commit_callbacks(execute=True):
        load_english_demo(site_tree["home"], no_progress)
    english = Locale.objects.get(language_code="en")
    translations = {s.translation_key: s for s in StoryPage.objects.filter(locale=english)}
    return {
        french.slug: (french, translations.get(french.translation_key))
        for french in StoryPage.objects.filter(locale=index.locale)
    }
