"""Share cards: a story's pull quote, contributor, decade and the campaign hashtag as a JPEG picture
in the brand's colours, in the sizes the networks show.

`render_card(story, card_format)` is the whole job: `card_content` reads what the card shows from
the story and the campaign settings (reading only: no request, no write), `draw_card` draws it
(pure: content in, Pillow image out), and the image is encoded as JPEG. The layout is in
card_layout.py, text fitting in card_text.py, the photo's crop in card_photo.py.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from enum import StrEnum

from django.utils import translation
from PIL import Image, ImageDraw

from sharing.card_layout import CardLayout, layout_card
from sharing.card_photo import FocalBox, cover_photo, darken, focal_box, open_picture
from sharing.models import (
    DEFAULT_ACCENT_COLOUR,
    DEFAULT_BACKGROUND_COLOUR,
    DEFAULT_HASHTAG,
    DEFAULT_PRIMARY_COLOUR,
    CampaignSettings,
)
from sharing.validators import hex_to_rgb
from stories.dates import decade_label
from stories.models import StoryPage

JPEG_QUALITY = 88
QUOTE_MAX_LENGTH = 200  # StoryPage.pull_quote's limit; a teaser standing in for it is cut to it


class CardFormat(StrEnum):
    """The card sizes: landscape for link previews (Open Graph, X, LinkedIn, Facebook), square
    for feeds, vertical for stories."""

    LANDSCAPE = "landscape"
    SQUARE = "square"
    VERTICAL = "vertical"

    @property
    def size(self) -> tuple[int, int]:
        return _SIZES[self]


_SIZES = {
    CardFormat.LANDSCAPE: (1200, 630),
    CardFormat.SQUARE: (1080, 1080),
    CardFormat.VERTICAL: (1080, 1920),
}

RGB = tuple[int, int, int]


@dataclass(frozen=True)
class BrandColours:
    """The campaign's colours as RGB: the quote and name on a plain card (primary), the hashtag and
    the rule (accent), and a plain card's background."""

    primary: RGB = hex_to_rgb(DEFAULT_PRIMARY_COLOUR)
    accent: RGB = hex_to_rgb(DEFAULT_ACCENT_COLOUR)
    background: RGB = hex_to_rgb(DEFAULT_BACKGROUND_COLOUR)

    @classmethod
    def of(cls, campaign: CampaignSettings) -> BrandColours:
        return cls(
            hex_to_rgb(campaign.primary_colour),
            hex_to_rgb(campaign.accent_colour),
            hex_to_rgb(campaign.background_colour),
        )


@dataclass(frozen=True)
class CardContent:
    """What a card shows, read from a story and its campaign: nothing here touches the database.

    `quote` is the text as written; the card adds the language's quotation marks and typography.
    `focal_point` is a box (left, top, width, height) in `photo`'s pixels."""

    quote: str
    language: str = "fr"
    contributor_name: str = ""
    relation_label: str = ""
    decade_label: str = ""
    photo: Image.Image | None = None
    focal_point: FocalBox | None = None
    hashtag: str = DEFAULT_HASHTAG
    logo: Image.Image | None = None
    colours: BrandColours = BrandColours()


def campaign_for(story: StoryPage) -> CampaignSettings:
    """The campaign settings of the story's site, or unsaved defaults when the site has none yet
    (Wagtail's `for_site` would create them: a card never writes)."""
    site = story.get_site()
    campaign = CampaignSettings.base_queryset().filter(site=site).first() if site else None
    return campaign or CampaignSettings(site=site)


def _shortened(text: str, limit: int = QUOTE_MAX_LENGTH) -> str:
    """The text cut at a word boundary to at most `limit` characters, "…" marking the cut."""
    text = text.strip()
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0] if " " in text[: limit - 1] else text[: limit - 1]
    return cut.rstrip(" ,;:") + "…"


def card_content(
    story: StoryPage, campaign: CampaignSettings, *, cover: CardFormat | None = None
) -> CardContent:
    """What the card of `story` shows: its pull quote (its teaser when it has none), contributor,
    decade in the story's language, photo and focal point, the campaign's hashtag, logo and
    colours. With `cover`, the photo is decoded only as large as that format needs."""
    language = story.locale.language_code
    contributor = story.contributor
    with translation.override(language):
        relation = str(contributor.get_relation_display()) if contributor else ""
        decade = decade_label(story.decade) if story.decade is not None else ""
    photo = focal = None
    if story.image is not None:
        photo = open_picture(story.image, cover.size if cover else None)
        focal = focal_box(story.image, photo) if photo is not None else None
    logo = open_picture(campaign.logo) if campaign.logo is not None else None
    return CardContent(
        quote=_shortened(story.pull_quote or story.teaser),
        language=language,
        contributor_name=contributor.name if contributor else "",
        relation_label=relation,
        decade_label=decade,
        photo=photo,
        focal_point=focal,
        hashtag=campaign.hashtag,
        logo=logo,
        colours=BrandColours.of(campaign),
    )


def _background(content: CardContent, card_format: CardFormat, layout: CardLayout) -> Image.Image:
    if content.photo is None:
        return Image.new("RGB", card_format.size, layout.background)
    photo = cover_photo(content.photo, card_format.size, content.focal_point)
    darken(photo, layout.shade_top)
    return photo


def draw_card(content: CardContent, card_format: CardFormat) -> Image.Image:
    """The card as an RGB Pillow image: the photo (or the brand's background), the accent rule,
    every text line where `layout_card` placed it, and the logo."""
    layout = layout_card(content, card_format)
    card = _background(content, card_format, layout)
    draw = ImageDraw.Draw(card)
    if layout.rule is not None:
        left, top, right, bottom = layout.rule
        draw.rectangle((left, top, right - 1, bottom - 1), fill=layout.rule_colour)  # inclusive
    for text in layout.texts:
        for line in text.lines:
            # The glyphs were drawn into the line's mask when its fit was checked: blending the
            # text's colour through it gives what ImageDraw.text would, without drawing them
            # again. Pasting a picture of that colour blends the same pixels as pasting the
            # colour itself, three times faster.
            colour = Image.new("RGB", line.mask.size, text.colour)
            card.paste(colour, line.ink, line.mask)
    box = layout.logo_box
    if content.logo is not None and box is not None:
        logo = content.logo.resize((box.width, box.height), Image.Resampling.LANCZOS)
        card.paste(logo, box[:2], logo if logo.mode == "RGBA" else None)
    return card


def encode_jpeg(card: Image.Image) -> bytes:
    """Baseline JPEG at quality 88: sharp enough for text, and the networks re-encode anyway."""
    buffer = io.BytesIO()
    card.save(buffer, "JPEG", quality=JPEG_QUALITY)
    return buffer.getvalue()


def render_card(story: StoryPage, card_format: CardFormat) -> bytes:
    """The story's share card in `card_format`, as JPEG bytes."""
    content = card_content(story, campaign_for(story), cover=card_format)
    return encode_jpeg(draw_card(content, card_format))
