"""The demo's queue: after `make run` an editor finds stories waiting, one of them flagged."""

import pytest

from submissions.demo.loader import load_demo_submissions
from submissions.models import Guidelines, Submission
from submissions.queue import moderation_queue
from submissions.status import Stage, stage_of

pytestmark = pytest.mark.django_db


def test_the_demo_fills_the_queue_once(site_tree):
    sent = load_demo_submissions()
    assert len(sent) == 3
    assert load_demo_submissions() == []
    assert Submission.objects.count() == 3
    assert Guidelines.objects.count() == 1
    entries = moderation_queue()
    assert len(entries) == 3
    assert sum(entry.blocking for entry in entries) == 1
    stages = sorted(stage_of(submission) for submission in Submission.objects.all())
    assert stages.count(Stage.AWAITING_SIGN_OFF) == 1
    assert all(not submission.notifications.exists() for submission in Submission.objects.all())
