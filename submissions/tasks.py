"""Background tasks (Django's tasks API): e-mails leave the request, and a failed one is tried
again later with back-off where the task backend can defer (the worker's database queue);
elsewhere `send_pending_notifications` does the retrying."""

from django.tasks import task, task_backends
from django.utils import timezone

from stories.tasks import BACKGROUND
from submissions import notifications
from submissions.models import Notification


@task(backend=BACKGROUND)
def deliver_notification(notification_id: int) -> bool:
    notification = (
        Notification.objects.select_related("submission", "submission__page")
        .filter(pk=notification_id)
        .first()
    )
    if notification is None:
        return False
    sent = notifications.deliver(notification)
    if not sent:
        retry_later(notification_id)
    return sent


def retry_later(notification_id: int) -> None:
    notification = Notification.objects.filter(pk=notification_id, sent_at__isnull=True).first()
    backend = task_backends[deliver_notification.backend]
    if notification is None or notification.attempts >= notifications.MAX_ATTEMPTS:
        return
    if notification.submission.is_withdrawn or not backend.supports_defer:
        return
    run_after = timezone.now() + notifications.retry_delay(notification.attempts)
    deliver_notification.using(run_after=run_after).enqueue(notification_id)
