"""The moderation queue editors work from: every story in the "Story moderation" workflow, oldest
first, with its step, its age, its guideline flags and whether a sign-off is overdue."""

from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.db.models import BigIntegerField
from django.db.models.functions import Cast
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import Revision, Task, WorkflowState

from stories.models import StoryPage
from submissions.flags import Flag, find_flags
from submissions.models import ContributorSignOffTask, Submission
from submissions.moderation import WORKFLOW_NAME, known_clients, revision_texts, story_texts

STEP_LABELS = {
    "review": _("In review"),
    "changes": _("Changes requested"),
    "sign_off": _("Awaiting the contributor's sign-off"),
}


@dataclass
class QueueEntry:
    story: StoryPage
    step: str
    waiting_since: datetime
    submission: Submission | None
    flags: list[Flag] = field(default_factory=list)
    overdue: bool = False

    @property
    def step_label(self) -> str:
        return STEP_LABELS[self.step]

    @property
    def age(self) -> timedelta:
        return timezone.now() - self.waiting_since

    @property
    def blocking(self) -> bool:
        return any(flag.blocking for flag in self.flags)


def moderation_queue() -> list[QueueEntry]:
    states = list(
        WorkflowState.objects.active()
        .filter(workflow__name=WORKFLOW_NAME, content_type__model="storypage")
        .select_related("current_task_state")
        .annotate(page_id=Cast("object_id", BigIntegerField()))
        .order_by("created_at")
    )
    page_ids = [state.page_id for state in states]
    stories = StoryPage.objects.filter(pk__in=page_ids).in_bulk()
    submissions = {s.page_id: s for s in Submission.objects.filter(page_id__in=page_ids)}
    latest = Revision.objects.filter(
        pk__in=[story.latest_revision_id for story in stories.values()]
    ).in_bulk()
    tasks = Task.objects.filter(
        pk__in={state.current_task_state.task_id for state in states if state.current_task_state}
    ).specific()
    tasks_by_id = {task.pk: task for task in tasks}
    clients = known_clients()
    entries = []
    for state in states:
        story = stories.get(state.page_id)
        if story is None:
            continue
        revision = latest.get(story.latest_revision_id)
        texts = revision_texts(revision.content) if revision else story_texts(story)
        task = (
            tasks_by_id.get(state.current_task_state.task_id) if state.current_task_state else None
        )
        entry = QueueEntry(
            story=story,
            step=_step(state, task),
            waiting_since=state.created_at,
            submission=submissions.get(story.pk),
            flags=find_flags(texts, clients),
        )
        entry.overdue = _is_overdue(state, task, entry)
        entries.append(entry)
    return entries


def _step(state: WorkflowState, task) -> str:
    if state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        return "changes"
    return "sign_off" if isinstance(task, ContributorSignOffTask) else "review"


def _is_overdue(state: WorkflowState, task, entry: QueueEntry) -> bool:
    if entry.step != "sign_off":
        return False
    asked = state.current_task_state.started_at
    return timezone.now() - asked > timedelta(days=task.overdue_after_days)


def queue_summary(entries: list[QueueEntry]) -> dict:
    counts = Counter(entry.step for entry in entries)
    return {
        "total": len(entries),
        "counts": [(STEP_LABELS[step], counts.get(step, 0)) for step in STEP_LABELS],
        "flagged": sum(entry.blocking for entry in entries),
        "overdue": sum(entry.overdue for entry in entries),
        "oldest": entries[0] if entries else None,
    }
