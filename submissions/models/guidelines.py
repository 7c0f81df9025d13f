"""The contribution guidelines, versioned: a contributor consents to one version, and a version that
has been consented to never changes (editors copy it to make the next one)."""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Max
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail.fields import RichTextField
from wagtail.models import TranslatableMixin

# The boxes a contributor ticks, in the order the form shows them; all but the last are required.
CONSENTS = {
    "own_name": _("I speak in my own name and my views are my own."),
    "no_confidential": _("I share no confidential information."),
    "clients_agreed": _("Any client I name has agreed to be named."),
    "photo_rights": _("I hold the rights to the photos I send."),
    "publication": _("I agree to publication under my public name."),
    "social_sharing": _("I agree that my story be shared on social networks (optional)."),
}
REQUIRED_CONSENTS = [key for key in CONSENTS if key != "social_sharing"]


class Guidelines(TranslatableMixin, models.Model):
    version = models.PositiveIntegerField(_("version"), editable=False)
    title = models.CharField(_("title"), max_length=160)
    body = RichTextField(_("guidelines"), features=["h3", "bold", "italic", "ol", "ul", "link"])
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("contribution guidelines")
        verbose_name_plural = _("versions of the contribution guidelines")
        ordering = ["-version"]
        constraints = [
            models.UniqueConstraint(
                fields=["locale", "version"], name="unique_guidelines_version_per_locale"
            )
        ]

    def __str__(self) -> str:
        return _("%(title)s (version %(version)s)") % {"title": self.title, "version": self.version}

    def save(self, *args, **kwargs) -> None:
        if not self.version:
            # A translation keeps its source's version; a new text takes the next number.
            latest = Guidelines.objects.filter(locale=self.locale_id).aggregate(Max("version"))
            self.version = (latest["version__max"] or 0) + 1
        super().save(*args, **kwargs)

    @classmethod
    def current(cls, locale) -> "Guidelines | None":
        return cls.objects.filter(locale=locale).order_by("-version").first()

    def clean(self) -> None:
        count = self.consent_count()
        if count:
            message = ngettext(
                "Version %(version)s has been accepted by %(count)s contributor and can no "
                "longer change: copy it to make the next version.",
                "Version %(version)s has been accepted by %(count)s contributors and can no "
                "longer change: copy it to make the next version.",
                count,
            )
            raise ValidationError(message % {"version": self.version, "count": count})

    def consent_count(self) -> int:
        return self.submissions.count() if self.pk else 0
