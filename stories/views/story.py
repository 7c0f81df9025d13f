"""What a story page shows besides the story itself."""

from django.db.models import prefetch_related_objects

from stories import queries
from stories.models import StoryPage

RENDITIONS = queries.STORY_PHOTO_RENDITIONS + queries.PORTRAIT_RENDITIONS + queries.CARD_RENDITIONS


def story_context(story: StoryPage) -> dict:
    queries.load_story_relations(story)
    surroundings = queries.story_surroundings(story, queries.live_stories(story.locale_id))
    portrait = story.contributor.photo if story.contributor else None
    cards = [related.image for related in surroundings["related_stories"]]
    queries.prefetch_renditions([story.image, portrait, *cards], RENDITIONS)
    videos = [block.value for block in story.body if block.block_type == "video" and block.value]
    # One query for the captions of all the story's videos, not one per video block.
    prefetch_related_objects(videos, "captions")
    return {**surroundings, "has_video": bool(videos)}
