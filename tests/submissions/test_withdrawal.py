"""Withdrawal is the erasure a GDPR request asks for: the story leaves the site at once, the
personal data and files are erased, and only an anonymous entry stays in the audit log."""

import pytest
from wagtail.images import get_image_model
from wagtail.models import ModelLogEntry, PageLogEntry

from stories.models import Contributor, StoryPage
from submissions.models import Notification, Submission, SubmissionPhoto
from submissions.status import Stage, stage_of
from tests.submissions.conftest import jpeg_upload
from tests.submissions.media import files_in

pytestmark = pytest.mark.django_db


def withdraw(client, submission, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        return client.post(f"/fr/my-story/{submission.token}/withdraw/")


def test_withdrawal_asks_for_confirmation_first(client, send_story):
    send_story()
    submission = Submission.objects.get()
    response = client.get(f"/fr/my-story/{submission.token}/withdraw/")
    assert response.status_code == 200
    assert Submission.objects.get().withdrawn_at is None


def test_withdrawal_erases_the_story_its_photos_and_personal_data(
    client, send_story, media, django_capture_on_commit_callbacks
):
    send_story(photos=[jpeg_upload(), jpeg_upload("second.jpg")])
    submission = Submission.objects.get()
    page_id = submission.page_id
    assert files_in(media.private) and files_in(media.public)

    response = withdraw(client, submission, django_capture_on_commit_callbacks)

    assert response.status_code == 302
    submission = Submission.objects.get()
    assert stage_of(submission) == Stage.WITHDRAWN
    assert not StoryPage.objects.filter(pk=page_id).exists()
    assert not Contributor.objects.filter(email="odile.martin@example.org").exists()
    assert (submission.public_name, submission.email, submission.story, submission.title) == (
        "",
        "",
        "",
        "",
    )
    assert not SubmissionPhoto.objects.exists() and not get_image_model().objects.exists()
    assert not Notification.objects.exists()
    assert files_in(media.private) == []
    assert [p for p in files_in(media.public) if "original_images" in str(p)] == []


def test_the_audit_log_keeps_an_anonymous_trace(
    client, send_story, django_capture_on_commit_callbacks
):
    send_story()
    submission = Submission.objects.get()
    page_id = submission.page_id
    withdraw(client, submission, django_capture_on_commit_callbacks)
    actions = set(ModelLogEntry.objects.values_list("action", flat=True))
    assert {"centenary.withdrawn", "centenary.erased"} <= actions
    for entry in PageLogEntry.objects.filter(page_id=page_id):
        assert "Trois semaines" not in entry.label
        assert entry.data == {}


def test_a_published_story_leaves_the_site_at_once(
    client, send_story, admin_user, django_capture_on_commit_callbacks
):
    send_story()
    submission = Submission.objects.get()
    page = submission.page
    page.current_workflow_task.on_action(page.current_workflow_task_state, admin_user, "approve")
    client.post(f"/fr/my-story/{submission.token}/sign-off/", {"decision": "approve"})
    assert "Trois semaines de mai" in client.get("/fr/stories/").content.decode()

    withdraw(client, submission, django_capture_on_commit_callbacks)

    assert "Trois semaines de mai" not in client.get("/fr/stories/").content.decode()
    assert client.get("/fr/stories/trois-semaines-de-mai/").status_code == 404


def test_an_existing_contributor_is_kept(client, send_story, django_capture_on_commit_callbacks):
    from tests.factories import ContributorFactory

    known = ContributorFactory(email="odile.martin@example.org")
    send_story()
    submission = Submission.objects.get()
    assert submission.contributor == known
    withdraw(client, submission, django_capture_on_commit_callbacks)
    assert Contributor.objects.filter(pk=known.pk).exists()


def test_the_status_page_says_the_story_was_withdrawn(
    client, send_story, django_capture_on_commit_callbacks
):
    send_story()
    submission = Submission.objects.get()
    withdraw(client, submission, django_capture_on_commit_callbacks)
    response = client.get(f"/en/my-story/{submission.token}/")
    assert response.status_code == 200
    assert "You withdrew your story" in response.content.decode()
    assert "Withdraw my story" not in response.content.decode()
