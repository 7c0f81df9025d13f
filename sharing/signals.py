"""What makes cards be drawn again: a story published, its contributor renamed, the campaign's
hashtag, colours or logo changed. The drawing waits for the commit and runs as a task."""

from django.db import transaction
from django.db.models.signals import post_save
from wagtail.signals import page_published

from sharing.models import CampaignSettings
from sharing.tasks import draw_every_story_card, draw_story_cards
from stories.models import Contributor, StoryPage


def story_published(sender, instance: StoryPage, **kwargs) -> None:
    story_id = instance.pk
    transaction.on_commit(lambda: draw_story_cards.enqueue(story_id))


def contributor_saved(sender, instance: Contributor, created: bool, raw=False, **kwargs) -> None:
    if created or raw:
        return
    story_ids = list(
        StoryPage.objects.live().filter(contributor=instance).values_list("pk", flat=True)
    )
    for story_id in story_ids:
        transaction.on_commit(lambda story_id=story_id: draw_story_cards.enqueue(story_id))


def campaign_saved(sender, instance: CampaignSettings, raw=False, **kwargs) -> None:
    if not raw:
        transaction.on_commit(draw_every_story_card.enqueue)


page_published.connect(story_published, sender=StoryPage, dispatch_uid="sharing_draw_cards")
post_save.connect(contributor_saved, sender=Contributor, dispatch_uid="sharing_contributor_cards")
post_save.connect(campaign_saved, sender=CampaignSettings, dispatch_uid="sharing_campaign_cards")
