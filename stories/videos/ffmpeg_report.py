"""Reading the summary ffmpeg prints about its input, as the probe of a visitor's video.

The ffmpeg shipped in the imageio-ffmpeg wheel comes without ffprobe, so what ``ffmpeg -i`` prints
about its input is the only description of a file we get: ``parse_report`` turns that report into
a ``Header`` (container, duration, main picture and sound ``Stream``). The format has been stable
for over a decade; its lines are matched at their exact indentation so that metadata (a title such
as "Stream #0:1: Video: ...") cannot pass for a stream.
"""

import re
from dataclasses import dataclass

_INPUT_LINE = re.compile(r"^Input #0, (?P<demuxer>.+), from '")
_BRAND_LINE = re.compile(r"^    major_brand\s*: (?P<brand>.*)$")
_DURATION_LINE = re.compile(
    r"^  Duration: (?:(?P<hours>\d+):(?P<minutes>\d\d):(?P<seconds>\d\d(?:\.\d+)?)|N/A)"
)
_STREAM_LINE = re.compile(r"^  Stream #0:\d+\S*: (?P<kind>\w+): (?P<description>.*)$")
# "Display Matrix" since ffmpeg 6, "displaymatrix" before; the angle is counter-clockwise.
_DISPLAY_MATRIX_LINE = re.compile(
    r"^      display ?matrix: rotation of (?P<angle>-?\d+(?:\.\d+)?) degrees", re.IGNORECASE
)
# The QuickTime tag older files carry instead; its angle is clockwise.
_ROTATE_TAG_LINE = re.compile(r"^      rotate\s*: (?P<angle>-?\d+)\s*$")
_DIMENSIONS = re.compile(r"^(?P<width>\d+)x(?P<height>\d+)\b")


@dataclass(frozen=True)
class Stream:
    """The picture or sound ffmpeg would map by default, as its report describes it."""

    codec: str
    pixel_format: str | None = None
    width: int = 0
    height: int = 0
    rotation: int = 0


@dataclass(frozen=True)
class Header:
    """What ffmpeg's report says of a file before any packet is read."""

    container: str
    duration: float | None
    video: Stream | None
    audio: Stream | None


def parse_report(report: str) -> Header | None:
    """The container, duration and main streams in ffmpeg's report on its input, or None if the
    report shows no input (ffmpeg could not open the file)."""
    demuxer, brand, duration, streams = None, "", None, {"Video": None, "Audio": None}
    current = None  # [kind, stream fields] of the stream whose details follow
    for line in report.splitlines():
        if match := _INPUT_LINE.match(line):
            demuxer = match["demuxer"]
        elif match := _BRAND_LINE.match(line):
            brand = brand or match["brand"].strip()
        elif match := _DURATION_LINE.match(line):
            if match["hours"] is not None:
                duration = (
                    int(match["hours"]) * 3600
                    + int(match["minutes"]) * 60
                    + float(match["seconds"])
                )
        elif match := _STREAM_LINE.match(line):
            current = _read_stream(match["kind"], match["description"])
            # The first video that is not cover art and the first sound: those ffmpeg maps.
            if current and streams[current[0]] is None:
                streams[current[0]] = current[1]
            else:
                current = None
        elif current and (match := _DISPLAY_MATRIX_LINE.match(line)):
            current[1]["rotation"] = round(-float(match["angle"]) / 90) * 90 % 360
        elif current and (match := _ROTATE_TAG_LINE.match(line)):
            current[1].setdefault("rotation", round(int(match["angle"]) / 90) * 90 % 360)
        elif not line.startswith("    "):
            current = None
    if demuxer is None:
        return None
    video, audio = streams["Video"], streams["Audio"]
    return Header(
        container=_container_name(demuxer, brand),
        duration=duration,
        video=Stream(**video) if video else None,
        audio=Stream(**audio) if audio else None,
    )


def _read_stream(kind: str, description: str) -> list | None:
    """[kind, fields] for a usable video or audio stream, None for anything else."""
    fields = _top_level_fields(description)
    codec = fields[0].split(" ", 1)[0]
    if kind not in ("Video", "Audio") or codec == "none":
        return None
    if kind == "Audio":
        return [kind, {"codec": codec}]
    if "(attached pic)" in description:
        return None
    dimensions = next(filter(None, (_DIMENSIONS.match(field) for field in fields)), None)
    if dimensions is None or not int(dimensions["width"]) or not int(dimensions["height"]):
        return None
    pixel_format = None
    if len(fields) > 1 and not _DIMENSIONS.match(fields[1]):
        pixel_format = re.match(r"[a-z0-9_]*", fields[1])[0] or None
    width, height = int(dimensions["width"]), int(dimensions["height"])
    return [kind, {"codec": codec, "pixel_format": pixel_format, "width": width, "height": height}]


def _top_level_fields(description: str) -> list[str]:
    """``description`` split at its commas, except those inside brackets: "yuv420p(tv, bt709)"."""
    fields, depth, start = [], 0, 0
    for index, character in enumerate(description):
        if character in "([":
            depth += 1
        elif character in ")]":
            depth = max(depth - 1, 0)
        elif character == "," and depth == 0:
            fields.append(description[start:index].strip())
            start = index + 1
    fields.append(description[start:].strip())
    return fields


def _container_name(demuxer: str, brand: str) -> str:
    """A short name for the container: ffmpeg reads MP4, MOV and 3GP with one reader, told
    apart by the file's brand."""
    if not demuxer.startswith("mov,"):
        return demuxer.split(",", 1)[0]
    if brand == "qt":
        return "mov"
    if brand.startswith("3g"):
        return "3gp"
    if brand.startswith("M4A"):
        return "m4a"
    return "mp4"
