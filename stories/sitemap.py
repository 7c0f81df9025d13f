"""Archive and profile pages that Wagtail's sitemap cannot see (they are routes, not pages)."""

from django.http import HttpRequest

from stories import dates, queries


def _absolute(page, request: HttpRequest | None, route: str, *args: str) -> str:
    return page.get_full_url(request) + page.reverse_subpage(route, args=args)


def story_index_sitemap_urls(index, request: HttpRequest | None) -> list[dict]:
    stories = queries.live_stories(index.locale_id)
    decades = sorted(queries.decade_counts(stories))
    themes = queries.theme_counts(stories)
    eras = [era for era in queries.era_counts(stories, index.locale_id) if era.story_count]
    return (
        [
            {"location": _absolute(index, request, "archive", "decade", dates.decade_slug(d))}
            for d in decades
        ]
        + [{"location": _absolute(index, request, "archive", "theme", t.slug)} for t in themes]
        + [{"location": _absolute(index, request, "archive", "era", e.slug)} for e in eras]
    )


def contributor_sitemap_urls(index, request: HttpRequest | None) -> list[dict]:
    return [
        {"location": _absolute(index, request, "profile", contributor.slug)}
        for contributor in queries.public_contributors(index.locale_id)
    ]
