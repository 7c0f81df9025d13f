"""Where everything goes on a share card, computed before anything is drawn.

Every text block is fitted (sharing/card_text.py) inside the format's *safe box*: the card less
margins that keep text clear of the edges and of what the networks lay over a picture (Instagram
and Facebook stories cover about the top 250 and bottom 340 pixels of a 1080×1920 picture with
their own buttons). From the bottom of the safe box up: the hashtag with the logo at its right, the
contributor's relation and decade, their name, then the quote in the space left, under a short
accent rule. The layout holds each line's ink box, so that tests can check what the drawing
does: nothing outside the safe box.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, NamedTuple

from PIL import Image, ImageFont

from sharing.card_text import (
    SANS,
    SANS_BOLD,
    SERIF,
    FittedText,
    TextStyle,
    base_direction,
    block_height,
    fit_text,
)
from sharing.typography import display_quote, typography

if TYPE_CHECKING:
    from sharing.cards import CardContent, CardFormat

RGB = tuple[int, int, int]
WHITE: RGB = (255, 255, 255)
BLACK: RGB = (0, 0, 0)
# Relation and decade are a touch dimmer than the name on a photo.
PHOTO_DETAILS: RGB = (232, 232, 232)
# What the dark gradient leaves of a white photo under the hashtag, near the bottom of every format
# (card_photo.py): the hashtag's colour is checked for contrast against it.
PHOTO_BACKDROP: RGB = (50, 50, 50)


class Box(NamedTuple):
    left: int
    top: int
    right: int
    bottom: int

    @property
    def width(self) -> int:
        return self.right - self.left

    @property
    def height(self) -> int:
        return self.bottom - self.top

    def contains(self, other: Box) -> bool:
        return (
            self.left <= other.left
            and self.top <= other.top
            and other.right <= self.right
            and other.bottom <= self.bottom
        )


@dataclass(frozen=True)
class CardStyle:
    """A format's proportions: safe margins (left, top, right, bottom), the text styles, the
    logo's height and widest width, the space between blocks and the accent rule's size."""

    margins: tuple[int, int, int, int]
    quote: TextStyle
    name: TextStyle
    details: TextStyle
    hashtag: TextStyle
    logo_height: int
    logo_max_width: int
    gap: int
    rule: tuple[int, int]


def _quote_style(largest: int, legible: int, smallest: int) -> TextStyle:
    return TextStyle(SERIF, largest, legible, smallest, line_spacing=1.2)


def _name_style(largest: int, legible: int, smallest: int) -> TextStyle:
    return TextStyle(SANS_BOLD, largest, legible, smallest, line_spacing=1.15, max_lines=2)


def _details_style(largest: int, legible: int, smallest: int) -> TextStyle:
    return TextStyle(SANS, largest, legible, smallest, line_spacing=1.15, max_lines=2)


def _hashtag_style(largest: int, legible: int, smallest: int) -> TextStyle:
    return TextStyle(SANS_BOLD, largest, legible, smallest, line_spacing=1.1, max_lines=1)


# Text sizes are (largest, smallest legible, floor) in pixels; see card_text.TextStyle.
CARD_STYLES: dict[str, CardStyle] = {
    "landscape": CardStyle(
        margins=(64, 56, 64, 56),
        quote=_quote_style(76, 26, 12),
        name=_name_style(28, 20, 11),
        details=_details_style(22, 16, 10),
        hashtag=_hashtag_style(26, 18, 10),
        logo_height=52,
        logo_max_width=220,
        gap=18,
        rule=(64, 5),
    ),
    "square": CardStyle(
        margins=(80, 80, 80, 80),
        quote=_quote_style(100, 32, 14),
        name=_name_style(36, 24, 12),
        details=_details_style(28, 20, 11),
        hashtag=_hashtag_style(32, 22, 11),
        logo_height=72,
        logo_max_width=260,
        gap=26,
        rule=(80, 6),
    ),
    "vertical": CardStyle(
        margins=(90, 250, 90, 340),
        quote=_quote_style(112, 36, 14),
        name=_name_style(42, 28, 14),
        details=_details_style(32, 22, 12),
        hashtag=_hashtag_style(38, 24, 12),
        logo_height=84,
        logo_max_width=300,
        gap=34,
        rule=(96, 7),
    ),
}


@dataclass(frozen=True)
class PlacedLine:
    """A line where it is drawn: `origin` is the start of its baseline (Pillow's "ls" anchor),
    `ink` its box on the card, and `mask` its glyphs, to be filled in the text's colour there."""

    text: str
    origin: tuple[int, int]
    ink: Box
    mask: Image.Image = field(compare=False, repr=False)


@dataclass(frozen=True)
class PlacedText:
    role: str
    font: ImageFont.FreeTypeFont
    colour: RGB
    lines: tuple[PlacedLine, ...]


@dataclass
class CardLayout:
    size: tuple[int, int]
    safe_box: Box
    background: RGB
    texts: list[PlacedText] = field(default_factory=list)
    rule: Box | None = None
    rule_colour: RGB = BLACK
    logo_box: Box | None = None
    gap: int = 0

    def text(self, role: str) -> PlacedText | None:
        return next((text for text in self.texts if text.role == role), None)

    @property
    def text_top(self) -> int:
        """The top of the highest text or rule: where a photo must be dark enough for it."""
        tops = [line.ink.top for text in self.texts for line in text.lines]
        if self.rule is not None:
            tops.append(self.rule.top)
        return min(tops, default=self.safe_box.top)

    @property
    def shade_top(self) -> int:
        """Where a photo's shade reaches its full strength: a gap above the text."""
        return self.text_top - self.gap


def contrast_ratio(first: RGB, second: RGB) -> float:
    """WCAG 2 contrast ratio between two colours (1 to 21)."""

    def luminance(colour: RGB) -> float:
        channels = [value / 255 for value in colour]
        linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    lighter, darker = sorted((luminance(first), luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def readable(preferred: RGB, background: RGB, minimum: float) -> RGB:
    """The preferred colour if it contrasts enough with the background, else black or white."""
    if contrast_ratio(preferred, background) >= minimum:
        return preferred
    return max((BLACK, WHITE), key=lambda colour: contrast_ratio(colour, background))


def _place(block: FittedText, role: str, colour: RGB, area: Box, top: int) -> PlacedText:
    """Positions a fitted block with its top edge at `top`, aligned to the left of `area` (to the
    right for right-to-left text), each line's ink kept inside the area."""
    rtl = base_direction(block.text) == "rtl"
    lines = []
    for line in block.lines:
        left, ink_top, right, ink_bottom = line.ink
        x = area.right - max(right, 0) if rtl else area.left - min(left, 0)
        y = top + line.baseline
        lines.append(
            PlacedLine(
                line.text,
                (x, y),
                Box(x + left, y + ink_top, x + right, y + ink_bottom),
                line.mask,
            )
        )
    return PlacedText(role, block.font, colour, tuple(lines))


def logo_size(logo: Image.Image, style: CardStyle) -> tuple[int, int]:
    """The logo scaled to the format's logo height, narrower if it would be too wide."""
    scale = min(style.logo_height / logo.height, style.logo_max_width / logo.width)
    return max(1, round(logo.width * scale)), max(1, round(logo.height * scale))


@dataclass(frozen=True)
class Palette:
    """The colours of a card's texts: white on a photo, the brand's on its background, each
    replaced by black or white where it would not contrast enough (WCAG: 4.5:1, 3:1 for the
    large, bold hashtag)."""

    text: RGB
    details: RGB
    hashtag: RGB

    @classmethod
    def for_content(cls, content: CardContent) -> Palette:
        colours = content.colours
        if content.photo is not None:
            return cls(WHITE, PHOTO_DETAILS, readable(colours.accent, PHOTO_BACKDROP, 3.0))
        text = readable(colours.primary, colours.background, 4.5)
        return cls(text, text, readable(colours.accent, colours.background, 3.0))


def _footer(content: CardContent, style: CardStyle, layout: CardLayout, colour: RGB) -> int:
    """The hashtag and the logo along the bottom of the safe box; returns the row's top."""
    safe = layout.safe_box
    top, hashtag_right = safe.bottom, safe.right
    if content.logo is not None:
        width, height = logo_size(content.logo, style)
        layout.logo_box = Box(safe.right - width, safe.bottom - height, safe.right, safe.bottom)
        top, hashtag_right = layout.logo_box.top, layout.logo_box.left - style.gap
    row_height = round(block_height(1, style.hashtag, style.hashtag.max_size))
    block = fit_text(content.hashtag, style.hashtag, hashtag_right - safe.left, row_height)
    if block is not None:
        area = Box(safe.left, safe.bottom - block.height, hashtag_right, safe.bottom)
        layout.texts.append(_place(block, "hashtag", colour, area, area.top))
        top = min(top, area.top)
    return top


def _stack_above(
    layout: CardLayout, role: str, text: str, style: TextStyle, bottom: int, colour: RGB
) -> int:
    """Fits a block of at most its style's lines, its bottom edge at `bottom`, across the safe
    box; returns its top (`bottom` itself when there is no text)."""
    safe = layout.safe_box
    tallest = round(block_height(style.max_lines or 1, style, style.max_size))
    block = fit_text(text, style, safe.width, min(tallest, bottom - safe.top))
    if block is None:
        return bottom
    layout.texts.append(_place(block, role, colour, safe, bottom - block.height))
    return bottom - block.height


def _quote(content: CardContent, style: CardStyle, area: Box, layout: CardLayout, colour: RGB):
    """The quote under the accent rule, in the space the attribution leaves: at the bottom of it
    over a photo (where the gradient is darkest), centred on a plain background."""
    if not content.quote.strip():
        return
    rule_width, rule_height = style.rule
    text_top = area.top + rule_height + style.gap
    quote = display_quote(content.quote, content.language)
    block = fit_text(quote, style.quote, area.width, area.bottom - text_top)
    if block is None:
        return
    if content.photo is not None:
        top = area.bottom - block.height
    else:
        top = text_top + (area.bottom - text_top - block.height) // 2
    layout.texts.append(_place(block, "quote", colour, area, top))
    rule_left = area.right - rule_width if base_direction(quote) == "rtl" else area.left
    rule_top = top - style.gap - rule_height
    layout.rule = Box(rule_left, rule_top, rule_left + rule_width, rule_top + rule_height)


def layout_card(content: CardContent, card_format: CardFormat) -> CardLayout:
    """Where each line, the rule and the logo go on a card of `card_format`, from the bottom of
    the safe box up."""
    style = CARD_STYLES[card_format.value]
    width, height = card_format.size
    left, top, right, bottom = style.margins
    safe = Box(left, top, width - right, height - bottom)
    layout = CardLayout(card_format.size, safe, content.colours.background)
    layout.rule_colour = content.colours.accent
    layout.gap = style.gap
    palette = Palette.for_content(content)
    language = content.language

    edge = _footer(content, style, layout, palette.hashtag) - style.gap
    details = " · ".join(part for part in (content.relation_label, content.decade_label) if part)
    details = typography(details, language)
    edge = _stack_above(layout, "details", details, style.details, edge, palette.details)
    name = typography(content.contributor_name, language)
    edge = _stack_above(layout, "name", name, style.name, edge - style.gap // 3, palette.text)
    quote_area = Box(safe.left, safe.top, safe.right, edge - style.gap)
    _quote(content, style, quote_area, layout, palette.text)
    return layout
