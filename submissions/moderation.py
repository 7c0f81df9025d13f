"""The rules of the "Story moderation" workflow, called by its task models and the public sign-off
view: guideline flags on the text editors are about to approve, overrides with a reason, rejection
with a reason the contributor receives, and the contributor's own sign-off."""

import json

from django.conf import settings
from django.contrib.auth.models import Group
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import override
from wagtail.log_actions import log
from wagtail.models import Page, TaskState, Workflow, WorkflowPage, WorkflowTask

from stories.models import StoryIndexPage, StoryPage
from submissions import notifications
from submissions.flags import Flag, KnownClient, blocking_flags, find_flags
from submissions.models import (
    Client,
    ContributorSignOffTask,
    ModerationTask,
    Notification,
    Submission,
)

WORKFLOW_NAME = "Story moderation"
MODERATORS = "Moderators"


@transaction.atomic
def story_moderation_workflow() -> Workflow:
    """The workflow every story index uses, made on first need (idempotent)."""
    workflow = Workflow.objects.filter(name=WORKFLOW_NAME).first()
    if workflow:
        return workflow
    moderators, _created = Group.objects.get_or_create(name=MODERATORS)
    # Stored names: in the site's source language, whoever triggers the creation.
    with override(settings.LANGUAGE_CODE):
        review = ModerationTask.objects.create(name=_("Moderators' review"))
        sign_off = ContributorSignOffTask.objects.create(name=_("Contributor's sign-off"))
    review.groups.set([moderators])
    workflow = Workflow.objects.create(name=WORKFLOW_NAME)
    for position, task in enumerate((review, sign_off)):
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=position)
    return workflow


def link_story_index(index: StoryIndexPage) -> None:
    WorkflowPage.objects.update_or_create(
        page=index, defaults={"workflow": story_moderation_workflow()}
    )


def submission_of(page: Page) -> Submission | None:
    return Submission.objects.filter(page_id=page.pk, withdrawn_at__isnull=True).first()


# Flags ---------------------------------------------------------------------------------------


def known_clients() -> list[KnownClient]:
    return [
        KnownClient(name=c.name, variants=tuple(c.variant_list), consented=c.consented)
        for c in Client.objects.all()
    ]


def story_texts(story: StoryPage) -> dict[str, str]:
    """Every text of a story a visitor would read, by the field's label.

    Read from the body's raw data: the texts are all there, and no photo needs loading."""
    return _labelled(story.title, story.teaser, story.body.raw_data, story.pull_quote, story.place)


def revision_texts(content: dict) -> dict[str, str]:
    """The same texts, read straight from a revision's stored content (no page rebuilt)."""
    body = content.get("body") or []
    if isinstance(body, str):
        body = json.loads(body)
    fields = (content.get(name) or "" for name in ("title", "teaser"))
    ending = (content.get(name) or "" for name in ("pull_quote", "place"))
    return _labelled(*fields, body, *ending)


def _labelled(title: str, teaser: str, body, pull_quote: str, place: str) -> dict[str, str]:
    texts = {
        _("title"): title,
        _("teaser"): teaser,
        _("story"): "\n\n".join(_block_texts(body)),
        _("pull quote"): pull_quote,
        _("place"): place,
    }
    return {label: text for label, text in texts.items() if text}


def _block_texts(blocks) -> list[str]:
    texts = []
    for block in blocks:
        value = block.get("value")
        if isinstance(value, str):
            texts.append(value)
        elif isinstance(value, dict):
            texts += [v for k, v in value.items() if isinstance(v, str) and k != "url"]
            photos = value.get("photos") or []
            texts += _block_texts(p if "value" in p else {"value": p} for p in photos)
    return [text for text in texts if text]


def flags_of(page: Page) -> list[Flag]:
    """The flags of the latest version of a story (the one editors are about to approve)."""
    story = page.specific
    if not isinstance(story, StoryPage):
        return []
    latest = story.get_latest_revision_as_object()
    return find_flags(story_texts(latest), known_clients())


def blocking_flags_of(page: Page) -> list[Flag]:
    return blocking_flags(flags_of(page))


# Moderators' actions -------------------------------------------------------------------------


def approve(task_state: TaskState, user, comment: str = "") -> None:
    """Approves unless the text carries blocking flags (which the editor may just have typed)."""
    page = task_state.workflow_state.content_object
    if blocking := blocking_flags_of(page):
        log(page.specific, "centenary.approval_blocked", user=user, data=_flag_data(blocking))
        return
    task_state.approve(user=user, comment=comment)


def approve_despite_flags(task_state: TaskState, user, reason: str) -> None:
    page = task_state.workflow_state.content_object.specific
    data = {**_flag_data(blocking_flags_of(page)), "reason": reason}
    log(page, "centenary.flags_overridden", user=user, data=data)
    task_state.approve(user=user, comment=reason)


@transaction.atomic
def decline(task_state: TaskState, user, reason: str) -> None:
    """Rejects for good: the workflow ends, the contributor is told why."""
    page = task_state.workflow_state.content_object.specific
    task_state.workflow_state.cancel(user=user)
    log(page, "centenary.declined", user=user, data={"reason": reason})
    if submission := submission_of(page):
        submission.declined_at, submission.declined_reason = timezone.now(), reason
        submission.save(update_fields=["declined_at", "declined_reason"])
        notifications.queue(submission, Notification.Kind.DECLINED)


# The contributor's sign-off ------------------------------------------------------------------


def request_sign_off(task_state: TaskState) -> TaskState:
    """Starts the sign-off: e-mails the contributor, or skips the step for an editor's own story."""
    page = task_state.workflow_state.content_object.specific
    submission = submission_of(page)
    if submission is None:
        task_state.status = TaskState.STATUS_SKIPPED
        task_state.finished_at = timezone.now()
        task_state.save(update_fields=["status", "finished_at"])
        return task_state
    log(page, "centenary.sign_off_requested", revision=task_state.revision)
    notifications.queue(submission, Notification.Kind.SIGN_OFF)
    return task_state


def remind_sign_off(task_state: TaskState, user) -> None:
    page = task_state.workflow_state.content_object.specific
    if submission := submission_of(page):
        log(page, "centenary.sign_off_requested", user=user, revision=task_state.revision)
        notifications.queue(submission, Notification.Kind.SIGN_OFF)


def pending_sign_off(submission: Submission) -> TaskState | None:
    """The sign-off the contributor is asked for now, if any."""
    if submission.page is None:
        return None
    task_state = submission.page.current_workflow_task_state
    if task_state and isinstance(task_state.task.specific, ContributorSignOffTask):
        return task_state
    return None


@transaction.atomic
def sign_off(submission: Submission, approved: bool, comment: str = "") -> None:
    """The contributor approves the edited story (which publishes it) or asks for changes."""
    task_state = pending_sign_off(submission)
    if task_state is None:
        return
    page = submission.page
    data = {
        "comment": comment,
        "guidelines_version": submission.guidelines.version,
        "revision_id": task_state.revision_id,
    }
    if approved:
        submission.signed_off_at = timezone.now()
        submission.signed_off_revision_id = task_state.revision_id
        submission.save(update_fields=["signed_off_at", "signed_off_revision_id"])
        log(page, "centenary.signed_off", data=data, revision=task_state.revision)
        task_state.specific.approve(comment=comment)
    else:
        log(page, "centenary.sign_off_changes_requested", data=data, revision=task_state.revision)
        task_state.specific.reject(comment=comment)


def may_publish(page: Page) -> bool:
    """A contributor's story goes live only in the very version its contributor signed off."""
    submission = submission_of(page)
    if submission is None:
        return True
    return submission.signed_off_revision_id == page.latest_revision_id


def _flag_data(flags: list[Flag]) -> dict:
    return {"flags": [flag.as_dict() for flag in flags]}
