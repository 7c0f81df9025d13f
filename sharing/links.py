"""Share links: `/share/<story id>/<network>/` counts one share of a live story to a network for
the day, then sends the visitor on to the network's own share page with the story's address
(tagged for the campaign's statistics) and, where the network takes one, the ready-to-post text.

The view (sharing.views) only strings these functions together. Nothing about the person who
shares is kept: the count is a number per story, network and day.
"""

from __future__ import annotations

import datetime
from urllib.parse import quote, urlencode

from django.db import IntegrityError, transaction
from django.db.models import F
from django.http import HttpRequest
from django.utils.text import slugify

from sharing.models import CampaignSettings, Network, ShareCount
from sharing.text_templates import email_parts
from sharing.texts import TextSources, ready_to_post_text
from stories.models import StoryPage

UTM_MEDIUM = "social"
# The networks whose share page takes a text; LinkedIn and Facebook show the page's preview.
TEXT_NETWORKS = (Network.X, Network.BLUESKY, Network.EMAIL)


def network_from_slug(slug: str) -> Network | None:
    """The network a share address names ("x", "linkedin"…), None for anything else."""
    return Network(slug) if slug in Network.values else None


def live_story(story_id: str) -> StoryPage | None:
    """The live, public story with this id (as it stands in the address), or None: a draft, a
    story behind a password or a non-numeric id are not shared."""
    if not story_id.isascii() or not story_id.isdigit():
        return None
    return (
        StoryPage.objects.live()
        .public()
        .select_related("contributor", "locale")
        .filter(pk=int(story_id))
        .first()
    )


def count_share(story: StoryPage, network: str, day: datetime.date) -> None:
    """Adds one share to the story's count for the network and day."""
    add_one(story.pk, network, day, "shares")


def add_one(story_id: int, network: str, day: datetime.date, counter: str) -> None:
    """Adds one to a counter ("shares" or "visits") of the story, network and day, in the
    database itself.

    An UPDATE … SET n = n + 1 is atomic, so two requests never lose one another's count. The
    day's first count finds no row and creates it; when another request has just created it (the
    unique constraint refuses the second row), this one adds to it instead. The create runs in a
    savepoint so that the refused INSERT leaves any outer transaction usable.
    (`update_or_create` reads then writes, and loses counts under load; `bulk_create` with
    `update_conflicts` can only overwrite a column, not add to it.)"""
    counts = ShareCount.objects.filter(story_id=story_id, network=network, day=day)
    if counts.update(**{counter: F(counter) + 1}):
        return
    try:
        with transaction.atomic():
            ShareCount.objects.create(story_id=story_id, network=network, day=day, **{counter: 1})
    except IntegrityError:
        counts.update(**{counter: F(counter) + 1})


def campaign_slug(campaign: CampaignSettings) -> str:
    """The campaign's name in `utm_campaign`: the slug of its name, or of its hashtag without "#"
    when the name has no letter or digit."""
    return slugify(campaign.name) or slugify(campaign.hashtag.lstrip("#")) or "campaign"


def tracked_url(url: str, network: str, campaign: CampaignSettings, story: StoryPage) -> str:
    """The story's address with the UTM tags that tell, on arrival, where a visit comes from."""
    tags = {
        "utm_source": network,
        "utm_medium": UTM_MEDIUM,
        "utm_campaign": campaign_slug(campaign),
        "utm_content": story.slug,
    }
    separator = "&" if "?" in url else "?"
    return f"{url}{separator}{urlencode(tags, quote_via=quote)}"


def story_link(
    story: StoryPage, network: str, campaign: CampaignSettings, request: HttpRequest | None
) -> str:
    return tracked_url(story.get_full_url(request), network, campaign, story)


def _query(params: dict[str, str]) -> str:
    # %20 rather than "+" for spaces: mail programs read "+" in a mailto: literally.
    return urlencode(params, quote_via=quote)


def network_share_url(network: str, text: str, link: str) -> str:
    """The network's own share page for `link`, with `text` where the network takes a text
    (LinkedIn and Facebook take only the address and show its preview)."""
    if network == Network.X:
        return f"https://x.com/intent/post?{_query({'text': text})}"
    if network == Network.LINKEDIN:
        return f"https://www.linkedin.com/sharing/share-offsite/?{_query({'url': link})}"
    if network == Network.FACEBOOK:
        return f"https://www.facebook.com/sharer/sharer.php?{_query({'u': link})}"
    if network == Network.BLUESKY:
        return f"https://bsky.app/intent/compose?{_query({'text': text})}"
    if network == Network.EMAIL:
        subject, body = email_parts(text)
        return f"mailto:?{_query({'subject': subject, 'body': body})}"
    raise ValueError(f"No share address for the network {network!r}")


def share_url(
    story: StoryPage,
    network: str,
    campaign: CampaignSettings,
    request: HttpRequest | None,
    sources: TextSources | None = None,
) -> str:
    """Where the share address of `story` on `network` leads."""
    link = story_link(story, network, campaign, request)
    text = ""
    if network in TEXT_NETWORKS:
        text = ready_to_post_text(story, network, link, campaign, sources)
    return network_share_url(network, text, link)
