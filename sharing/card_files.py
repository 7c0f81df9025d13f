"""Drawn cards kept in the default storage, one per story and format, under a name that carries a
hash of what the card shows: a changed card gets a new address, so the networks fetch it again,
and an unchanged one is never drawn twice.

Cards are drawn by a background task (sharing.tasks) when a story is published or what its cards
show changes; a page only ever reads the stored card, or the site's default card until one exists.
"""

import hashlib
import json

from django.core.files.base import ContentFile
from django.db import transaction
from django.templatetags.static import static

from sharing.cards import CardFormat, campaign_for, render_card
from sharing.models import CampaignSettings, StoryCard
from stories.models import StoryPage

# Raised when the drawing itself changes (layout, fonts): every card is then drawn again.
CARD_DESIGN_VERSION = 1
DEFAULT_CARD = "img/share-card.jpg"
DEFAULT_CARD_SIZE = (1200, 630)


def card_inputs(story: StoryPage, campaign: CampaignSettings, card_format: CardFormat) -> dict:
    """Everything a card shows, as plain values read without opening any file."""
    contributor = story.contributor
    image = story.image
    return {
        "design": CARD_DESIGN_VERSION,
        "format": str(card_format),
        "language": story.locale.language_code,
        "quote": story.pull_quote or story.teaser,
        "decade": story.decade,
        "contributor": [contributor.name, contributor.relation] if contributor else None,
        "photo": [
            image.file.name,
            image.focal_point_x,
            image.focal_point_y,
            image.focal_point_width,
            image.focal_point_height,
        ]
        if image
        else None,
        "hashtag": campaign.hashtag,
        "colours": [campaign.primary_colour, campaign.accent_colour, campaign.background_colour],
        "logo": campaign.logo.file.name if campaign.logo else None,
    }


def inputs_hash(inputs: dict) -> str:
    return hashlib.sha256(json.dumps(inputs, sort_keys=True).encode()).hexdigest()


def draw_cards(story: StoryPage) -> list[StoryCard]:
    """Draws the story's cards whose inputs changed (all three the first time); returns the
    cards drawn. The file replaced is deleted once the new one is recorded."""
    campaign = campaign_for(story)
    existing = {card.format: card for card in StoryCard.objects.filter(story=story)}
    drawn = []
    for card_format in CardFormat:
        digest = inputs_hash(card_inputs(story, campaign, card_format))
        card = existing.get(str(card_format)) or StoryCard(story=story, format=str(card_format))
        if card.pk and card.inputs_hash == digest and card.file.storage.exists(card.file.name):
            continue
        card.width, card.height = card_format.size
        drawn.append(_store(card, digest, render_card(story, card_format)))
    return drawn


def _store(card: StoryCard, digest: str, jpeg: bytes) -> StoryCard:
    replaced = card.file.name if card.pk else ""
    card.inputs_hash = digest
    card.file.save(f"{card.format}-{digest[:16]}.jpg", ContentFile(jpeg), save=False)
    try:
        card.save()
    except BaseException:
        card.file.storage.delete(card.file.name)
        raise
    if replaced and replaced != card.file.name:
        storage = card.file.storage
        transaction.on_commit(lambda: storage.delete(replaced))
    return card


def default_card_url() -> str:
    """The site's own card (static), shown until a story's card has been drawn."""
    return static(DEFAULT_CARD)
