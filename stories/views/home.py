"""The home page: the century at a glance."""

from django.http import HttpRequest
from django.urls import reverse
from wagtail.models import PageQuerySet

from stories import dates, queries
from stories.archives import archive_url
from stories.cache import cached_counts
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
    featured = queries.for_cards(all_stories.filter(featured=True))
    decades, themes, eras = home_counts(all_stories, home.locale_id, theme)
    return {
        "story_index": story_index,
        "selected_theme": theme,
        "timeline": timeline(story_index, decades, theme),
        "featured_stories": list(featured.order_by("sort_year")[:FEATURED_COUNT]),
        "themes": themes_in_shown_order(themes, most_used_first=True),
        "eras": eras,
        "search_url": reverse("search"),
    }


def home_counts(
    all_stories: PageQuerySet, locale_id: int, theme: Theme | None
) -> tuple[dict[int, int], list, list]:
    """Among the live stories of the locale (``all_stories``): stories per decade (of the theme
    chosen, if any), per theme and per era, kept until the stories change
    (stories.cache.cached_counts)."""

    def count() -> tuple[dict[int, int], list, list]:
        stories = queries.filtered_stories(all_stories, queries.StoryFilters(theme=theme))
        return (
            queries.decade_counts(stories),
            queries.theme_counts(all_stories),
            queries.era_counts(all_stories, locale_id),
        )

    return cached_counts("home", [locale_id, theme.slug if theme else ""], count)
