"""Facet counts of a listing: for each filter, how many stories each of its values would show
given the other filters in force."""

from collections import Counter
from dataclasses import dataclass
from urllib.parse import urlencode

from django.db.models import Count
from wagtail.models import PageQuerySet

from stories import queries
from stories.cache import cached_counts
from stories.models import Era, Theme

# Filters held by the story row itself: one grouped query counts all of them.
ROW_FACETS = ("decade", "era", "relation", "video")


@dataclass
class FacetCounts:
    rows: dict[str, Counter]
    themes: list[Theme]
    eras: list[Era]


def facet_counts(
    stories: PageQuerySet, locale_id: int, filters: queries.StoryFilters
) -> FacetCounts:
    """Every facet's counts among the live stories of the locale (``stories``), kept until the
    stories change (stories.cache.cached_counts): at 10,000 stories they are most of a listing's
    time."""

    def count() -> FacetCounts:
        rows = row_facet_counts(stories, filters)
        return FacetCounts(rows, theme_facet(stories, filters), era_facet(rows["era"], locale_id))

    return cached_counts("facets", [locale_id, urlencode(filters.as_query())], count)


def row_facet_counts(stories: PageQuerySet, filters: queries.StoryFilters) -> dict[str, Counter]:
    """Counts per decade, era, relation and having a video, and the total, from one query grouped
    by all of them.

    Each facet counts the rows that match the other row filters (its own is left out)."""
    base = queries.filtered_stories(stories, filters.without(*ROW_FACETS))
    rows = (
        base.order_by()
        .values_list("decade", "era", "contributor__relation", "has_video")
        .annotate(n=Count("pk"))
    )
    wanted = {"decade": filters.decade, "era": filters.era and filters.era.pk}
    wanted.update(relation=filters.relation, video=filters.video)
    counts = {name: Counter() for name in (*ROW_FACETS, "total")}
    for decade, era, relation, has_video, number in rows:
        values = {"decade": decade, "era": era, "relation": relation, "video": has_video}
        for facet in ROW_FACETS:
            others_match = all(
                wanted[other] in (None, values[other]) for other in ROW_FACETS if other != facet
            )
            if others_match:
                counts[facet][values[facet]] += number
        if all(wanted[name] in (None, values[name]) for name in ROW_FACETS):
            counts["total"]["all"] += number
    return counts


def theme_facet(stories: PageQuerySet, filters: queries.StoryFilters) -> list[Theme]:
    return queries.theme_counts(queries.filtered_stories(stories, filters.without("theme")))


def era_facet(counts: Counter, locale_id: int) -> list[Era]:
    eras = list(Era.objects.filter(locale_id=locale_id))
    for era in eras:
        era.story_count = counts.get(era.pk, 0)
    return eras
