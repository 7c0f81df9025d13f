"""E-mails to contributors through an outbox: `queue` stores the e-mail to send in the caller's
transaction and hands it to a background task only after commit; `deliver` sends it and records
failures, which `send_pending_notifications` (and a deferring task backend) retry with back-off."""

import logging
import re
from datetime import timedelta

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.db.models import F
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import override

from submissions.models import Notification, Submission
from submissions.share_kit import share_kit

logger = logging.getLogger(__name__)

MAX_ATTEMPTS = 8
ASCII_SPACES = re.compile(r"[ \t\r\n]+")


def queue(submission: Submission, kind: str) -> Notification:
    from submissions.tasks import deliver_notification

    notification = Notification.objects.create(submission=submission, kind=kind)
    transaction.on_commit(lambda: deliver_notification.enqueue(notification.pk))
    return notification


def status_url(submission: Submission) -> str:
    with override(submission.contact_language):
        path = reverse("submissions:status", args=[submission.token])
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def one_line(text: str) -> str:
    """The text on one line. Only ASCII spaces and line breaks are collapsed: str.split() would
    also take the non-breaking spaces French puts inside « » and before : ; ! ?"""
    return ASCII_SPACES.sub(" ", text).strip()


def compose(notification: Notification) -> EmailMessage:
    """The e-mail in the contributor's language; the "published" one carries the share kit when
    they agreed to social sharing."""
    submission = notification.submission
    with override(submission.contact_language):
        texts, card = {}, None
        if notification.kind == Notification.Kind.PUBLISHED:
            texts, card = share_kit(submission)
        context = {
            "submission": submission,
            "status_url": status_url(submission),
            "story_url": submission.page.full_url if submission.page else "",
            "share_texts": texts,
            "share_card_attached": card is not None,
        }
        template = f"submissions/emails/{notification.kind}"
        subject = render_to_string(f"{template}_subject.txt", context).strip()
        body = render_to_string(f"{template}.txt", context)
    message = EmailMessage(subject=one_line(subject), body=body, to=[submission.email])
    if card is not None:
        message.attach(card.filename, card.content, card.mimetype)
    return message


def deliver(notification: Notification) -> bool:
    """Sends one e-mail unless already sent or its submission was withdrawn; True when sent."""
    if notification.sent_at or notification.submission.is_withdrawn:
        return False
    now = timezone.now()
    try:
        compose(notification).send()
    except Exception as error:  # any mail server failure: recorded, retried later
        logger.warning("E-mail %s not sent: %s", notification.pk, error)
        Notification.objects.filter(pk=notification.pk).update(
            attempts=F("attempts") + 1, last_attempt_at=now, last_error=str(error)[:2000]
        )
        return False
    Notification.objects.filter(pk=notification.pk).update(
        sent_at=now, attempts=F("attempts") + 1, last_attempt_at=now, last_error=""
    )
    return True


def retry_delay(attempts: int) -> timedelta:
    """1, 2, 4 … minutes after each failed attempt, at most a day."""
    return min(timedelta(minutes=2 ** max(attempts - 1, 0)), timedelta(days=1))


def due_for_retry(now=None) -> list[Notification]:
    now = now or timezone.now()
    pending = Notification.objects.filter(
        sent_at__isnull=True, attempts__lt=MAX_ATTEMPTS, submission__withdrawn_at__isnull=True
    ).select_related("submission", "submission__page")
    return [
        n
        for n in pending
        if n.last_attempt_at is None or n.last_attempt_at + retry_delay(n.attempts) <= now
    ]
