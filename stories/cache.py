"""Caching of anonymous pages in the "pages" cache, which publishing purges (stories.signals)."""

import hashlib
import time
from collections.abc import Callable, Iterable
from functools import wraps

from django.conf import settings
from django.core.cache import caches
from django.http import HttpRequest, HttpResponse
from django.utils.cache import patch_cache_control
from django.utils.translation import get_language

# Counts over every live story (home page, facets) are kept beside the pages, so that whatever
# purges the pages (publishing, unpublishing, moving, editing a contributor, era or theme) forgets
# them too. The time limit bounds the one stale case, as for the pages: counts read by a request
# that began before a purge and stored after it. Unlike the pages, they are kept when the page
# cache is off (PAGE_CACHE_SECONDS=0): a page rendered anew does not count every story again.
COUNTS_SECONDS = 600


def cache_anonymous_page(view: Callable) -> Callable:
    """``view`` served from the page cache to every visitor without a session, one cache read per
    page; a page for a visitor with a session (an editor, whose pages show the user bar) is never
    stored nor served from it, and is marked private for the CDN and browsers."""

    @wraps(view)
    def cached_view(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        if settings.SESSION_COOKIE_NAME in request.COOKIES:
            response = view(request, *args, **kwargs)
            patch_cache_control(response, private=True)
            return response
        if request.method not in ("GET", "HEAD") or not settings.PAGE_CACHE_SECONDS:
            return view(request, *args, **kwargs)
        key = page_key(request)
        stored = caches["pages"].get(key)
        if stored is not None:
            return stored_response(*stored)
        response = view(request, *args, **kwargs)
        if shareable(request, response):
            store_when_rendered(request, response, key)
        return response

    return cached_view


def page_key(request: HttpRequest) -> str:
    # The language is part of the key as well as of the address: the pages outside /fr/ and /en/
    # (the sitemap) are rendered in the language the locale middleware chose for the request.
    address = f"{request.scheme}://{request.get_host()}{request.get_full_path()}"
    digest = hashlib.md5(address.encode(), usedforsecurity=False).hexdigest()
    return f"page:{get_language()}:{digest}"


def shareable(request: HttpRequest, response: HttpResponse) -> bool:
    """Whether the page rendered for this visitor may be served to the next one: a complete page
    that sets no cookie, is not private to anyone and varies on nothing the key leaves out."""
    cache_control = response.get("Cache-Control", "")
    return (
        request.method == "GET"
        and response.status_code == 200
        and not response.streaming
        and not response.cookies
        and not response.has_header("Vary")
        and not any(word in cache_control for word in ("private", "no-cache", "no-store"))
    )


def store_when_rendered(request: HttpRequest, response: HttpResponse, key: str) -> None:
    def store(rendered: HttpResponse) -> None:
        # A page that shows a CSRF token holds this visitor's own; the CSRF middleware sets its
        # cookie after this cache has run, so the request is what tells.
        if request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
            patch_cache_control(rendered, private=True)
            return
        patch_cache_control(rendered, max_age=settings.PAGE_CACHE_SECONDS)
        headers = tuple(rendered.headers.items())
        page = (time.time(), rendered.status_code, headers, rendered.content)
        caches["pages"].set(key, page, settings.PAGE_CACHE_SECONDS)

    if getattr(response, "is_rendered", True):
        store(response)
    else:
        response.add_post_render_callback(store)


def stored_response(
    stored_at: float, status: int, headers: tuple[tuple[str, str], ...], content: bytes
) -> HttpResponse:
    response = HttpResponse(content, status=status, headers=dict(headers))
    # As HTTP caches do: the CDN and browsers keep the page only for what is left of its time.
    response["Age"] = str(int(time.time() - stored_at))
    # What the rendered page said (the session middleware's): a visitor with a session cookie is
    # given a page of their own. Stored pages vary on nothing else (see shareable).
    response["Vary"] = "Cookie"
    return response


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
