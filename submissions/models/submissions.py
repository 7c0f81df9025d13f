"""A submission: a story exactly as a contributor sent it, kept apart from the page editors make of
it. What was sent never changes afterwards; only its outcome does (declined, signed off, withdrawn).
Withdrawal erases the personal data and files and keeps an anonymous shell for the status link."""

import secrets
import uuid

from django.conf import settings
from django.core.files.storage import storages
from django.db import models
from django.utils.translation import gettext_lazy as _

from stories import dates
from stories.models import Contributor, Relation, StoryPage, Video
from submissions.models.guidelines import CONSENTS, Guidelines

# The contributor's own answers, as the form names them.
ANSWER_FIELDS = (
    "public_name",
    "email",
    "relation",
    "years_start",
    "years_end",
    "role",
    "title",
    "story",
    "year",
    "decade",
    "circa",
    "pull_quote",
)
# What the contributor sent: never rewritten once stored (see Submission.save).
SENT_FIELDS = (
    *ANSWER_FIELDS,
    "theme_slugs",
    "language",
    "contact_language",
    "guidelines",
    "consents",
    "consented_at",
    "flags",
    "video_link",
)


def new_status_token() -> str:
    return secrets.token_urlsafe(32)


def private_storage():
    return storages["private"]


def original_photo_path(photo: "SubmissionPhoto", filename: str) -> str:
    # The contributor's file name may carry personal data; the stored name is random.
    return f"submissions/originals/{uuid.uuid4().hex}"


class Submission(models.Model):
    token = models.CharField(max_length=64, unique=True, default=new_status_token, editable=False)
    idempotency_key = models.UUIDField(unique=True, editable=False)
    submitted_at = models.DateTimeField(_("submitted at"), auto_now_add=True)

    public_name = models.CharField(_("public name"), max_length=120)
    email = models.EmailField(_("e-mail"))
    relation = models.CharField(_("relation to the company"), max_length=20, choices=Relation)
    years_start = models.PositiveSmallIntegerField(_("joined in"), null=True, blank=True)
    years_end = models.PositiveSmallIntegerField(_("left in"), null=True, blank=True)
    role = models.CharField(_("role"), max_length=160)
    title = models.CharField(_("title"), max_length=120)
    story = models.TextField(_("story"))
    year = models.PositiveSmallIntegerField(_("year"), null=True, blank=True)
    decade = models.PositiveSmallIntegerField(_("decade"))
    circa = models.BooleanField(_("circa"), default=False)
    theme_slugs = models.JSONField(_("themes"), default=list, blank=True)
    pull_quote = models.CharField(_("pull quote"), max_length=200, blank=True)
    language = models.CharField(
        _("language of the story"), max_length=8, choices=settings.LANGUAGES
    )
    contact_language = models.CharField(
        _("language for e-mails"), max_length=8, choices=settings.LANGUAGES
    )
    guidelines = models.ForeignKey(
        Guidelines,
        verbose_name=_("guidelines accepted"),
        on_delete=models.PROTECT,
        related_name="submissions",
    )
    consents = models.JSONField(_("consents given"), default=dict)
    consented_at = models.DateTimeField(_("consented at"))
    flags = models.JSONField(_("guideline flags when sent"), default=list, blank=True)
    video_link = models.URLField(_("video link"), max_length=500, blank=True)

    # The video file sent, in the library (its page shows it while the story is a draft).
    video = models.ForeignKey(
        Video,
        verbose_name=_("video"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    page = models.OneToOneField(
        StoryPage,
        verbose_name=_("story page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="submission",
    )
    contributor = models.ForeignKey(
        Contributor, null=True, blank=True, on_delete=models.SET_NULL, related_name="submissions"
    )
    created_contributor = models.BooleanField(default=False, editable=False)

    declined_at = models.DateTimeField(_("declined at"), null=True, blank=True)
    declined_reason = models.TextField(_("reason given"), blank=True)
    signed_off_at = models.DateTimeField(_("signed off at"), null=True, blank=True)
    signed_off_revision_id = models.PositiveBigIntegerField(null=True, blank=True)
    withdrawn_at = models.DateTimeField(_("withdrawn at"), null=True, blank=True)

    class Meta:
        verbose_name = _("submission")
        verbose_name_plural = _("submissions")
        ordering = ["-submitted_at"]

    def __str__(self) -> str:
        # Shown in the audit log, which outlives an erasure: no personal data here.
        return _("Submission #%(id)s") % {"id": self.pk}

    def save(self, *args, **kwargs) -> None:
        update_fields = kwargs.get("update_fields")
        if not self._state.adding and (
            update_fields is None or set(update_fields) & set(SENT_FIELDS)
        ):
            raise ValueError("A submission is stored as sent; only its outcome may change.")
        super().save(*args, **kwargs)

    @property
    def is_withdrawn(self) -> bool:
        return self.withdrawn_at is not None

    @property
    def date_label(self) -> str:
        """The date as sent, read as on the site ("vers 1965", "années 1960")."""
        return dates.fuzzy_date_label(self.year, self.decade, self.circa)

    @property
    def consent_list(self) -> list[tuple[str, bool]]:
        """Each box of the guidelines with whether it was ticked, in the form's order."""
        return [(label, bool(self.consents.get(key))) for key, label in CONSENTS.items()]


class SubmissionPhoto(models.Model):
    submission = models.ForeignKey(Submission, on_delete=models.CASCADE, related_name="photos")
    position = models.PositiveSmallIntegerField()
    original = models.FileField(
        _("original file"), storage=private_storage, upload_to=original_photo_path, max_length=200
    )
    original_name = models.CharField(_("file name as sent"), max_length=255, blank=True)
    caption = models.CharField(_("caption"), max_length=250, blank=True)
    credit = models.CharField(_("credit"), max_length=120, blank=True)
    image = models.ForeignKey(
        "wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = _("submitted photo")
        verbose_name_plural = _("submitted photos")
        ordering = ["position"]
        constraints = [
            models.UniqueConstraint(fields=["submission", "position"], name="unique_photo_position")
        ]

    def __str__(self) -> str:
        return _("Photo %(position)s of submission #%(id)s") % {
            "position": self.position,
            "id": self.submission_id,
        }
