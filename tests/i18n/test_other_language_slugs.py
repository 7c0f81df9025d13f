"""A page's address with the slug of its other-language version leads to it: a visitor who
changes /fr/ to /en/ in a story's address lands on its English translation, and back."""

import pytest
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Locale

from stories.demo.english import STORIES_EN
from tests.factories import StoryPageFactory

pytestmark = pytest.mark.django_db


def test_each_english_demo_story_is_reached_from_its_french_slug(client, english_demo):
    for french, english in english_demo.values():
        assert english.slug == STORIES_EN[french.slug]["slug"] != french.slug
        response = client.get(f"/en/stories/{french.slug}/")
        assert response.status_code == 301
        assert response["Location"].endswith(f"/en/stories/{english.slug}/")
        assert client.get(response["Location"]).status_code == 200


def test_each_french_demo_story_is_reached_from_its_english_slug(client, english_demo):
    for french, english in english_demo.values():
        response = client.get(f"/fr/stories/{english.slug}/")
        assert response.status_code == 301
        assert response["Location"].endswith(f"/fr/stories/{french.slug}/")


def test_a_slug_another_story_holds_is_left_to_that_story(
    english_demo, story_index, django_capture_on_commit_callbacks
):
    StoryPageFactory(parent=story_index, slug="the-holder")
    french = StoryPageFactory(parent=story_index, slug="le-recit")
    english = french.copy_for_translation(Locale.objects.get(language_code="en"))
    english.slug = "the-holder"
    with django_capture_on_commit_callbacks(execute=True):
        english.save_revision().publish()

    assert not Redirect.objects.filter(old_path="/fr/stories/the-holder").exists()
    assert Redirect.objects.get(old_path="/en/stories/le-recit").redirect_page_id == english.pk


def test_a_story_without_translation_gets_no_redirect(
    story_index, django_capture_on_commit_callbacks
):
    story = StoryPageFactory(parent=story_index, slug="sans-traduction")
    with django_capture_on_commit_callbacks(execute=True):
        story.save_revision().publish()
    assert not Redirect.objects.filter(old_path__contains="sans-traduction").exists()
