"""The stories index and its decade, theme and era archives, with combinable filters."""

import unicodedata
from collections.abc import Iterable
from dataclasses import replace
from urllib.parse import urlencode

from django.http import HttpRequest, HttpResponse
from django.utils.translation import gettext as _

from stories import dates, facets, queries
from stories.archives import KINDS, Archive, archive_url
from stories.models import Relation, StoryIndexPage, Theme
from stories.views.pagination import paginate

STORIES_PER_PAGE = 12


def story_listing(
    index: StoryIndexPage, request: HttpRequest, archive: Archive | None = None
) -> HttpResponse:
    filters = queries.StoryFilters.from_query(request.GET, index.locale_id)
    if archive:
        # An archive's own subject (in its path) wins over the same filter in the query string.
        subject = {name: getattr(archive.filters, name) for name in KINDS}
        filters = replace(filters, **{name: value for name, value in subject.items() if value})
    all_stories = queries.live_stories(index.locale_id)
    counts = facets.facet_counts(all_stories, index.locale_id, filters)
    stories = queries.in_order(queries.filtered_stories(all_stories, filters), filters.sort)
    total = counts.rows["total"]["all"]
    page = paginate(queries.for_cards(stories), request, STORIES_PER_PAGE, count=total)
    context = {
        "filters": filters,
        "stories_page": page,
        "archive": archive,
        "archive_feed_url": archive and archive_url(index, archive.kind, archive.slug, feed=True),
        "facets": facet_options(index, filters, counts),
        "active_filters": active_filters(index, filters),
        "sort_links": sort_links(index, filters),
        "page_query": urlencode(filters.as_query()),
    }
    return index.render(request, context_overrides=context)


def themes_in_shown_order(themes: Iterable[Theme], most_used_first: bool = False) -> list[Theme]:
    """Themes in the alphabetical order of the names the page shows: the database orders them by
    their French name, which an English page does not show. Accents do not count ("Économie"
    comes among the E)."""

    def shown_order(theme: Theme) -> tuple:
        name = (
            unicodedata.normalize("NFKD", theme.label).encode("ascii", "ignore").decode().casefold()
        )
        return (-theme.story_count if most_used_first else 0, name)

    return sorted(themes, key=shown_order)


def _index_url(index: StoryIndexPage, filters: queries.StoryFilters) -> str:
    query = urlencode(filters.as_query())
    return f"{index.url}?{query}" if query else index.url


def facet_options(index, filters: queries.StoryFilters, counts: facets.FacetCounts) -> dict:
    """Each facet's values with the number of stories they would show, given the other filters."""

    def option(name, value, label, count):
        return {
            "label": label,
            "count": count,
            "url": _index_url(index, replace(filters, **{name: value})),
            "selected": getattr(filters, name) == value,
        }

    decades, relations = counts.rows["decade"], counts.rows["relation"]
    with_video = counts.rows["video"][True]
    return {
        "decade": [
            option("decade", decade, dates.decade_label(decade), decades[decade])
            for decade in dates.century_decades()
            if decades[decade]
        ],
        "theme": [
            option("theme", theme, theme.label, theme.story_count)
            for theme in themes_in_shown_order(counts.themes, most_used_first=True)
        ],
        "era": [
            option("era", era, era.name, era.story_count) for era in counts.eras if era.story_count
        ],
        "relation": [
            option("relation", value, label, relations[value])
            for value, label in Relation.choices
            if relations[value]
        ],
        "video": [option("video", True, _("With a video"), with_video)] if with_video else [],
    }


def active_filters(index: StoryIndexPage, filters: queries.StoryFilters) -> list[dict]:
    """The filters in force, each with the link that removes it."""
    labels = {
        "decade": dates.decade_label(filters.decade) if filters.decade else None,
        "theme": filters.theme.label if filters.theme else None,
        "era": filters.era.name if filters.era else None,
        "relation": Relation(filters.relation).label if filters.relation else None,
        "video": _("With a video") if filters.video else None,
    }
    return [
        {"label": label, "remove_url": _index_url(index, filters.without(name))}
        for name, label in labels.items()
        if label
    ]


def sort_links(index: StoryIndexPage, filters: queries.StoryFilters) -> list[dict]:
    options = [
        (queries.Sort.RECENT, _("Most recent first")),
        (queries.Sort.CHRONOLOGICAL, _("Chronological")),
    ]
    return [
        {
            "label": label,
            "url": _index_url(index, replace(filters, sort=sort)),
            "selected": filters.sort == sort,
        }
        for sort, label in options
    ]
