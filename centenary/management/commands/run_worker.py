"""`manage.py run_worker`: django-tasks-db's db_worker with a heartbeat (see centenary/worker.py),
so that a task its worker died in runs again, and a failed task is retried."""

from django_tasks_db.management.commands.db_worker import Command as DatabaseWorkerCommand

from centenary.worker import Heartbeat


class Command(DatabaseWorkerCommand):
    help = (
        "Runs the queued background tasks; a task left by a worker that died, or that failed "
        "with attempts left, is queued again."
    )

    def handle(self, *args, worker_id: str, **options) -> None:
        heartbeat = Heartbeat(worker_id)
        heartbeat.start()
        try:
            super().handle(*args, worker_id=worker_id, **options)
        finally:
            heartbeat.stop()
