"""Background tasks of sharing: a story's cards are drawn after it is published, and campaign kits
are built after they are asked for, never while a page is served."""

from django.db import transaction
from django.tasks import task

from sharing.card_files import draw_cards
from sharing.kits import build_kit
from stories.cache import purge_page_cache
from stories.models import StoryPage
from stories.tasks import BACKGROUND


@task(backend=BACKGROUND)
def draw_story_cards(story_id: int) -> int:
    """Draws the cards of a live story that are missing or out of date; returns how many."""
    story = (
        StoryPage.objects.live()
        .select_related("contributor", "image", "locale")
        .filter(pk=story_id)
        .first()
    )
    if story is None:
        return 0
    with transaction.atomic():
        drawn = len(draw_cards(story))
    if drawn:
        # Pages cached before the cards existed point to the default card.
        purge_page_cache()
    return drawn


@task(backend=BACKGROUND)
def draw_every_story_card() -> int:
    """After a change of the campaign (hashtag, colours, logo): every live story's cards."""
    story_ids = StoryPage.objects.live().values_list("pk", flat=True)
    return sum(draw_story_cards.call(story_id) for story_id in story_ids)


@task(backend=BACKGROUND)
def build_campaign_kit(kit_id: int) -> str:
    """Builds a campaign kit's ZIP (sharing.kits); returns its final state."""
    return build_kit(kit_id)
