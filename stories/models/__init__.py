"""The history itself: pages, contributors, eras and themes."""

from stories.models.contributors import Contributor, Relation
from stories.models.eras import Era
from stories.models.pages import ContributorIndexPage, HomePage, StoryIndexPage, StoryPage
from stories.models.themes import StoryTheme, Theme

__all__ = [
    "Contributor",
    "ContributorIndexPage",
    "Era",
    "HomePage",
    "Relation",
    "StoryIndexPage",
    "StoryPage",
    "StoryTheme",
    "Theme",
]
