"""What a story page shows besides the story itself."""

from stories import queries
from stories.models import StoryPage

RENDITIONS = queries.STORY_PHOTO_RENDITIONS + queries.PORTRAIT_RENDITIONS + queries.CARD_RENDITIONS


def story_context(story: StoryPage) -> dict:
    queries.load_story_relations(story)
    surroundings = queries.story_surroundings(story, queries.live_stories(story.locale_id))
    portrait = story.contributor.photo if story.contributor else None
    cards = [related.image for related in surroundings["related_stories"]]
    queries.prefetch_renditions([story.image, portrait, *cards], RENDITIONS)
    return surroundings
