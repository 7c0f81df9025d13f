"""`manage.py send_pending_notifications`: retries the e-mails a failing mail server held back
(run it every few minutes from cron or the task worker's schedule)."""

from django.core.management.base import BaseCommand

from submissions import notifications


class Command(BaseCommand):
    help = "Sends the contributors' e-mails that failed before and are due for another attempt."

    def handle(self, *args, **options) -> None:
        due = notifications.due_for_retry()
        sent = sum(notifications.deliver(notification) for notification in due)
        self.stdout.write(f"{sent} of {len(due)} pending e-mails sent.")
