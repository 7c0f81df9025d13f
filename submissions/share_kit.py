"""The share kit sent with the "your story is live" e-mail to a contributor who agreed that their
story be shared on social networks: the square card as a JPEG attachment and the ready-to-post
texts for each network, in the story's language, with their tracked links.

The card is normally drawn by sharing's own task after the publication; the e-mail may leave
first, so a missing card is drawn here (we run in a background task, never in a request). A card
that cannot be drawn or read costs the attachment, never the e-mail.
"""

import logging

from django.core.mail.message import EmailAttachment
from django.db import transaction
from django.utils.text import slugify
from django.utils.translation import pgettext

from sharing import card_files
from sharing.cards import CardFormat, campaign_for
from sharing.links import story_link
from sharing.models import Network, StoryCard
from sharing.texts import ready_to_post_text, text_sources
from stories.models import StoryPage
from submissions.models import Submission

logger = logging.getLogger(__name__)

# The networks of the kit, in the order the e-mail lists them.
KIT_NETWORKS = (Network.X, Network.LINKEDIN, Network.FACEBOOK, Network.BLUESKY)
SOCIAL_SHARING = "social_sharing"


def ready_to_post_texts(story: StoryPage) -> dict[Network, str]:
    """The text to post on each network of the kit, each with its own UTM-tagged link."""
    campaign = campaign_for(story)
    sources = text_sources(story, campaign, KIT_NETWORKS)
    return {
        network: ready_to_post_text(
            story, network, story_link(story, network, campaign, None), campaign, sources
        )
        for network in KIT_NETWORKS
    }


def _stored_square_card(story: StoryPage) -> StoryCard | None:
    card = StoryCard.objects.filter(story=story, format=CardFormat.SQUARE).first()
    if card and card.file and card.file.storage.exists(card.file.name):
        return card
    return None


def square_card_jpeg(story: StoryPage) -> bytes | None:
    """The story's square card, drawn now if sharing's task has not drawn it yet; None (logged)
    when it cannot be drawn or read."""
    try:
        card = _stored_square_card(story)
        if card is None:
            with transaction.atomic():
                card_files.draw_cards(story)
            card = _stored_square_card(story)
        if card is None:
            logger.warning("No square card for story %s after drawing it", story.pk)
            return None
        with card.file.open("rb") as jpeg:
            return jpeg.read()
    except Exception:  # drawing or storage: the e-mail leaves without its picture
        logger.warning("Square card of story %s not attached", story.pk, exc_info=True)
        return None


def card_file_name(story: StoryPage) -> str:
    """The attachment's name, after the story's slug and in the contributor's language (the one
    active): "<slug>-carre.jpg", "<slug>-square.jpg"."""
    square = slugify(pgettext("file name of the square share card", "square")) or "square"
    return f"{story.slug}-{square}.jpg"


def share_kit(submission: Submission) -> tuple[dict[Network, str], EmailAttachment | None]:
    """The texts and the card attachment for the contributor of `submission`; nothing without
    their consent to social sharing or without a story page."""
    story = submission.page
    if story is None or not submission.consents.get(SOCIAL_SHARING):
        return {}, None
    jpeg = square_card_jpeg(story)
    attachment = EmailAttachment(card_file_name(story), jpeg, "image/jpeg") if jpeg else None
    return ready_to_post_texts(story), attachment
