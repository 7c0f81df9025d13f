"""Moderation in the Wagtail workflow: flags that block approval, overrides and rejections with a
reason, the contributor's sign-off, the publication guard, and every step in the audit log."""

import pytest
from django.core import mail
from wagtail.models import PageLogEntry, WorkflowState

from stories.models import StoryPage
from submissions import moderation
from submissions.models import Submission
from submissions.status import Stage, stage_of

pytestmark = pytest.mark.django_db

FLAGGED_STORY = (
    "En 1987, les Soieries Martel nous ont commandé trois ans de catalogues. J'ai signé le "
    "contrat un vendredi soir. Appelez-moi au 06 12 34 56 78 pour en parler."
)


@pytest.fixture
def on_commit(django_capture_on_commit_callbacks):
    return lambda: django_capture_on_commit_callbacks(execute=True)


def sent(send_story, **overrides) -> Submission:
    send_story(**overrides)
    return Submission.objects.latest("submitted_at")


def act(page: StoryPage, user, action: str, **data) -> None:
    page = StoryPage.objects.get(pk=page.pk)
    page.current_workflow_task.on_action(page.current_workflow_task_state, user, action, **data)


def logged(page: StoryPage) -> list[str]:
    return list(PageLogEntry.objects.filter(page_id=page.pk).values_list("action", flat=True))


def test_flags_raised_on_submission_are_logged_and_shown_in_the_actions(
    send_story, clients, admin_user
):
    submission = sent(send_story, story=FLAGGED_STORY)
    kinds = {flag["kind"] for flag in submission.flags}
    assert {"client", "phone"} <= kinds
    assert "centenary.flagged" in logged(submission.page)
    actions = [
        name
        for name, _label, _modal in submission.page.current_workflow_task.get_actions(
            submission.page, admin_user
        )
    ]
    assert "override" in actions and "approve" not in actions


def test_blocking_flags_stop_a_plain_approval(send_story, clients, admin_user):
    submission = sent(send_story, story=FLAGGED_STORY)
    act(submission.page, admin_user, "approve")
    submission.refresh_from_db()
    assert stage_of(submission) == Stage.RECEIVED
    assert "centenary.approval_blocked" in logged(submission.page)


def test_fixing_the_text_lifts_the_block(send_story, clients, admin_user):
    submission = sent(send_story, story=FLAGGED_STORY)
    page = submission.page.get_latest_revision_as_object()
    page.body = [
        ("paragraph", "<p>En 1987, un client lyonnais nous a commandé des catalogues.</p>")
    ]
    page.teaser = "Une grosse commande."
    page.save_revision(user=admin_user)
    assert moderation.blocking_flags_of(page) == []
    act(page, admin_user, "approve")
    assert stage_of(Submission.objects.get(pk=submission.pk)) == Stage.AWAITING_SIGN_OFF


def test_an_override_needs_a_reason_and_is_logged(send_story, clients, admin_user):
    submission = sent(send_story, story=FLAGGED_STORY)
    form_class = submission.page.current_workflow_task.get_form_for_action("override")
    assert not form_class({"comment": ""}).is_valid()
    act(submission.page, admin_user, "override", comment="Accord écrit des Soieries reçu.")
    entry = PageLogEntry.objects.get(
        page_id=submission.page_id, action="centenary.flags_overridden"
    )
    assert entry.data["reason"] == "Accord écrit des Soieries reçu."
    assert entry.data["flags"]
    assert stage_of(Submission.objects.get(pk=submission.pk)) == Stage.AWAITING_SIGN_OFF


def test_a_rejection_needs_a_reason_which_reaches_the_contributor(
    client, send_story, admin_user, on_commit
):
    submission = sent(send_story)
    form_class = submission.page.current_workflow_task.get_form_for_action("decline")
    assert not form_class({"comment": " "}).is_valid()
    with on_commit():
        act(submission.page, admin_user, "decline", comment="Trop proche d'une autre histoire.")
    submission.refresh_from_db()
    assert stage_of(submission) == Stage.NOT_PUBLISHED
    assert "Trop proche d'une autre histoire." in mail.outbox[-1].body
    status = client.get(f"/fr/my-story/{submission.token}/").content.decode()
    assert "Trop proche d&#x27;une autre histoire." in status
    assert "centenary.declined" in logged(submission.page)


def test_the_contributor_can_ask_for_changes_with_a_comment(client, send_story, admin_user):
    submission = sent(send_story)
    act(submission.page, admin_user, "approve")
    path = f"/fr/my-story/{submission.token}/sign-off/"
    client.post(path, {"decision": "changes", "comment": ""})
    assert stage_of(Submission.objects.get(pk=submission.pk)) == Stage.AWAITING_SIGN_OFF
    client.post(path, {"decision": "changes", "comment": "Mon prénom est Odile, pas Odette."})
    submission = Submission.objects.get(pk=submission.pk)
    assert stage_of(submission) == Stage.CHANGES_REQUESTED
    assert "centenary.sign_off_changes_requested" in logged(submission.page)
    assert not StoryPage.objects.get(pk=submission.page_id).live


def test_editors_cannot_publish_a_contributors_story_before_sign_off(send_story):
    submission = sent(send_story)
    assert not moderation.may_publish(submission.page)


def test_the_sign_off_locks_the_story_for_editors(send_story, admin_user):
    submission = sent(send_story)
    act(submission.page, admin_user, "approve")
    page = StoryPage.objects.get(pk=submission.page_id)
    assert page.current_workflow_task.locked_for_user(page, admin_user)


def test_an_editors_own_story_skips_the_sign_off(story_index, admin_user, guidelines):
    from tests.factories import StoryPageFactory

    story = StoryPageFactory(parent=story_index, live=False)
    story.save_revision()
    workflow = story.get_workflow()
    workflow.start(story, admin_user)
    act(story, admin_user, "approve")
    assert StoryPage.objects.get(pk=story.pk).live


def test_every_step_has_its_own_audit_action(client, send_story, admin_user):
    submission = sent(send_story)
    act(submission.page, admin_user, "approve")
    client.post(f"/fr/my-story/{submission.token}/sign-off/", {"decision": "approve"})
    actions = logged(submission.page)
    for action in (
        "centenary.submitted",
        "wagtail.workflow.approve",
        "centenary.sign_off_requested",
        "centenary.signed_off",
        "wagtail.publish",
    ):
        assert action in actions


def test_the_queue_lists_the_oldest_first_with_flags(admin_client, send_story, clients):
    first = sent(send_story, title="La première")
    sent(send_story, title="La seconde", story=FLAGGED_STORY)
    response = admin_client.get("/admin/reports/moderation-queue/")
    html = response.content.decode()
    assert response.status_code == 200
    assert html.index("La première") < html.index("La seconde")
    assert "06 12 34 56 78" in html
    assert WorkflowState.objects.filter(object_id=str(first.page_id)).exists()


def test_the_dashboard_shows_the_queue(admin_client, send_story):
    sent(send_story)
    html = admin_client.get("/admin/").content.decode()
    assert "Trois semaines de mai" in html


def test_the_editor_shows_the_submission_as_sent_and_the_changes(admin_client, send_story):
    submission = sent(send_story)
    page = submission.page.get_latest_revision_as_object()
    page.body = [
        ("paragraph", "<p>En mai 1968, l'atelier s'est arrêté trois longues semaines.</p>")
    ]
    page.save_revision()
    html = admin_client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    assert "Nous avons tenu la porte" in html  # as sent
    assert "<ins>longues</ins>" in html or "longues</ins>" in html
