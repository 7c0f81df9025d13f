"""The home page: the century at a glance."""

from django.http import HttpRequest
from django.urls import reverse

from stories import dates, queries
from stories.archives import archive_url
from stories.models import HomePage, StoryIndexPage, Theme
from stories.views.listings import themes_in_shown_order

FEATURED_COUNT = 4


def timeline(story_index: StoryIndexPage | None, counts: dict[int, int], theme: Theme | None):
    """Twelve decades with their story counts and links, and each bar's height in percent."""
    largest = max(counts.values(), default=0) or 1
    decades = []
    for decade in dates.century_decades():
        count = counts.get(decade, 0)
        percent = round(100 * count / largest)
        decades.append(
            {
                "decade": decade,
                "label": dates.decade_label(decade),
                "short_label": dates.decade_short_label(decade),
                "count": count,
                "percent": percent,
                "bar_offset": 100 - percent,
                "url": _decade_url(story_index, decade, theme),
            }
        )
    return decades


def _decade_url(story_index: StoryIndexPage | None, decade: int, theme: Theme | None) -> str:
    if story_index is None:
        return ""
    if theme is None:
        return archive_url(story_index, "decade", dates.decade_slug(decade))
    return f"{story_index.url}?decade={decade}&theme={theme.slug}"


def home_context(home: HomePage, request: HttpRequest) -> dict:
    story_index = StoryIndexPage.objects.child_of(home).live().first()
    theme = queries.StoryFilters.from_query(request.GET, home.locale_id).theme
    all_stories = queries.live_stories(home.locale_id)
    stories = queries.filtered_stories(all_stories, queries.StoryFilters(theme=theme))
    featured = queries.for_cards(all_stories.filter(featured=True))
    return {
        "story_index": story_index,
        "selected_theme": theme,
        "timeline": timeline(story_index, queries.decade_counts(stories), theme),
        "featured_stories": list(featured.order_by("sort_year")[:FEATURED_COUNT]),
        "themes": themes_in_shown_order(queries.theme_counts(all_stories), most_used_first=True),
        "eras": queries.era_counts(all_stories, home.locale_id),
        "search_url": reverse("search"),
    }
