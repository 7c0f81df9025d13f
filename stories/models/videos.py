"""Video testimonials: a wagtailmedia library with our own model.

``Video`` adds to wagtailmedia's media (file, poster "thumbnail", duration, width, height) the
transcript, the state of its background processing and, when the upload had to be converted to an
MP4 every browser plays, the original file kept in the private storage. ``VideoCaption`` holds one
WebVTT file per language; an SRT file is converted when saved.
"""

import uuid
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import storages
from django.db import models, transaction
from django.utils.translation import gettext_lazy as _
from wagtail.search import index
from wagtailmedia.models import AbstractMedia

from stories.videos import captions


def private_storage():
    return storages["private"]


def original_video_path(video: "Video", filename: str) -> str:
    # The uploader's file name may carry personal data; the stored name is random.
    return f"videos/originals/{uuid.uuid4().hex}{Path(filename).suffix.lower()[:10]}"


class ProcessingState(models.TextChoices):
    PENDING = "pending", _("waiting to be processed")
    PROCESSING = "processing", _("being processed")
    READY = "ready", _("ready")
    FAILED = "failed", _("failed")


class Video(AbstractMedia):
    transcript = models.TextField(
        _("transcript"),
        blank=True,
        help_text=_("Leave empty to use the text of the captions."),
    )
    processing_state = models.CharField(
        _("processing"),
        max_length=12,
        choices=ProcessingState.choices,
        default=ProcessingState.PENDING,
        editable=False,
    )
    processing_message = models.TextField(_("processing message"), blank=True, editable=False)
    # The file as uploaded, kept when it had to be converted; never under MEDIA_URL.
    original = models.FileField(
        _("original file"),
        storage=private_storage,
        upload_to=original_video_path,
        max_length=200,
        blank=True,
        editable=False,
    )
    # The name of the file the last successful processing produced: re-running it does nothing.
    processed_file = models.CharField(max_length=255, blank=True, editable=False)

    # Poster, duration and size are found by the background task, never typed.
    admin_form_fields = ("title", "file", "collection", "transcript", "tags")

    search_fields = AbstractMedia.search_fields + [index.SearchField("transcript")]

    class Meta:
        verbose_name = _("video")
        verbose_name_plural = _("videos")

    @classmethod
    def from_db(cls, db, field_names, values, **kwargs):
        instance = super().from_db(db, field_names, values, **kwargs)
        instance._stored_file_name = instance.__dict__.get("file")
        return instance

    def save(self, *args, **kwargs) -> None:
        changed = self.type == "video" and self.file_changed()
        if changed:
            self.processing_state = ProcessingState.PENDING
            self.processing_message = ""
        super().save(*args, **kwargs)
        self._stored_file_name = self.file.name
        if changed:
            from stories.tasks import process_video

            video_id = self.pk
            transaction.on_commit(lambda: process_video.enqueue(video_id))

    def file_changed(self) -> bool:
        stored = getattr(self, "_stored_file_name", None)
        return bool(self.file) and (not self.file._committed or self.file.name != stored)

    @property
    def is_ready(self) -> bool:
        return self.processing_state == ProcessingState.READY

    def derive_transcript(self, caption: "VideoCaption") -> None:
        """Fills an empty transcript with the text of ``caption``'s cues."""
        if not self.transcript.strip() and caption.cues:
            self.transcript = "\n".join(text for _start, text in caption.cues)
            Video.objects.filter(pk=self.pk, transcript="").update(transcript=self.transcript)


class VideoCaption(models.Model):
    video = models.ForeignKey(
        Video, verbose_name=_("video"), on_delete=models.CASCADE, related_name="captions"
    )
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    file = models.FileField(
        _("captions file"),
        upload_to="videos/captions",
        help_text=_("WebVTT (.vtt) or SubRip (.srt); SubRip is converted to WebVTT."),
    )
    # (start in seconds, text) of each cue, read once when saved: the page shows them as the
    # transcript without opening the file.
    cues = models.JSONField(default=list, editable=False)

    class Meta:
        verbose_name = _("captions")
        verbose_name_plural = _("captions")
        ordering = ["video", "language"]
        constraints = [
            models.UniqueConstraint(fields=["video", "language"], name="one_caption_per_language")
        ]

    def __str__(self) -> str:
        return f"{self.video} ({self.get_language_display()})"

    def save(self, *args, **kwargs) -> None:
        if self.file and not self.file._committed:
            cues = self.read_cues()
            name = f"{Path(self.file.name).stem}.vtt"
            self.file = ContentFile(captions.to_webvtt(cues).encode("utf-8"), name=name)
            self.cues = [[start, text] for start, text in captions.transcript(cues)]
            # Before saving: the stories showing the video are re-indexed when the captions are.
            self.video.derive_transcript(self)
        super().save(*args, **kwargs)

    def clean(self) -> None:
        super().clean()
        if self.file and not self.file._committed:
            try:
                self.read_cues()
            except ValidationError as error:
                raise ValidationError({"file": error.messages}) from error

    def read_cues(self) -> list[captions.Cue]:
        """The cues of the file; ``ValidationError`` naming the line at fault."""
        self.file.open("rb")
        try:
            self.file.seek(0)
            data = self.file.read(captions.MAX_CAPTION_BYTES + 1)
            self.file.seek(0)
        finally:
            if self.file._committed:
                self.file.close()
        return captions.read_captions(data, Path(self.file.name or "").name)

    @property
    def label(self) -> str:
        return self.get_language_display()
