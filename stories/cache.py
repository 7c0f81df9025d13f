"""Caching of anonymous pages in the "pages" cache, which publishing purges (stories.signals)."""

from collections.abc import Callable, Iterable

from django.conf import settings
from django.core.cache import caches
from django.utils.translation import get_language
from django.views.decorators.cache import cache_page

# Counts over every live story (home page, facets) are kept beside the pages, so that whatever
# purges the pages (publishing, unpublishing, moving, editing a contributor, era or theme) forgets
# them too. The time limit bounds the one stale case, as for the pages: counts read by a request
# that began before a purge and stored after it. Unlike the pages, they are kept when the page
# cache is off (PAGE_CACHE_SECONDS=0): a page rendered anew does not count every story again.
COUNTS_SECONDS = 600


def cache_anonymous_page(view: Callable) -> Callable:
    # Django's cache middleware stores nothing that sets a cookie or is marked private, and keys
    # every entry on the Vary headers, so an editor's pages (session cookie) are never shared.
    return cache_page(settings.PAGE_CACHE_SECONDS, cache="pages")(view)


def cached_counts[T](name: str, key: Iterable, count: Callable[[], T]) -> T:
    """What ``count`` returns, computed once per ``key`` and language (theme names come with the
    counts) until the stories change."""
    cache_key = ":".join(["counts", name, get_language() or "", *map(str, key)])
    counts = caches["pages"].get(cache_key)
    if counts is None:
        counts = count()
        caches["pages"].set(cache_key, counts, COUNTS_SECONDS)
    return counts


def purge_page_cache(**kwargs) -> None:
    """Forgets every cached page (signal receivers pass keyword arguments, ignored)."""
    caches["pages"].clear()
