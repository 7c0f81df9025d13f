"""What a story page shows besides the story itself."""

from django.db.models import prefetch_related_objects

from stories import queries
from stories.blocks import VIDEO_BLOCK_TYPES
from stories.models import StoryPage

RENDITIONS = queries.STORY_PHOTO_RENDITIONS + queries.PORTRAIT_RENDITIONS + queries.CARD_RENDITIONS
FACADE_POSTER_RENDITIONS = ("fill-480x270-c100", "fill-960x540-c100")


def story_context(story: StoryPage) -> dict:
    queries.load_story_relations(story)
    surroundings = queries.story_surroundings(story, queries.live_stories(story.locale_id))
    portrait = story.contributor.photo if story.contributor else None
    cards = [related.image for related in surroundings["related_stories"]]
    queries.prefetch_renditions([story.image, portrait, *cards], RENDITIONS)
    video_blocks = [block for block in story.body if block.block_type in VIDEO_BLOCK_TYPES]
    videos = [block.value for block in video_blocks if block.block_type == "video" and block.value]
    # One query for the captions of all the story's videos, not one per video block.
    prefetch_related_objects(videos, "captions")
    posters = [block.value.get("poster") for block in video_blocks if block.block_type != "video"]
    queries.prefetch_renditions(posters, FACADE_POSTER_RENDITIONS)
    return {**surroundings, "has_video": bool(video_blocks)}
