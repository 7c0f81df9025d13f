"""The history itself: pages, contributors, eras, themes and videos."""

from stories.models.contributors import Contributor, Relation
from stories.models.eras import Era
from stories.models.pages import ContributorIndexPage, HomePage, StoryIndexPage, StoryPage
from stories.models.themes import StoryTheme, Theme
from stories.models.videos import ProcessingState, Video, VideoCaption

__all__ = [
    "Contributor",
    "ContributorIndexPage",
    "Era",
    "HomePage",
    "ProcessingState",
    "Relation",
    "StoryIndexPage",
    "StoryPage",
    "StoryTheme",
    "Theme",
    "Video",
    "VideoCaption",
]
