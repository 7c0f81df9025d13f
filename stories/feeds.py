"""RSS 2.0 feeds: the latest stories, and the latest of a decade, a theme or an era. One feed per
language: each story index (/fr/stories/, /en/stories/) serves its own locale's stories, and the
feed says which language it is in."""

from django.contrib.syndication.views import Feed
from django.http import HttpRequest
from django.utils.feedgenerator import Rss201rev2Feed
from django.utils.translation import gettext as _

from stories import queries
from stories.archives import Archive, archive_url
from stories.models import StoryIndexPage, StoryPage

FEED_LENGTH = 30


class StoryFeed(Feed):
    feed_type = Rss201rev2Feed

    def __init__(self, title: str, link: str, stories, language: str) -> None:
        super().__init__()
        self.feed_title, self.feed_link, self.stories = title, link, stories
        self.language = language

    def title(self) -> str:
        return self.feed_title

    def link(self) -> str:
        return self.feed_link

    def description(self) -> str:
        return _("The latest stories of the centenary.")

    def items(self) -> list[StoryPage]:
        latest = self.stories.select_related("contributor").order_by("-first_published_at", "-pk")
        return list(latest[:FEED_LENGTH])

    def item_title(self, item: StoryPage) -> str:
        return f"{item.title} ({item.date_label})"

    def item_description(self, item: StoryPage) -> str:
        return item.teaser

    def item_link(self, item: StoryPage) -> str:
        return item.url

    def item_author_name(self, item: StoryPage) -> str | None:
        return item.contributor.name if item.contributor else None

    def item_pubdate(self, item: StoryPage):
        return item.first_published_at

    def item_updateddate(self, item: StoryPage):
        return item.last_published_at


def story_feed(index: StoryIndexPage, request: HttpRequest, archive: Archive | None = None):
    """The latest stories of the index, or of one of its archives."""
    filters = archive.filters if archive else queries.StoryFilters()
    stories = queries.filtered_stories(queries.live_stories(index.locale_id), filters)
    title = f"{index.title} — {archive.title}" if archive else index.title
    link = archive_url(index, archive.kind, archive.slug) if archive else index.url
    return StoryFeed(title, link, stories, index.locale.language_code)(request)
