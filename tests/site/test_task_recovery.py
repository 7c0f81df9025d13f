"""The queue's upkeep: a task left running by a silent worker is queued again, a live worker's is
not; a failed task is retried later until its attempts are used up."""

from datetime import timedelta

import pytest
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from centenary.models import WorkerBeat
from centenary.worker import MAX_ATTEMPTS, beat, requeue_abandoned_tasks, retry_failed_tasks

pytestmark = pytest.mark.django_db

A_MINUTE_AGO = timedelta(minutes=1)


def task_result(status: str, workers: list[str], **fields) -> DBTaskResult:
    return DBTaskResult.objects.create(
        status=status,
        task_path="sharing.tasks.draw_story_cards",
        args_kwargs={"args": [1], "kwargs": {}},
        backend_name="background",
        run_after=timezone.now(),
        worker_ids=workers,
        **fields,
    )


def test_a_task_left_by_a_silent_worker_is_queued_again(settings):
    settings.TASK_WORKER_DEAD_AFTER = 30
    WorkerBeat.objects.create(worker_id="gone", beat_at=timezone.now() - A_MINUTE_AGO)
    beat("alive")
    abandoned = task_result("RUNNING", ["gone"], started_at=timezone.now() - A_MINUTE_AGO)
    busy = task_result("RUNNING", ["alive"], started_at=timezone.now() - A_MINUTE_AGO)
    just_claimed = task_result("RUNNING", ["gone"], started_at=timezone.now())

    assert requeue_abandoned_tasks() == 1
    abandoned.refresh_from_db(), busy.refresh_from_db(), just_claimed.refresh_from_db()
    assert (abandoned.status, abandoned.started_at) == ("READY", None)
    assert busy.status == just_claimed.status == "RUNNING"
    assert list(WorkerBeat.objects.values_list("pk", flat=True)) == ["alive"]


def test_a_failed_task_is_retried_later_until_its_attempts_are_used():
    failed_at = timezone.now()
    once = task_result("FAILED", ["w1"], finished_at=failed_at)
    twice = task_result("FAILED", ["w1", "w2"], finished_at=failed_at)
    spent = task_result("FAILED", [f"w{n}" for n in range(MAX_ATTEMPTS)], finished_at=failed_at)

    assert retry_failed_tasks() == 2
    once.refresh_from_db(), twice.refresh_from_db(), spent.refresh_from_db()
    assert once.status == twice.status == "READY"
    assert once.run_after == failed_at + timedelta(seconds=30)
    assert twice.run_after == failed_at + timedelta(seconds=60)
    assert spent.status == "FAILED"
