"""A submission is written whole or not at all: a failure in the middle of the transaction leaves
no record, no draft, no contributor and no file behind."""

import pytest
from wagtail.images import get_image_model
from wagtail.models import Workflow

from stories.models import Contributor, StoryPage
from submissions.models import Submission
from tests.submissions.conftest import SHARE_URL, jpeg_upload, story_form
from tests.submissions.media import files_in

pytestmark = pytest.mark.django_db


def test_a_failure_after_the_files_are_written_leaves_nothing(
    client, guidelines, story_index, media, monkeypatch
):

    def broken_start(self, obj, user):
        raise RuntimeError("the workflow engine failed")

    monkeypatch.setattr(Workflow, "start", broken_start)
    client.raise_request_exception = False
    response = client.post(SHARE_URL, story_form([jpeg_upload(), jpeg_upload("b.jpg")]))

    assert response.status_code == 500
    assert not Submission.objects.exists()
    assert not StoryPage.objects.filter(title="Trois semaines de mai").exists()
    assert not Contributor.objects.filter(email="odile.martin@example.org").exists()
    assert not get_image_model().objects.exists()
    assert files_in(media.private) == [] and files_in(media.public) == []
