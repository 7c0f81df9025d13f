"""Where a submitted story stands, in the words its contributor reads on the status page."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.models import WorkflowState

from submissions.models import ContributorSignOffTask, Submission


class Stage(models.TextChoices):
    RECEIVED = "received", _("Received")
    IN_REVIEW = "in_review", _("In review")
    CHANGES_REQUESTED = "changes_requested", _("Changes requested")
    AWAITING_SIGN_OFF = "awaiting_sign_off", _("Awaiting your sign-off")
    PUBLISHED = "published", _("Published")
    NOT_PUBLISHED = "not_published", _("Not published")
    WITHDRAWN = "withdrawn", _("Withdrawn")


EXPLANATIONS = {
    Stage.RECEIVED: _("We have your story. An editor will read it soon."),
    Stage.IN_REVIEW: _("An editor is reading and preparing your story."),
    Stage.CHANGES_REQUESTED: _(
        "The editors are revising your story; you will be asked to approve it."
    ),
    Stage.AWAITING_SIGN_OFF: _(
        "The editors have prepared your story. Read it below and approve it, or ask for changes."
    ),
    Stage.PUBLISHED: _("Your story is on the site."),
    Stage.NOT_PUBLISHED: _("Your story will not be published. The editors' reason is below."),
    Stage.WITHDRAWN: _("You withdrew your story. Its text, photos and your details were erased."),
}


def stage_of(submission: Submission) -> Stage:
    if submission.is_withdrawn:
        return Stage.WITHDRAWN
    if submission.declined_at:
        return Stage.NOT_PUBLISHED
    page = submission.page
    if page is None:
        return Stage.RECEIVED
    if page.live:
        return Stage.PUBLISHED
    workflow_state = page.current_workflow_state
    if workflow_state is None:
        return Stage.IN_REVIEW
    if workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        return Stage.CHANGES_REQUESTED
    task = workflow_state.current_task_state.task.specific
    if isinstance(task, ContributorSignOffTask):
        return Stage.AWAITING_SIGN_OFF
    return Stage.IN_REVIEW if page.revisions.count() > 1 else Stage.RECEIVED
