"""Caching of anonymous pages in the "pages" cache, which publishing purges (stories.signals)."""

from collections.abc import Callable

from django.conf import settings
from django.core.cache import caches
from django.views.decorators.cache import cache_page


def cache_anonymous_page(view: Callable) -> Callable:
    # Django's cache middleware stores nothing that sets a cookie or is marked private, and keys
    # every entry on the Vary headers, so an editor's pages (session cookie) are never shared.
    return cache_page(settings.PAGE_CACHE_SECONDS, cache="pages")(view)


def purge_page_cache(**kwargs) -> None:
    """Forgets every cached page (signal receivers pass keyword arguments, ignored)."""
    caches["pages"].clear()
