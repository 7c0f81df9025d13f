"""Background tasks (Django's tasks API, as Wagtail uses it): e-mails leave the request."""

from django_tasks import task

from submissions import notifications
from submissions.models import Notification


@task()
def deliver_notification(notification_id: int) -> bool:
    notification = (
        Notification.objects.select_related("submission", "submission__page")
        .filter(pk=notification_id)
        .first()
    )
    return notifications.deliver(notification) if notification else False
