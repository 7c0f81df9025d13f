"""Background tasks of the stories app: a video's poster, duration, size and playable MP4 are
found after upload, never inside the request."""

import logging
import subprocess
import tempfile
from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.files import File
from django.db import transaction
from django.tasks import task
from django.utils.translation import gettext as _

from stories.cache import purge_page_cache
from stories.models import ProcessingState, Video
from stories.videos.probe import FfmpegError, convert_to_mp4, extract_poster, probe_video
from stories.videos.uploads import copy_to, max_seconds

logger = logging.getLogger(__name__)

# The task backend of the site's own background work (settings.TASKS): a queue run by a worker.
BACKGROUND = "background"


@task(backend=BACKGROUND)
def process_video(video_id: int) -> str:
    """Probes the video, takes its poster, converts it to MP4 when browsers cannot all play it
    (the original is kept privately), and records the outcome in its processing state.

    Returns the final state. Does nothing to a video already processed from its current file."""
    video = Video.objects.filter(pk=video_id, type="video").first()
    if video is None or not video.file:
        return ""
    if video.processing_state == ProcessingState.READY and video.processed_file == video.file.name:
        return video.processing_state
    Video.objects.filter(pk=video.pk).update(processing_state=ProcessingState.PROCESSING)
    try:
        with tempfile.TemporaryDirectory(prefix="video-") as work:
            fields = _processed_fields(video, Path(work))
    except ValidationError as error:
        return _failed(video, " ".join(error.messages))
    except (FfmpegError, subprocess.TimeoutExpired, OSError) as error:
        logger.warning("Video %s could not be processed: %s", video.pk, error)
        return _failed(video, _("The video could not be processed: %(error)s") % {"error": error})
    except Exception:
        # A programming error: the video says so, and the task backend records the traceback.
        _failed(video, _("The video could not be processed because of an error on the site."))
        raise
    Video.objects.filter(pk=video.pk).update(**fields)
    # Pages cached while the video was being prepared show it from now on.
    purge_page_cache()
    return ProcessingState.READY


def _processed_fields(video: Video, work: Path) -> dict:
    """Writes the poster (and the MP4 if needed) to storage; returns the fields to record."""
    source = copy_to(video.file, work / f"upload{Path(video.file.name).suffix.lower()}")
    info = probe_video(source, max_duration=max_seconds())
    # What an earlier processing left (a re-uploaded video): deleted once the new names are saved.
    old_names = {"thumbnail": video.thumbnail.name or "", "original": video.original.name or ""}
    video.original.name = ""
    written = []  # (field name, stored name): removed again if a later step fails
    try:
        if not info.plays_everywhere:
            playable = convert_to_mp4(source, work / "video.mp4")
            info = probe_video(playable, max_duration=max_seconds())
            old_names["file"] = video.file.name
            stem = Path(video.file.name).stem
            _store(video, "original", Path(video.file.name).name, source, written)
            _store(video, "file", f"{stem}.mp4", playable, written)
        else:
            playable = source
        poster = extract_poster(playable, work / "poster.jpg")
        _store(video, "thumbnail", f"{Path(video.file.name).stem}.jpg", poster, written)
    except BaseException:
        for field_name, name in written:
            getattr(video, field_name).storage.delete(name)
        raise
    fields = {
        "duration": round(info.duration, 3),
        "width": info.width,
        "height": info.height,
        "thumbnail": video.thumbnail.name,
        "file": video.file.name,
        "original": video.original.name or "",
        "processed_file": video.file.name,
        "processing_state": ProcessingState.READY,
        "processing_message": "",
    }
    transaction.on_commit(lambda: _delete_replaced(video, old_names))
    return fields


def _store(video: Video, field_name: str, name: str, path: Path, written: list) -> None:
    field_file = getattr(video, field_name)
    with path.open("rb") as content:
        field_file.save(name, File(content), save=False)
    written.append((field_name, field_file.name))


def _delete_replaced(video: Video, old_names: dict[str, str]) -> None:
    for field_name, name in old_names.items():
        field_file = getattr(video, field_name)
        if name and name != (field_file.name or ""):
            field_file.storage.delete(name)


def _failed(video: Video, message: str) -> str:
    Video.objects.filter(pk=video.pk).update(
        processing_state=ProcessingState.FAILED, processing_message=message[:2000]
    )
    return ProcessingState.FAILED
