"""What the task queue lacks to never lose a task: heartbeats, abandoned tasks requeued, retries.

django-tasks-db marks a task RUNNING when a worker claims it and never looks at it again: a
worker killed in the middle (a deploy, the OOM killer, a lost machine) would leave it RUNNING
forever, and a task that failed once stays failed. Every worker started by `manage.py run_worker`
beats every few seconds; each beat also puts back in the queue the tasks whose worker stopped
beating, and the failed tasks that have attempts left (after a growing delay). Our tasks are
written to be run again safely: each checks what is already done before doing it.
"""

import logging
import threading
from datetime import timedelta

from django.conf import settings
from django.db import close_old_connections, transaction
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from centenary.models import WorkerBeat

logger = logging.getLogger(__name__)

BEAT_SECONDS = 5
MAX_ATTEMPTS = 3
RETRY_DELAY = timedelta(seconds=30)
RECENT_FAILURES = timedelta(hours=1)


def beat(worker_id: str) -> None:
    WorkerBeat.objects.update_or_create(worker_id=worker_id, defaults={"beat_at": timezone.now()})


def forget(worker_id: str) -> None:
    WorkerBeat.objects.filter(worker_id=worker_id).delete()


def requeue_abandoned_tasks() -> int:
    """Tasks left RUNNING by a worker that stopped beating go back to the queue (how many)."""
    # A busy worker still beats (the beat has its own thread): silence means death.
    silent_since = timezone.now() - timedelta(seconds=settings.TASK_WORKER_DEAD_AFTER)
    alive = set(WorkerBeat.objects.filter(beat_at__gte=silent_since).values_list("pk", flat=True))
    requeued = 0
    for task_result in DBTaskResult.objects.running().filter(started_at__lt=silent_since):
        if task_result.worker_ids and task_result.worker_ids[-1] in alive:
            continue
        requeued += DBTaskResult.objects.filter(pk=task_result.pk, status="RUNNING").update(
            status="READY", started_at=None
        )
        logger.warning(
            "Task %s (%s) was abandoned by its worker: queued again.",
            task_result.pk,
            task_result.task_path,
        )
    WorkerBeat.objects.filter(beat_at__lt=silent_since).delete()
    return requeued


def retry_failed_tasks() -> int:
    """Failed tasks with attempts left run again, 30 s after the first failure, 60 s after the
    second; returns how many were queued again."""
    retried = 0
    # A failed task is seen by the next beat: older failures have used their attempts, and reading
    # them at every beat would grow with the queue's history.
    recent = timezone.now() - RECENT_FAILURES
    for task_result in DBTaskResult.objects.failed().filter(finished_at__gte=recent):
        attempts = len(task_result.worker_ids)
        if attempts >= MAX_ATTEMPTS:
            continue
        retried += DBTaskResult.objects.filter(pk=task_result.pk, status="FAILED").update(
            status="READY",
            run_after=task_result.finished_at + RETRY_DELAY * attempts,
            started_at=None,
            finished_at=None,
        )
    return retried


class Heartbeat(threading.Thread):
    """Beats for one worker, and looks after the queue, until stopped."""

    def __init__(self, worker_id: str):
        super().__init__(name=f"heartbeat-{worker_id}", daemon=True)
        self.worker_id = worker_id
        self.stopped = threading.Event()

    def run(self) -> None:
        while not self.stopped.is_set():
            try:
                with transaction.atomic():
                    beat(self.worker_id)
                requeue_abandoned_tasks()
                retry_failed_tasks()
            except Exception:
                # The database may be away for a moment: the next beat tries again.
                logger.exception("Worker %s could not beat.", self.worker_id)
            finally:
                close_old_connections()
            self.stopped.wait(BEAT_SECONDS)

    def stop(self) -> None:
        self.stopped.set()
        self.join(timeout=BEAT_SECONDS * 2)
        forget(self.worker_id)
