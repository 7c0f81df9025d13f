"""A story's life from the form to the decade page: stored, moderated, signed off, published."""

import pytest
from django.core import mail
from wagtail.models import ModelLogEntry, PageLogEntry

from stories.models import StoryPage
from submissions import moderation
from submissions.models import ModerationTask, Submission
from tests.submissions.conftest import jpeg_upload

pytestmark = pytest.mark.django_db


def status_path(submission: Submission) -> str:
    return f"/fr/my-story/{submission.token}/"


def test_the_form_shows_every_field_and_the_guidelines_with_their_version(
    client, guidelines, themes
):
    response = client.get("/fr/share-your-story/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Ne citez aucun client sans son accord" in html
    assert f"version {guidelines.version}" in html
    for name in ("public_name", "email", "relation", "story", "year", "decade", "themes"):
        assert f'name="{name}"' in html


def test_a_sent_story_becomes_a_submission_a_draft_page_and_a_workflow(send_story):
    response = send_story(photos=[jpeg_upload(), jpeg_upload("IMG_0002.jpg")])
    submission = Submission.objects.get()
    assert response.status_code == 302
    assert response["Location"] == status_path(submission)
    page = submission.page
    assert not page.live
    assert page.title == "Trois semaines de mai"
    assert page.year == 1968 and page.decade == 1960
    assert page.contributor.email == "odile.martin@example.org"
    assert page.image is not None
    assert [block.block_type for block in page.body] == ["paragraph", "paragraph", "image"]
    assert submission.photos.count() == 2
    assert isinstance(page.current_workflow_task.specific, ModerationTask)
    assert submission.consents["publication"] is True
    assert ModelLogEntry.objects.filter(action="centenary.submitted").exists()


def test_the_acknowledgement_carries_the_private_status_link(send_story):
    send_story()
    submission = Submission.objects.get()
    assert len(mail.outbox) == 1
    assert status_path(submission) in mail.outbox[0].body
    assert mail.outbox[0].to == ["odile.martin@example.org"]


def test_the_status_page_says_received(client, send_story):
    send_story()
    submission = Submission.objects.get()
    response = client.get(status_path(submission))
    assert response.status_code == 200
    assert "Reçu" in response.content.decode() or "Received" in response.content.decode()


def test_approved_then_signed_off_story_goes_live_on_its_decade_page(
    client, send_story, admin_user, django_capture_on_commit_callbacks
):
    send_story()
    submission = Submission.objects.get()
    page = submission.page
    task_state = page.current_workflow_task_state
    with django_capture_on_commit_callbacks(execute=True):
        page.current_workflow_task.on_action(task_state, admin_user, "approve")
    page.refresh_from_db()
    assert moderation.pending_sign_off(submission) is not None
    to_contributor = [m for m in mail.outbox if m.to == ["odile.martin@example.org"]]
    assert len(to_contributor) == 2  # the acknowledgement, then the sign-off request
    assert status_path(submission) in to_contributor[1].body

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(status_path(submission) + "sign-off/", {"decision": "approve"})
    assert response.status_code == 302
    page = StoryPage.objects.get(pk=page.pk)
    assert page.live
    assert PageLogEntry.objects.filter(page=page, action="centenary.signed_off").exists()
    decade_page = client.get("/fr/stories/decade/1960s/")
    assert "Trois semaines de mai" in decade_page.content.decode()
