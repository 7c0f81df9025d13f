"""A story sent in English stays English: it is a draft under the English stories, the source of
its own translations, and nothing is made in French for it."""

import pytest
from wagtail.models import Locale

from submissions.models import Guidelines, Submission
from tests.submissions.conftest import story_form

pytestmark = pytest.mark.django_db


def test_a_story_sent_in_english_is_an_english_source(
    client, english_demo, site_tree, django_capture_on_commit_callbacks
):
    Guidelines.objects.create(
        locale=Locale.get_default(), title="Charte", body="<p>Parlez en votre nom.</p>"
    )
    form = story_form(title="Three weeks in May", language="en")
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/en/share-your-story/", form)

    story = Submission.objects.get().page
    assert story.locale.language_code == "en"
    assert story.get_parent().url == "/en/stories/"
    assert story.contributor.locale.language_code == "en"
    assert not story.get_translations().exists()
