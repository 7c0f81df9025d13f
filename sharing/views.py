"""The share address: `/share/<story id>/<network>/` counts one share and redirects to the
network's own share page (the rules are in sharing.links)."""

from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.utils import timezone
from django.utils.cache import add_never_cache_headers
from django.views.decorators.http import require_GET
from django.views.defaults import page_not_found

from sharing import links
from sharing.cards import campaign_for


class ShareRedirect(HttpResponseRedirect):
    """A 302 that may also lead to a mailto: address (e-mail shares)."""

    allowed_schemes = ["https", "http", "mailto"]


def not_found(request: HttpRequest, reason: str) -> HttpResponse:
    """The site's 404 page, as a 404 that stays one.

    Django's LocaleMiddleware answers a 404 outside the language prefixes with a redirect to the
    same path under /fr/ whenever that path resolves, and under the prefixes every path resolves
    (to Wagtail's page serving). A share address has no language: the response is finished
    against the share URLconf, which has no language prefixes, so the middleware lets it be."""
    response = page_not_found(request, Http404(reason))
    request.urlconf = "sharing.urls"
    add_never_cache_headers(response)
    return response


@require_GET
def share(request: HttpRequest, story_id: str, network: str) -> HttpResponse:
    shared_network = links.network_from_slug(network)
    if shared_network is None:
        return not_found(request, "No such network")
    story = links.live_story(story_id)
    if story is None:
        return not_found(request, "No such story")
    links.count_share(story, shared_network, timezone.localdate())
    target = links.share_url(story, shared_network, campaign_for(story), request)
    response = ShareRedirect(target)
    # Each click must reach the site to be counted: no browser or proxy may keep the redirect.
    add_never_cache_headers(response)
    return response
