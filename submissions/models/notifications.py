"""E-mails to contributors, stored in the same transaction as what they announce (an outbox), so
that a failing mail server or task worker delays an e-mail but never loses it."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Notification(models.Model):
    class Kind(models.TextChoices):
        RECEIVED = "received", _("Submission received")
        SIGN_OFF = "sign_off", _("Sign-off requested")
        PUBLISHED = "published", _("Story published")
        DECLINED = "declined", _("Story not published")

    submission = models.ForeignKey(
        "submissions.Submission", on_delete=models.CASCADE, related_name="notifications"
    )
    kind = models.CharField(_("kind"), max_length=20, choices=Kind)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    sent_at = models.DateTimeField(_("sent at"), null=True, blank=True)
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    last_attempt_at = models.DateTimeField(_("last attempt at"), null=True, blank=True)
    last_error = models.TextField(_("last error"), blank=True)

    class Meta:
        verbose_name = _("e-mail to a contributor")
        verbose_name_plural = _("e-mails to contributors")
        ordering = ["created_at"]
        indexes = [models.Index(fields=["sent_at", "attempts"], name="notification_pending")]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} — #{self.submission_id}"
