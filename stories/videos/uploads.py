"""The check an uploaded video passes before it is saved: its size, then what ffmpeg finds in it.

Django's ``TemporaryFileUploadHandler`` has already streamed a large upload to a temporary file,
which is probed where it lies; a small upload still in memory is written to a temporary file first,
since ffmpeg reads files, not Python objects. Nothing is ever read whole into memory.
"""

import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files import File
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

from stories.videos.probe import VideoInfo, probe_video

DEFAULT_MAX_BYTES = 2 * 1024**3
DEFAULT_MAX_SECONDS = 20 * 60


def max_bytes() -> int:
    return getattr(settings, "VIDEO_MAX_BYTES", DEFAULT_MAX_BYTES)


def max_seconds() -> int:
    return getattr(settings, "VIDEO_MAX_SECONDS", DEFAULT_MAX_SECONDS)


@contextmanager
def file_on_disk(upload: File) -> Iterator[Path]:
    """A path to the upload's bytes: its own temporary file, or a copy made in chunks."""
    if hasattr(upload, "temporary_file_path"):
        yield Path(upload.temporary_file_path())
        return
    suffix = Path(upload.name or "").suffix[:10]
    with tempfile.NamedTemporaryFile(suffix=suffix) as copy:
        upload.seek(0)
        for chunk in upload.chunks():
            copy.write(chunk)
        copy.flush()
        upload.seek(0)
        yield Path(copy.name)


def check_video_upload(upload: File) -> VideoInfo:
    """What the uploaded video is, once it has been shown to be a whole video within the limits.

    Raises ``ValidationError`` with a message telling the editor what is wrong."""
    limit = max_bytes()
    if upload.size is not None and upload.size > limit:
        raise ValidationError(
            _("This video weighs %(size)s, but a video can weigh at most %(limit)s."),
            code="video_too_large",
            params={"size": filesizeformat(upload.size), "limit": filesizeformat(limit)},
        )
    with file_on_disk(upload) as path:
        return probe_video(path, max_duration=max_seconds())


def copy_to(source: File, destination: Path) -> Path:
    """Copies a stored file (local or remote storage) to ``destination`` in chunks."""
    with source.open("rb") as stored, destination.open("wb") as copy:
        shutil.copyfileobj(stored, copy, length=1024 * 1024)
    return destination
