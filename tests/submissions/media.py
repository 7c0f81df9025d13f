"""Where the submission tests write files (a temporary folder per test, never the project's own
media folders), and the check that a refused form left nothing behind: no row, no file."""

from dataclasses import dataclass
from pathlib import Path

from django.core.files.storage import storages
from wagtail.images import get_image_model

from stories.models import Contributor, StoryPage, Video
from submissions.models import Notification, Submission, SubmissionPhoto


@dataclass(frozen=True)
class Media:
    public: Path  # MEDIA_ROOT: Wagtail's images
    private: Path  # PRIVATE_MEDIA_ROOT: the originals as sent


def use_temporary_media(settings, monkeypatch, root: Path) -> Media:
    """Points both storages at `root`; call it from a fixture with pytest-django's `settings`."""
    media = Media(public=root / "media", private=root / "private-media")
    settings.MEDIA_ROOT = media.public
    settings.PRIVATE_MEDIA_ROOT = media.private
    settings.STORAGES = {
        **settings.STORAGES,
        "private": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": media.private, "base_url": None},
        },
    }
    # Django calls a FileField's storage callable once, when the model class is built: the field
    # keeps the storage of the settings at import time unless it is handed the new one.
    for model in (SubmissionPhoto, Video):
        monkeypatch.setattr(model._meta.get_field("original"), "storage", storages["private"])
    return media


def files_in(folder: Path) -> list[Path]:
    return sorted(path for path in folder.rglob("*") if path.is_file())


def assert_nothing_written(media: Media) -> None:
    assert not Submission.objects.exists()
    assert not StoryPage.objects.exists()
    assert not Contributor.objects.exists()
    assert not Notification.objects.exists()
    assert not get_image_model().objects.exists()
    assert not Video.objects.exists()
    assert files_in(media.private) == []
    assert files_in(media.public) == []
