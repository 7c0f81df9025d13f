"""A mail server that is down delays the contributor's e-mail but never loses their story: the
submission is stored and the e-mail waits in the outbox until a later attempt gets through."""

import io
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone

from submissions.models import Notification, Submission
from tests.submissions.conftest import SHARE_URL, story_form

pytestmark = pytest.mark.django_db

FAILING = {"default": {"BACKEND": "tests.submissions.failing_mail.FailingBackend"}}
WORKING = {"default": {"BACKEND": "django.core.mail.backends.locmem.EmailBackend"}}


def send_pending() -> None:
    call_command("send_pending_notifications", stdout=io.StringIO())


def test_a_story_sent_while_the_mail_server_is_down_is_kept_and_its_email_sent_later(
    client, guidelines, story_index, settings, django_capture_on_commit_callbacks, mailoutbox
):
    settings.MAILERS = FAILING
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(SHARE_URL, story_form())

    submission = Submission.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"/fr/my-story/{submission.token}/"
    assert submission.page.current_workflow_state is not None
    notification = submission.notifications.get()
    assert (notification.attempts, notification.sent_at) == (1, None)
    assert "Connection refused" in notification.last_error
    assert client.get(response["Location"]).status_code == 200

    settings.MAILERS = WORKING
    send_pending()
    assert mailoutbox == []  # not due yet: the next attempt waits a minute

    Notification.objects.update(last_attempt_at=timezone.now() - timedelta(minutes=2))
    send_pending()
    notification.refresh_from_db()
    assert notification.sent_at is not None
    assert (notification.attempts, notification.last_error) == (2, "")
    assert [message.to for message in mailoutbox] == [["odile.martin@example.org"]]
    assert response["Location"] in mailoutbox[0].body


# Committed for real (the worker closes its database connections, as a worker process should);
# the rows the migrations made (locales, root page) come back after each test.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_backend_that_can_defer_gets_the_retry_queued_with_back_off(
    client, guidelines, story_index, settings, database_queue
):
    from django_tasks_db.models import DBTaskResult

    settings.MAILERS = FAILING
    client.post(SHARE_URL, story_form())

    def deliveries():
        return DBTaskResult.objects.filter(task_path__endswith="deliver_notification")

    assert deliveries().count() == 1  # the first attempt, waiting for the worker
    database_queue()  # the worker runs it: the mail server is still down

    notification = Notification.objects.get()
    assert notification.attempts == 1 and notification.sent_at is None
    retry = deliveries().order_by("-enqueued_at").first()
    assert deliveries().count() == 2
    assert retry.run_after > timezone.now() + timedelta(seconds=50)
