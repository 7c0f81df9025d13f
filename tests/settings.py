"""The test suite's settings: the project's own, with background tasks run at once, right after
the commit that enqueues them, so that a test sees their effect. The worker and its database
queue are exercised by their own tests (tests/stories/test_task_worker.py)."""

from centenary.settings import *  # noqa: F403
from centenary.settings import TASKS

TASKS = {**TASKS, "background": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}}
