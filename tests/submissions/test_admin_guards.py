"""The editor's side: the publication guard, the blocked-approval message, overdue sign-offs and the
stages the contributor reads as editors work."""

from datetime import timedelta

import pytest
from django.utils import timezone
from wagtail.models import Locale, PageLogEntry, TaskState

from stories.models import StoryPage
from submissions.models import Submission
from submissions.queue import moderation_queue
from submissions.status import Stage, stage_of
from tests.factories import ThemeFactory
from tests.submissions.test_moderation import act

pytestmark = pytest.mark.django_db


def edit_form(page: StoryPage, action: str, **extra) -> dict:
    """The edit view's POST for a story, its fields unchanged."""
    data = {
        "title": page.title,
        "slug": page.slug,
        "teaser": page.teaser,
        "year": page.year or "",
        "decade": page.decade,
        "body-count": "1",
        "body-0-type": "paragraph",
        "body-0-value": '{"blocks":[{"key":"a","type":"unstyled","depth":0,"text":"'
        + "Un texte revu par la rédaction, sans téléphone."
        + '","inlineStyleRanges":[],"entityRanges":[]}],"entityMap":{}}',
        "body-0-deleted": "",
        "body-0-order": "0",
        "body-0-id": "a",
        "pull_quote": page.pull_quote,
        "themes": [theme.pk for theme in page.themes.all()],
        "contributor": page.contributor_id,
        "comments-TOTAL_FORMS": "0",
        "comments-INITIAL_FORMS": "0",
        "comments-MIN_NUM_FORMS": "0",
        "comments-MAX_NUM_FORMS": "1000",
        "share_texts-TOTAL_FORMS": "0",
        "share_texts-INITIAL_FORMS": "0",
        "share_texts-MIN_NUM_FORMS": "0",
        "share_texts-MAX_NUM_FORMS": "1000",
        action: "1",
    }
    data.update(extra)
    return data


def test_publishing_from_the_editor_waits_for_the_contributor(admin_client, send_story):
    send_story()
    page = Submission.objects.get().page
    response = admin_client.post(f"/admin/pages/{page.pk}/edit/", edit_form(page, "action-publish"))
    assert response.status_code == 302
    assert not StoryPage.objects.get(pk=page.pk).live


def test_an_editors_draft_moves_the_story_to_in_review(admin_client, send_story):
    send_story()
    submission = Submission.objects.get()
    assert stage_of(submission) == Stage.RECEIVED
    page = submission.page
    response = admin_client.post(f"/admin/pages/{page.pk}/edit/", edit_form(page, "action-save"))
    assert response.status_code == 302
    assert stage_of(Submission.objects.get()) == Stage.IN_REVIEW


def test_the_editor_saves_the_themes_ticked_and_refuses_a_translation(admin_client, send_story):
    send_story()
    page = Submission.objects.get().page
    parties = ThemeFactory(name="Fêtes", slug="fetes")
    english = parties.copy_for_translation(Locale.objects.get_or_create(language_code="en")[0])
    english.save()
    url = f"/admin/pages/{page.pk}/edit/"

    refused = admin_client.post(url, edit_form(page, "action-save", themes=[english.pk]))
    assert refused.status_code == 200
    assert "themes" in refused.context["form"].errors

    response = admin_client.post(url, edit_form(page, "action-save", themes=[parties.pk]))
    assert response.status_code == 302
    draft = StoryPage.objects.get(pk=page.pk).get_latest_revision_as_object()
    assert [theme.slug for theme in draft.themes.all()] == ["fetes"]


def test_approving_a_flagged_text_from_the_editor_explains_why_not(
    admin_client, send_story, clients
):
    send_story()  # a clean text: the editor adds the phone number while approving
    page = Submission.objects.get().page
    data = edit_form(page, "action-workflow-action", **{"workflow-action-name": "approve"})
    data["body-0-value"] = data["body-0-value"].replace(
        "sans téléphone", "appelez le 06 12 34 56 78"
    )
    response = admin_client.post(f"/admin/pages/{page.pk}/edit/", data, follow=True)
    messages = [str(message) for message in response.context["messages"]]
    assert any("06 12 34 56 78" in message for message in messages)
    assert PageLogEntry.objects.filter(page=page, action="centenary.approval_blocked").exists()
    assert stage_of(Submission.objects.get()) != Stage.AWAITING_SIGN_OFF


def test_a_sign_off_waiting_too_long_shows_as_overdue(send_story, admin_user):
    send_story()
    page = Submission.objects.get().page
    act(page, admin_user, "approve")
    TaskState.objects.filter(status="in_progress").update(
        started_at=timezone.now() - timedelta(days=8)
    )
    [entry] = moderation_queue()
    assert entry.step == "sign_off" and entry.overdue
