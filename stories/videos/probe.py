"""Videos the public sends with a testimonial: proven to be videos by ffmpeg, then made playable.

``probe_video(path)`` reads a file with ffmpeg and returns its ``VideoInfo``, or refuses it with a
message for the visitor: empty, not a video (whatever its name says), damaged or incomplete, sound
without a picture, or longer than the limit. ``convert_to_mp4`` turns an accepted video into what
every browser plays (H.264 and AAC in MP4, index first so playback starts before the whole file has
arrived, no metadata such as the GPS position phones record), and ``extract_poster`` takes the still
shown before playback.

Why the ffmpeg program rather than PyAV: the program runs in its own process, so a crafted file that
hangs or crashes a decoder costs a timeout, not a web worker, and converting is ffmpeg's own
well-trodden command line rather than a transcoding loop of ours. It comes from the imageio-ffmpeg
wheel (a static build with libx264), or from ``FFMPEG_BINARY`` where production installs its own.
That wheel has no ffprobe, so the probe reads the summary ffmpeg prints about its input (parsed in
``ffmpeg_report``), then reads every packet once without decoding them: a file cut short fails
there, or ends well before the duration its header announces.

ffmpeg only ever sees a visitor's file through the ``file:`` protocol and a short list of container
readers: a playlist (HLS, concat) disguised as a video could otherwise make it fetch URLs or read
other files on the server, and a text file could be "played" by the tty reader.
"""

import os
import re
import shutil
import subprocess
import tempfile
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from django.core.exceptions import ImproperlyConfigured, ValidationError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from stories.videos.captions import time_label
from stories.videos.ffmpeg_report import Header, parse_report

MAX_VIDEO_SECONDS = 20 * 60
# Long side of converted videos: 4K H.264 stutters on many phones and weighs four times as much.
MAX_VIDEO_SIDE = 1920
POSTER_LATEST_SECOND = 5.0

# ffmpeg's names for the readers of what phones, cameras and browsers record, plus common audio
# formats so that a sound file is recognised as one and not called unreadable.
_DEMUXERS = "mov,matroska,avi,mpegts,mpeg,asf,flv,ogg,wav,mp3,aac,flac"

_HEADER_TIMEOUT = 30
_PACKETS_TIMEOUT = 300  # every packet of a 20-minute upload, read without decoding, from disk
_POSTER_TIMEOUT = 60
# Encoding a 720p video took about two thirds of its duration on a busy two-core machine, 1080p
# takes about twice that (see tests/stories/test_video_probe.py): the margin covers a slower one.
_CONVERSION_TIMEOUT_BASE = 120
_CONVERSION_TIMEOUT_PER_SECOND = 3

_ERROR_TAIL_BYTES = 4000

# What a video file starts with, for telling a damaged video from something that is not one.
_ISO_MEDIA_BOXES = (b"ftyp", b"moov", b"mdat", b"wide", b"free", b"skip")
_CONTAINER_MAGIC = (
    b"\x1a\x45\xdf\xa3",  # Matroska, WebM
    b"RIFF",  # AVI, WAV
    b"OggS",
    b"FLV",
    b"\x00\x00\x01\xba",  # MPEG program stream
    b"\x30\x26\xb2\x75\x8e\x66\xcf\x11",  # ASF, WMV
)
_TS_PACKET_BYTES = 188

# What the visitor reads when their file is refused, by the error's code.
_REFUSALS = {
    "video_empty": gettext_noop(
        "This file is empty: choose your video again and send it once more."
    ),
    "video_unreadable": gettext_noop(
        "This file is not a video we can read: send the video as your phone or camera saved it "
        "(MP4, MOV, WebM, AVI…)."
    ),
    "video_damaged": gettext_noop(
        "This video is damaged or incomplete: send it again, or send another copy of it (for "
        "example the one saved on your phone or computer)."
    ),
    "video_audio_only": gettext_noop(
        "This file has sound but no picture: send a video recorded with a camera or phone."
    ),
    "video_too_long": gettext_noop(
        "This video lasts %(duration)s, but a video can last at most %(limit)s: trim it (most "
        "phones can, in their photo or gallery app) and send it again."
    ),
    "video_too_slow": gettext_noop(
        "Reading this video took too long: send it again, or send another copy of it."
    ),
}


class FfmpegError(RuntimeError):
    """ffmpeg failed on a file that was expected to work (poster, conversion of a probed video)."""


@dataclass(frozen=True)
class VideoInfo:
    duration: float  # seconds
    width: int  # as displayed: swapped from the stored picture when rotation is 90 or 270
    height: int
    video_codec: str  # ffmpeg's names: "h264", "hevc", "vp9", "mpeg4"...
    audio_codec: str | None  # "aac", "opus"... or None for a silent video
    container: str  # "mp4", "mov", "3gp", "matroska", "avi"...
    rotation: int  # 0, 90, 180 or 270: degrees a player turns the picture clockwise
    pixel_format: str | None = None  # "yuv420p"...; None when ffmpeg did not say

    @property
    def plays_everywhere(self) -> bool:
        """True if every current browser, Safari on old iPhones included, plays it as it is."""
        return (
            self.container == "mp4"
            and self.video_codec == "h264"
            and self.audio_codec in (None, "aac")
            and self.pixel_format in (None, "yuv420p", "yuvj420p")
        )


def ffmpeg_path() -> str:
    """The ffmpeg program: ``FFMPEG_BINARY`` (a path, or a name looked up on PATH) if set, else the
    one shipped in the imageio-ffmpeg wheel (which itself falls back to ffmpeg on PATH)."""
    configured = os.environ.get("FFMPEG_BINARY", "").strip()
    if configured:
        found = shutil.which(configured)
        if found is None:
            raise ImproperlyConfigured(f"FFMPEG_BINARY={configured!r} is not an executable file.")
        return found
    import imageio_ffmpeg  # only where no ffmpeg is configured

    return imageio_ffmpeg.get_ffmpeg_exe()


def probe_video(path: str | os.PathLike, max_duration: float = MAX_VIDEO_SECONDS) -> VideoInfo:
    """What the video at ``path`` is, once ffmpeg has shown it is a whole, playable video.

    Raises ``ValidationError`` with a message telling the visitor what is wrong and what to do.
    """
    path = Path(path)
    if path.stat().st_size == 0:
        raise _refusal("video_empty")
    header = _read_header(path)
    if header is None or (header.video is None and header.audio is None):
        raise _refusal("video_damaged" if _starts_like_a_video(path) else "video_unreadable")
    if header.video is None:
        raise _refusal("video_audio_only")
    if header.duration is not None and header.duration > max_duration:
        raise _refusal("video_too_long", **_durations(header.duration, max_duration))
    reached = _read_every_packet(path)
    duration = header.duration if header.duration is not None else reached
    if duration is None:
        raise _refusal("video_unreadable")
    if reached is not None and reached < duration - max(1.0, duration * 0.05):
        raise _refusal("video_damaged")
    if duration > max_duration:
        raise _refusal("video_too_long", **_durations(duration, max_duration))
    video = header.video
    turned = video.rotation in (90, 270)
    return VideoInfo(
        duration=duration,
        width=video.height if turned else video.width,
        height=video.width if turned else video.height,
        video_codec=video.codec,
        audio_codec=header.audio.codec if header.audio else None,
        container=header.container,
        rotation=video.rotation,
        pixel_format=video.pixel_format,
    )


def extract_poster(
    path: str | os.PathLike, destination: str | os.PathLike, at: float | None = None
) -> Path:
    """Save one frame of the video as a JPEG at ``destination``, upright and at the video's size.

    By default the frame at a tenth of the video, at most 5 seconds in: past the fade-in or the
    fumbling with the phone, before the speaker looks away. Falls back to the first frame when
    ``at`` is past the last one.
    """
    path, destination = Path(path), Path(destination)
    if at is None:
        header = _read_header(path)
        duration = (header.duration if header else None) or 0.0
        at = min(duration * 0.1, POSTER_LATEST_SECOND)
    partial = destination.with_name(f".{destination.name}.part")
    try:
        for moment in dict.fromkeys((max(at, 0.0), 0.0)):
            command = [
                *_ffmpeg_command(),
                "-ss",
                f"{moment:.3f}",
                *_input(path),
                *("-map", "0:V:0", "-frames:v", "1", "-map_metadata", "-1"),
                *("-c:v", "mjpeg", "-q:v", "3", "-f", "image2", "-update", "1", f"file:{partial}"),
            ]
            finished = subprocess.run(command, capture_output=True, timeout=_POSTER_TIMEOUT)
            if finished.returncode == 0 and partial.exists() and partial.stat().st_size:
                os.replace(partial, destination)
                return destination
        raise FfmpegError(f"No frame could be taken from {path}: {_decoded(finished.stderr)}")
    finally:
        partial.unlink(missing_ok=True)


def convert_to_mp4(
    path: str | os.PathLike,
    destination: str | os.PathLike,
    progress: Callable[[float], object] | None = None,
    *,
    max_side: int = MAX_VIDEO_SIDE,
    timeout: float | None = None,
) -> Path:
    """Write the video as an MP4 every browser plays: H.264 (yuv420p, even dimensions, long side
    at most ``max_side``) and AAC stereo, index at the front, no metadata, picture turned upright.
    A video already encoded that way (iPhones' "Most Compatible" MOV) is only rewrapped: seconds
    instead of minutes, and no loss of quality.

    ``progress(fraction)`` is called as the conversion advances (about twice a second), and with
    1.0 once ``destination`` is complete. ``destination`` only ever holds a finished file. Raises
    ``FfmpegError`` if ffmpeg fails, ``subprocess.TimeoutExpired`` after ``timeout`` seconds
    (by default 2 minutes plus 3 times the video's duration).
    """
    path, destination = Path(path), Path(destination)
    header = _read_header(path)
    duration = header.duration if header else None
    if timeout is None:
        expected = duration or MAX_VIDEO_SECONDS
        timeout = _CONVERSION_TIMEOUT_BASE + _CONVERSION_TIMEOUT_PER_SECOND * expected
    partial = destination.with_name(f".{destination.name}.part")
    command = [
        *_ffmpeg_command(),
        *_input(path),
        *("-map", "0:V:0", "-map", "0:a:0?", "-map_metadata", "-1", "-map_chapters", "-1"),
        *(_COPY if header and _needs_no_encoding(header, max_side) else _encoding(max_side)),
        *("-movflags", "+faststart", "-f", "mp4", "-progress", "pipe:1", "-nostats"),
        f"file:{partial}",
    ]
    try:
        _run_with_progress(command, duration, progress, timeout)
        os.replace(partial, destination)
    finally:
        partial.unlink(missing_ok=True)
    if progress is not None:
        progress(1.0)
    return destination


_COPY = ["-c", "copy"]


def _encoding(max_side: int) -> list[str]:
    fit = f"'min(iw,{max_side})':'min(ih,{max_side})'"
    return [
        "-vf",
        f"scale={fit}:force_original_aspect_ratio=decrease:force_divisible_by=2,format=yuv420p",
        *("-c:v", "libx264", "-preset", "veryfast", "-crf", "23", "-profile:v", "high"),
        *("-c:a", "aac", "-b:a", "128k", "-ac", "2"),
    ]


def _needs_no_encoding(header: Header, max_side: int) -> bool:
    video = header.video
    return (
        video is not None
        and video.codec == "h264"
        and video.pixel_format in ("yuv420p", "yuvj420p")
        and max(video.width, video.height) <= max_side
        and video.width % 2 == video.height % 2 == 0
        and (header.audio is None or header.audio.codec == "aac")
    )


def _ffmpeg_command() -> list[str]:
    return [ffmpeg_path(), "-hide_banner", "-nostdin", "-y"]


def _input(path: Path) -> list[str]:
    """ffmpeg's arguments for reading ``path`` as a local video and nothing else."""
    return [
        *("-protocol_whitelist", "file", "-format_whitelist", _DEMUXERS),
        *("-i", f"file:{path.resolve()}"),
    ]


def _read_header(path: Path) -> Header | None:
    """The container, duration and main streams ffmpeg reports, or None if it cannot open it."""
    try:
        finished = subprocess.run(
            # No output: ffmpeg describes its input (at the "info" level) and stops.
            [*_ffmpeg_command(), "-v", "info", *_input(path)],
            capture_output=True,
            timeout=_HEADER_TIMEOUT,
        )
    except subprocess.TimeoutExpired as error:
        raise _refusal("video_too_slow") from error
    return parse_report(_decoded(finished.stderr))


def _read_every_packet(path: Path) -> float | None:
    """The time reached reading every packet of the picture and sound (None if ffmpeg does not
    say); ``ValidationError`` if the file breaks off or is corrupt on the way."""
    command = [
        *_ffmpeg_command(),
        *("-v", "error", "-xerror"),
        *_input(path),
        *("-map", "0:V:0", "-map", "0:a:0?", "-c", "copy", "-f", "null"),
        *("-progress", "pipe:1", "-nostats", "-"),
    ]
    with tempfile.TemporaryFile() as errors:
        try:
            finished = subprocess.run(
                command, stdout=subprocess.PIPE, stderr=errors, timeout=_PACKETS_TIMEOUT
            )
        except subprocess.TimeoutExpired as error:
            raise _refusal("video_too_slow") from error
        if finished.returncode != 0:
            raise _refusal("video_damaged") from FfmpegError(_tail(errors))
    times = re.findall(rb"^out_time_us=(\d+)\s*$", finished.stdout, re.MULTILINE)
    return int(times[-1]) / 1_000_000 if times else None


def _run_with_progress(
    command: list[str],
    duration: float | None,
    progress: Callable[[float], object] | None,
    timeout: float,
) -> None:
    """Run ffmpeg with ``-progress pipe:1``, passing the fraction done to ``progress``."""
    timed_out = threading.Event()
    with (
        tempfile.TemporaryFile() as errors,
        subprocess.Popen(
            command, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=errors, text=True
        ) as process,
    ):

        def stop() -> None:
            timed_out.set()
            process.kill()

        timer = threading.Timer(timeout, stop)
        timer.start()
        try:
            for line in process.stdout:
                key, _separator, value = line.strip().partition("=")
                if progress is not None and duration and key == "out_time_us" and value.isdigit():
                    progress(min(int(value) / 1_000_000 / duration, 1.0))
            process.wait()
        finally:
            timer.cancel()
            if process.poll() is None:  # the progress callback raised: do not leave ffmpeg behind
                process.kill()
        if timed_out.is_set():
            raise subprocess.TimeoutExpired(command, timeout)
        if process.returncode != 0:
            raise FfmpegError(f"ffmpeg exited with {process.returncode}: {_tail(errors)}")


def _starts_like_a_video(path: Path) -> bool:
    with path.open("rb") as file:
        head = file.read(_TS_PACKET_BYTES + 1)
    mpeg_ts = len(head) > _TS_PACKET_BYTES and head[0] == head[_TS_PACKET_BYTES] == 0x47
    return head[4:8] in _ISO_MEDIA_BOXES or head.startswith(_CONTAINER_MAGIC) or mpeg_ts


def _tail(file) -> str:
    file.seek(0, os.SEEK_END)
    file.seek(max(file.tell() - _ERROR_TAIL_BYTES, 0))
    return _decoded(file.read())


def _decoded(output: bytes) -> str:
    return output.decode("utf-8", errors="replace")


def _refusal(code: str, **params) -> ValidationError:
    """The ``ValidationError`` for a visitor's file, in the active language."""
    return ValidationError(_(_REFUSALS[code]), code=code, params=params or None)


def _durations(duration: float, limit: float) -> dict[str, str]:
    return {"duration": time_label(duration), "limit": time_label(limit)}
