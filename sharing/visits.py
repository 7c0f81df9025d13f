"""Visits that arrive from a share: a story's link posted with UTM tags (`utm_source=<network>`,
`utm_medium=social`) counts one visit for that story, network and day in `ShareCount.visits`, and
the visitor is sent on (302) to the same address without the UTM tags.

The redirect keeps one cached copy of each page for everyone (the page cache is keyed on the full
address), and the address a visitor copies from the browser on to someone else is the clean one.
Nothing about the visitor is kept: no cookie, no address, only the count. Link-preview robots
fetch the shared address too; they are sent on like anyone but not counted.

Requests without UTM tags pass through untouched and cost nothing; one with them costs one query
to find the story (and one or two writes when it is counted).
"""

from __future__ import annotations

import datetime
from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect, QueryDict
from django.urls import Resolver404, resolve
from django.utils import timezone
from django.utils.cache import add_never_cache_headers
from django.utils.encoding import escape_uri_path
from django.utils.translation import get_language

from sharing.links import add_one
from sharing.models import Network
from stories.models import StoryPage

UTM_PREFIX = "utm_"
SOCIAL_MEDIUM = "social"
# Home page → story index → story: a story's address is two path words under the language.
STORY_DEPTH_BELOW_HOME = 2
HOME_DEPTH = 2
# User agents of the robots that fetch a shared link to draw its preview (lower case).
PREVIEW_ROBOTS = (
    "bot",
    "crawler",
    "spider",
    "facebookexternalhit",
    "cardyb",  # Bluesky's
    "embedly",
    "whatsapp",
    "skypeuripreview",
)


def has_utm_tags(query: QueryDict) -> bool:
    return any(key.lower().startswith(UTM_PREFIX) for key in query)


def clean_address(request: HttpRequest) -> str:
    """The request's path with its other parameters, without any UTM tag.

    The path is escaped again as Django does for its own redirects, and never starts with two
    slashes: "//elsewhere.example/?utm_source=x" must not send anyone to another site."""
    query = request.GET.copy()
    for key in [key for key in query if key.lower().startswith(UTM_PREFIX)]:
        del query[key]
    path = "/" + escape_uri_path(request.path).lstrip("/")
    return f"{path}?{query.urlencode()}" if query else path


def shared_network(query: QueryDict) -> str | None:
    """The network a visit comes from when its tags are a share's (`utm_medium=social` and a
    known `utm_source`); None for anything else, however it is spelt."""
    source = query.get("utm_source", "").strip().lower()
    medium = query.get("utm_medium", "").strip().lower()
    if medium != SOCIAL_MEDIUM or source not in Network.values:
        return None
    return source


def is_preview_robot(user_agent: str) -> bool:
    user_agent = user_agent.lower()
    return any(robot in user_agent for robot in PREVIEW_ROBOTS)


def live_story_at(request: HttpRequest) -> int | None:
    """The id of the live story the request's path shows, if it shows one (one query).

    The story is found by the end of its tree path ("/<home>/stories/<slug>/") at a story's depth:
    in the active language's tree when it has the story, else in the source language's, which
    Wagtail serves under every prefix until a translation exists."""
    try:
        match = resolve(request.path_info)
    except Resolver404:
        return None
    if match.url_name != "wagtail_serve" or not match.args:
        return None
    words = [word for word in match.args[0].split("/") if word]
    if len(words) != STORY_DEPTH_BELOW_HOME:
        return None
    candidates = dict(
        StoryPage.objects.live()
        .filter(depth=HOME_DEPTH + len(words), url_path__endswith="/" + "/".join(words) + "/")
        .values_list("locale__language_code", "pk")
    )
    return candidates.get(get_language()) or candidates.get(settings.LANGUAGE_CODE)


def count_visit(story_id: int, network: str, day: datetime.date) -> None:
    """Adds one visit to the story's count for the network and day (links.add_one)."""
    add_one(story_id, network, day, "visits")


def record_shared_visit(request: HttpRequest) -> bool:
    """Counts the visit if it comes from a share of a live story; True when it was counted."""
    if request.method != "GET" or is_preview_robot(request.headers.get("User-Agent", "")):
        return False
    network = shared_network(request.GET)
    if network is None:
        return False
    story_id = live_story_at(request)
    if story_id is None:
        return False
    count_visit(story_id, network, timezone.localdate())
    return True


class UtmVisitMiddleware:
    """Counts shared visits and redirects every GET or HEAD with UTM tags to its clean address."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.method not in ("GET", "HEAD") or not has_utm_tags(request.GET):
            return self.get_response(request)
        record_shared_visit(request)
        response = HttpResponseRedirect(clean_address(request))
        # Every arrival must reach us to be counted: no browser or CDN may keep this redirect.
        add_never_cache_headers(response)
        return response
