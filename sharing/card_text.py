"""Text that must fit a box on a share card: the shipped fonts, line wrapping, and shrinking.

A block of text is set at the largest size at which it fits the box's width and height, found by a
binary search. During the search, widths are *estimated* from each character's advance measured
once per font (FreeType measures a line in a tenth of a millisecond at best, so measuring every
candidate line at every candidate size would cost more than the rest of the card). Only the
chosen lines are drawn, each into its own glyph mask, whose box is the line's exact ink (accents,
overhanging glyphs); if one of them does not fit, the next size down is tried. So the estimates make
the search fast and never decide that text fits, and each line is rasterised once: the card pastes
the masks that proved the fit (rasterising is most of a card's text cost, and Pillow's own
`getbbox` would load every glyph once more).

Long words: lines break at ordinary spaces only (the no-break spaces of French typography keep « and
! with their word). A word wider than the line is never cut while the font can still shrink to a
legible size (`TextStyle.legible_size`); below it, such a word is broken between two characters,
with a hyphen at the end of each piece, and the size keeps shrinking until the block fits. So a
200-character unbroken string fits on every card, as several hyphenated lines at the smallest
sizes, and ordinary text is never cut mid-word. If even the smallest size cannot hold the text
(longer texts than the 200 characters a pull quote allows), the text is cut at a word boundary and
ends with "…", so that nothing is ever drawn outside the box.
"""

import functools
import unicodedata
from dataclasses import dataclass, field, replace
from itertools import accumulate
from pathlib import Path

from PIL import Image, ImageFont, features

FONTS_DIR = Path(__file__).resolve().parent / "fonts"
SERIF = "EBGaramond12-Regular.otf"
SANS = "Inter-Regular.otf"
SANS_BOLD = "Inter-Bold.otf"

HYPHEN = "-"
ELLIPSIS = "…"
# Widths are estimated at this size and scaled: advances are proportional to the size, but for
# hinting's rounding and kerning, which the exact measure of the chosen lines covers.
_REFERENCE_SIZE = 100
# Estimates are inflated by this much, so that the exact measure seldom rejects the chosen size
# (each rejection costs a measure of every line); the price is text at most 2 % smaller.
_ESTIMATE_MARGIN = 1.02
# Characters that belong to the character before them: a word is never broken in front of one.
_JOINERS = {"\u200d", "\u200c", "\u034f"}


@functools.cache
def layout_engine() -> ImageFont.Layout:
    """RAQM (HarfBuzz shaping, FriBiDi reordering) when Pillow has it: ligatures, kerning and
    right-to-left text; Pillow's basic layout otherwise, which draws the same glyphs unshaped."""
    return ImageFont.Layout.RAQM if features.check("raqm") else ImageFont.Layout.BASIC


@functools.lru_cache(maxsize=256)
def font(name: str, size: int) -> ImageFont.FreeTypeFont:
    """One of the shipped fonts (see fonts/README.md) at a size in pixels, loaded once."""
    return ImageFont.truetype(str(FONTS_DIR / name), size, layout_engine=layout_engine())


@functools.lru_cache(maxsize=8192)
def _reference_advance(name: str, char: str) -> float:
    return font(name, _REFERENCE_SIZE).getlength(char)


@functools.lru_cache(maxsize=8192)
def _reference_width(name: str, text: str) -> float:
    # Cached per word too: the size search measures the same words at every size it tries.
    return sum(_reference_advance(name, char) for char in text)


def estimated_width(name: str, text: str, size: int) -> float:
    """The width of `text` at `size`, from cached per-character advances (kerning ignored)."""
    return _reference_width(name, text) * size * _ESTIMATE_MARGIN / _REFERENCE_SIZE


@dataclass(frozen=True)
class TextStyle:
    """How a block is set: its font; its largest size; the smallest size at which words are still
    kept whole (below it, a word wider than the line is hyphenated); the smallest size of all; the
    distance between baselines as a multiple of the size; and the most lines it may take."""

    font_name: str
    max_size: int
    legible_size: int
    min_size: int
    line_spacing: float = 1.2
    max_lines: int | None = None


@dataclass(frozen=True)
class FittedLine:
    """A line of a fitted block: its text, its baseline's distance from the block's top, its ink
    box (left, top, right, bottom) relative to the start of its baseline, and its glyphs drawn
    into a mask of that box's size (what `ImageDraw.text` would draw)."""

    text: str
    baseline: int
    ink: tuple[int, int, int, int]
    mask: Image.Image = field(compare=False, repr=False)

    @property
    def ink_width(self) -> int:
        """The width the line needs: its ink, and at least its start (a glyph may overhang it)."""
        left, _top, right, _bottom = self.ink
        return max(right, 0) - min(left, 0)


@dataclass(frozen=True)
class FittedText:
    """A block of text set to fit a box: its lines, font and height in pixels."""

    lines: tuple[FittedLine, ...]
    font: ImageFont.FreeTypeFont
    height: int
    truncated: bool = False

    @property
    def text(self) -> str:
        return "\n".join(line.text for line in self.lines)


def _break_positions(word: str) -> list[int]:
    """Where a word may be cut: between two characters, never before a combining accent or a
    joiner, nor after a joiner (so "é" written as e + U+0301, or an emoji sequence, stays whole)."""
    return [
        index
        for index in range(1, len(word))
        if not unicodedata.combining(word[index])
        and word[index] not in _JOINERS
        and word[index - 1] not in _JOINERS
        and not 0xFE00 <= ord(word[index]) <= 0xFE0F  # variation selectors
    ]


def hyphenate(word: str, name: str, size: int, width: float) -> list[str]:
    """Cuts a word too wide for a line into pieces that fit, each but the last ending with a
    hyphen. A piece holds at least one character, even one wider than the line: the exact
    measure then rejects the size and a smaller one is tried."""
    scale = size * _ESTIMATE_MARGIN / _REFERENCE_SIZE
    hyphen = estimated_width(name, HYPHEN, size)
    pieces = []
    while estimated_width(name, word, size) > width:
        positions = _break_positions(word)
        if not positions:
            break
        prefix_widths = list(accumulate(_reference_advance(name, char) * scale for char in word))
        fitting = [p for p in positions if prefix_widths[p - 1] + hyphen <= width]
        cut = fitting[-1] if fitting else positions[0]
        pieces.append(word[:cut] + HYPHEN)
        word = word[cut:]
    return [*pieces, word]


def wrap(text: str, name: str, size: int, width: float, break_words: bool) -> list[str] | None:
    """Greedy line filling by estimated widths; None when a word is wider than the line and
    `break_words` is off."""
    space = estimated_width(name, " ", size)
    lines: list[str] = []
    line, line_width = "", 0.0
    for word in text.split(" "):
        if not word:
            continue
        word_width = estimated_width(name, word, size)
        if line and line_width + space + word_width <= width:
            line, line_width = f"{line} {word}", line_width + space + word_width
            continue
        if line:
            lines.append(line)
        if word_width > width:
            if not break_words:
                return None
            *whole_lines, word = hyphenate(word, name, size, width)
            lines.extend(whole_lines)
            word_width = estimated_width(name, word, size)
        line, line_width = word, word_width
    if line:
        lines.append(line)
    return lines


@functools.cache
def _extent_ratios(name: str) -> tuple[float, float]:
    """How far above and below the baseline a line of the font reaches, per pixel of size: the
    font's ascent and descent, or the ink of accented capitals and descenders where it reaches
    further (so the estimate of a block's height is seldom short)."""
    reference = font(name, _REFERENCE_SIZE)
    ascent, descent = reference.getmetrics()
    _left, top, _right, bottom = reference.getbbox("ÀÉÎÕÇÅjgpqy(|)", anchor="ls")
    return max(ascent, -top) / _REFERENCE_SIZE, max(descent, bottom) / _REFERENCE_SIZE


def block_height(line_count: int, style: TextStyle, size: int) -> float:
    """The estimated height of `line_count` lines at `size`, accents and descenders included."""
    above, below = _extent_ratios(style.font_name)
    return (above + below) * size + (line_count - 1) * round(size * style.line_spacing)


def _estimated_lines(
    text: str, style: TextStyle, size: int, width: int, height: int
) -> list[str] | None:
    """The lines at `size` if, by the estimates, they fit the box; else None."""
    lines = wrap(text, style.font_name, size, width, break_words=size <= style.legible_size)
    if lines is None or (style.max_lines and len(lines) > style.max_lines):
        return None
    return lines if block_height(len(lines), style, size) <= height else None


def _largest_estimated_size(text: str, style: TextStyle, width: int, height: int) -> int:
    """Binary search for the largest size whose estimated lines fit (the smallest size if none)."""
    low, high, best = style.min_size, style.max_size, style.min_size
    while low <= high:
        middle = (low + high) // 2
        if _estimated_lines(text, style, middle, width, height) is not None:
            best, low = middle, middle + 1
        else:
            high = middle - 1
    return best


def line_mask(
    face: ImageFont.FreeTypeFont, text: str
) -> tuple[Image.Image, tuple[int, int, int, int]]:
    """The line's glyphs drawn as `ImageDraw.text` draws them (an "L" mask, baseline start at the
    origin), and the mask's box relative to that origin: the line's exact ink."""
    core, (left, top) = face.getmask2(text, "L", anchor="ls")
    mask = Image.Image()._new(core)  # Pillow has no public wrapper for the mask it returns
    return mask, (left, top, left + mask.width, top + mask.height)


def set_lines(lines: list[str], style: TextStyle, size: int) -> FittedText:
    """Draws the lines, measures their ink and places their baselines, the block's top edge at 0
    (moved down if a glyph's ink rises above the font's ascent)."""
    face = font(style.font_name, size)
    ascent, descent = face.getmetrics()
    leading = round(size * style.line_spacing)
    drawn = [line_mask(face, line) for line in lines]
    baselines = [ascent + index * leading for index in range(len(lines))]
    placed = [(baseline, ink) for baseline, (_mask, ink) in zip(baselines, drawn, strict=True)]
    overshoot = max(0, *(-(baseline + ink[1]) for baseline, ink in placed))
    bottom = max(baselines[-1] + descent, *(baseline + ink[3] for baseline, ink in placed))
    fitted = tuple(
        FittedLine(text, baseline + overshoot, ink, mask)
        for text, baseline, (mask, ink) in zip(lines, baselines, drawn, strict=True)
    )
    return FittedText(fitted, face, bottom + overshoot)


def _fits(block: FittedText, width: int, height: int) -> bool:
    return block.height <= height and all(line.ink_width <= width for line in block.lines)


def fit_text(text: str, style: TextStyle, width: int, height: int) -> FittedText | None:
    """Sets `text` at the largest size of `style` at which it fits `width` × `height` (pixels).
    None for empty text."""
    text = text.strip()
    if not text:
        return None
    size = _largest_estimated_size(text, style, width, height)
    while size >= style.min_size:
        lines = _estimated_lines(text, style, size, width, height)
        if lines is not None:
            block = set_lines(lines, style, size)
            if _fits(block, width, height):
                return block
        size -= 1
    return _truncated(text, style, width, height)


def _truncated(text: str, style: TextStyle, width: int, height: int) -> FittedText | None:
    """The smallest size, with as many whole words as fit, then "…" (a guard for texts longer
    than a card can hold; never reached by a pull quote)."""
    size = style.min_size
    lines = wrap(text, style.font_name, size, width, break_words=True) or []
    lines = _fitting_prefix(lines, style, size, height)
    while lines:
        ended = [*lines[:-1], lines[-1].rstrip(HYPHEN) + ELLIPSIS]
        block = set_lines(ended, style, size)
        if _fits(block, width, height):
            return replace(block, truncated=True)
        words = lines[-1].split(" ")
        if len(words) > 1:
            lines[-1] = " ".join(words[:-1])
        else:
            lines.pop()
    return None


def _fitting_prefix(lines: list[str], style: TextStyle, size: int, height: int) -> list[str]:
    limit = style.max_lines or len(lines)
    count = min(len(lines), limit)
    while count > 1 and block_height(count, style, size) > height:
        count -= 1
    return lines[:count]


def base_direction(text: str) -> str:
    """ "rtl" when the first letter with a strong direction is Arabic or Hebrew, else "ltr": the
    side a block is aligned to."""
    for char in text:
        direction = unicodedata.bidirectional(char)
        if direction in ("R", "AL"):
            return "rtl"
        if direction == "L":
            return "ltr"
    return "ltr"
