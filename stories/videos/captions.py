"""Captions for video testimonials: WebVTT or SRT files read strictly, kept as WebVTT.

``read_captions(data)`` accepts a WebVTT file (it starts with "WEBVTT") or an SRT file (numbered
cues, commas in the times), in UTF-8 with or without a byte order mark, and returns its cues. A
mistake is refused with the number of the line at fault, so whoever typed the captions can find it:
"Line 7: the timestamp “00:01:02.5x” is not valid". ``to_webvtt`` writes cues back as WebVTT (what
the ``<track>`` element plays), ``transcript`` turns them into plain text with times for the page.

Our own parser rather than webvtt-py: that library skips a cue with a broken timestamp without a
word (the caption silently vanishes), accepts a cue that ends before it starts, and reports no line
numbers. What is read here is the WebVTT syntax browsers use (cue timings with optional hours,
optional cue identifiers and settings, NOTE, STYLE and REGION blocks) and SRT as written by
subtitle editors, video platforms and transcription services.

``Cue.text`` is WebVTT cue text: markup such as ``<v Ann>`` or ``<i>`` is kept, and text from an SRT
file is escaped (``&`` becomes ``&amp;``) with only its ``<i>``, ``<b>`` and ``<u>`` kept.
"""

import html
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

MAX_CAPTION_BYTES = 1024 * 1024  # a feature film's subtitles weigh about 100 KB

_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_WEBVTT_SIGNATURE = re.compile(r"WEBVTT(?:[ \t].*)?")
_WEBVTT_TIMESTAMP = re.compile(r"(?:(\d{2,}):)?([0-5]\d):([0-5]\d)\.(\d{3})")
_SRT_TIMESTAMP = re.compile(r"(\d{1,3}):([0-5]\d):([0-5]\d)[,.](\d{3})")
_IGNORED_WEBVTT_BLOCK = re.compile(r"(?:NOTE|STYLE|REGION)(?:[ \t].*)?")
_SRT_KEPT_TAG = re.compile(r"</?([ibu])>", re.IGNORECASE)
_SRT_TAG_OR_ASS_OVERRIDE = re.compile(r"(<[^<>]*>|\{\\[^{}]*\})")
_RUBY_TEXT = re.compile(r"<rt(?:\.[^>]*)?>.*?(?:</rt>|(?=</ruby>)|$)", re.DOTALL)
_TAG = re.compile(r"<[^>]*>")
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class Cue:
    start: float  # seconds
    end: float
    text: str  # WebVTT cue text, lines separated by "\n"


def read_captions(data: bytes, filename: str = "") -> list[Cue]:
    """The cues of a WebVTT or SRT file (told apart by content; ``filename`` only helps explain
    what is wrong). Raises ``ValidationError`` naming the line at fault."""
    lines = _decoded_lines(data)
    if _WEBVTT_SIGNATURE.fullmatch(lines[0]):
        cues = _read_webvtt(lines)
    elif _looks_like_srt(lines) or filename.lower().endswith(".srt"):
        cues = _read_srt(lines)
    elif filename.lower().endswith(".vtt"):
        raise _at_line(
            1, _("a WebVTT caption file must begin with the line “WEBVTT”."), "captions_header"
        )
    else:
        raise ValidationError(
            _(
                "This is not a caption file we can read: send captions in WebVTT (.vtt) or SubRip "
                "(.srt) format, as saved by a subtitle editor or a video platform."
            ),
            code="captions_format",
        )
    if not cues:
        raise ValidationError(_("This caption file contains no captions."), code="captions_none")
    return cues


def to_webvtt(cues: Iterable[Cue]) -> str:
    """The cues as a WebVTT file."""
    blocks = ["WEBVTT\n"]
    for cue in cues:
        # A blank line would end the cue early and "-->" would start another one.
        lines = [line.replace("-->", "--&gt;") for line in cue.text.splitlines() if line.strip()]
        timing = f"{_webvtt_timestamp(cue.start)} --> {_webvtt_timestamp(cue.end)}"
        blocks.append("\n".join([timing, *lines]) + "\n")
    return "\n".join(blocks)


def transcript(cues: Iterable[Cue]) -> list[tuple[float, str]]:
    """(start, text) for each cue with words in it: its lines joined into one, markup removed,
    and a cue repeating the one before it (as roll-up captions do) merged into it."""
    entries: list[tuple[float, str]] = []
    for cue in cues:
        text = html.unescape(_TAG.sub("", _RUBY_TEXT.sub("", cue.text)))
        text = _SPACES.sub(" ", text).strip()
        if text and not (entries and entries[-1][1] == text):
            entries.append((cue.start, text))
    return entries


def time_label(seconds: float) -> str:
    """A time as players show it: "0:05", "1:05", "1:02:03"."""
    minutes, second = divmod(int(max(seconds, 0)), 60)
    hours, minute = divmod(minutes, 60)
    return f"{hours}:{minute:02}:{second:02}" if hours else f"{minute}:{second:02}"


def _decoded_lines(data: bytes) -> list[str]:
    if len(data) > MAX_CAPTION_BYTES:
        raise ValidationError(
            _("This caption file is larger than %(kilobytes)s KB: is it really captions?"),
            code="captions_too_large",
            params={"kilobytes": MAX_CAPTION_BYTES // 1024},
        )
    if not data.strip():
        raise ValidationError(_("This caption file is empty."), code="captions_empty")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise _at_line(
            data[: error.start].count(b"\n") + 1,
            _(
                "this text is not in UTF-8: save the file again choosing the UTF-8 encoding "
                "(most editors offer it in “Save as”)."
            ),
            "captions_encoding",
        ) from error
    return _LINE_BREAK.split(text)


def _blocks(lines: list[str]) -> Iterator[tuple[int, list[str]]]:
    """(number of its first line, its lines) for each run of lines that are not blank."""
    block: list[str] = []
    for number, line in enumerate(lines, start=1):
        if line.strip():
            block.append(line)
        elif block:
            yield number - len(block), block
            block = []
    if block:
        yield len(lines) + 1 - len(block), block


def _looks_like_srt(lines: list[str]) -> bool:
    filled = [line.strip() for line in lines if line.strip()][:2]
    return len(filled) == 2 and filled[0].isdigit() and "-->" in filled[1]


def _read_webvtt(lines: list[str]) -> list[Cue]:
    cues: list[Cue] = []
    for first, block in _blocks(lines):
        if first == 1:  # the header: "WEBVTT" and maybe metadata lines such as "Kind: captions"
            for offset, line in enumerate(block):
                if "-->" in line:
                    message = _("leave a blank line between the “WEBVTT” line and the first cue.")
                    raise _at_line(first + offset, message, "captions_blank_line")
            continue
        if _IGNORED_WEBVTT_BLOCK.fullmatch(block[0]):
            continue
        timing = 0 if "-->" in block[0] else 1
        if timing >= len(block) or "-->" not in block[timing]:
            raise _timing_expected(first + timing, block[min(timing, len(block) - 1)], ".")
        cues.append(_cue(block, first, timing, _WEBVTT_TIMESTAMP, cues))
    return cues


def _read_srt(lines: list[str]) -> list[Cue]:
    cues: list[Cue] = []
    for first, block in _blocks(lines):
        timing = 0 if "-->" in block[0] else 1  # some tools leave the numbers out
        if timing == 1 and not block[0].strip().isdigit():
            message = _("expected the number of a caption, found “%(found)s”.")
            raise _at_line(first, message, "captions_number", found=_excerpt(block[0]))
        if timing >= len(block) or "-->" not in block[timing]:
            raise _timing_expected(first + timing, block[min(timing, len(block) - 1)], ",")
        block = block[: timing + 1] + [_srt_text_as_webvtt(line) for line in block[timing + 1 :]]
        cues.append(_cue(block, first, timing, _SRT_TIMESTAMP, cues))
    return cues


def _cue(block: list[str], first: int, timing: int, pattern: re.Pattern, before: list[Cue]) -> Cue:
    """The cue whose timing line is ``block[timing]`` and whose text follows it."""
    number = first + timing
    start_text, _arrow, rest = block[timing].partition("-->")
    end_text = rest.split(maxsplit=1)[0] if rest.strip() else ""  # cue settings may follow
    start = _seconds(start_text.strip(), pattern, number)
    end = _seconds(end_text, pattern, number)
    if end <= start:
        message = _("the caption ends (%(end)s) before it starts (%(start)s).")
        raise _at_line(number, message, "captions_order", start=start_text.strip(), end=end_text)
    if before and start < before[-1].start:
        message = _(
            "this caption starts (%(start)s) before the one above it: captions must be in the "
            "order they are shown."
        )
        raise _at_line(number, message, "captions_order", start=start_text.strip())
    for offset, line in enumerate(block[timing + 1 :], start=number + 1):
        if "-->" in line:
            message = _("a blank line is missing before this caption’s times.")
            raise _at_line(offset, message, "captions_blank_line")
    return Cue(start, end, "\n".join(line.strip() for line in block[timing + 1 :]))


def _seconds(timestamp: str, pattern: re.Pattern, number: int) -> float:
    match = pattern.fullmatch(timestamp)
    if match is None:
        example = "00:01:02.500" if pattern is _WEBVTT_TIMESTAMP else "00:01:02,500"
        message = _("the timestamp “%(timestamp)s” is not valid: write it like %(example)s.")
        raise _at_line(
            number, message, "captions_timestamp", timestamp=_excerpt(timestamp), example=example
        )
    hours, minutes, seconds, milliseconds = (int(part or 0) for part in match.groups())
    return hours * 3600 + minutes * 60 + seconds + milliseconds / 1000


def _srt_text_as_webvtt(line: str) -> str:
    """An SRT text line as WebVTT cue text: <i>, <b> and <u> kept, other tags (<font>) and ASS
    overrides ({\\an8}) dropped, & < > escaped."""
    parts = []
    for part in _SRT_TAG_OR_ASS_OVERRIDE.split(line):
        if _SRT_KEPT_TAG.fullmatch(part):
            parts.append(part.lower())
        elif not _SRT_TAG_OR_ASS_OVERRIDE.fullmatch(part):
            parts.append(html.escape(part, quote=False))
    return "".join(parts)


def _webvtt_timestamp(seconds: float) -> str:
    milliseconds = round(max(seconds, 0) * 1000)
    minutes, milliseconds = divmod(milliseconds, 60_000)
    hours, minutes = divmod(minutes, 60)
    return f"{hours:02}:{minutes:02}:{milliseconds // 1000:02}.{milliseconds % 1000:03}"


def _timing_expected(number: int, found: str, decimal_mark: str) -> ValidationError:
    message = _("expected caption times such as “%(example)s”, found “%(found)s”.")
    example = f"00:00:01{decimal_mark}000 --> 00:00:04{decimal_mark}000"
    return _at_line(number, message, "captions_timing", example=example, found=_excerpt(found))


def _excerpt(text: str, length: int = 40) -> str:
    text = text.strip()
    return text if len(text) <= length else text[: length - 1] + "…"


def _at_line(number: int, message: str, code: str, **params) -> ValidationError:
    """An error about line ``number`` of the file: "Line 7: …"."""
    return ValidationError(
        _("Line %(line)s: %(problem)s"),
        code=code,
        params={"line": number, "problem": message % params if params else message},
    )
