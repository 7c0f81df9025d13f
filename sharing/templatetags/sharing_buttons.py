"""`{% share_buttons story %}`: the "Share this story" block under a story, with a share link per
network and LinkedIn's text to copy (LinkedIn's share page takes no text).

The block costs three queries whatever the number of networks: the campaign (none when something
has read it already during the request), its default texts, and the story's own texts."""

from django import template
from django.http import HttpRequest
from django.urls import reverse
from django.utils.translation import gettext as _

from sharing.cards import campaign_for
from sharing.links import story_link
from sharing.models import CampaignSettings, Network
from sharing.texts import ready_to_post_text, text_sources
from stories.models import StoryPage

register = template.Library()

# The order of the links: the networks that take a text first, LinkedIn (with its text to copy)
# last, on a row of its own.
LINK_ORDER = (Network.X, Network.FACEBOOK, Network.BLUESKY, Network.EMAIL, Network.LINKEDIN)


def campaign_of(story: StoryPage, request: HttpRequest | None) -> CampaignSettings:
    """The story's campaign, read once per request: kept on the request where Wagtail's
    `CampaignSettings.for_request` keeps it, so that whatever reads it next costs no query."""
    if request is None:
        return campaign_for(story)
    attribute = CampaignSettings.get_cache_attr_name()
    campaign = getattr(request, attribute, None)
    if campaign is None:
        campaign = campaign_for(story)
        setattr(request, attribute, campaign)
    return campaign


def link_label(network: Network) -> str:
    if network == Network.EMAIL:
        return _("Send by e-mail")
    return _("Share on %(network)s") % {"network": network.label}


@register.inclusion_tag("sharing/includes/share_buttons.html", takes_context=True)
def share_buttons(context, story: StoryPage) -> dict:
    """Nothing on the preview of a story not yet saved: it has no address to share."""
    if story.pk is None:
        return {"links": []}
    request = context.get("request")
    campaign = campaign_of(story, request)
    sources = text_sources(story, campaign, [Network.LINKEDIN])
    link = story_link(story, Network.LINKEDIN, campaign, request)
    links = [
        {
            "network": network.value,
            "label": link_label(network),
            "url": reverse("sharing:share", args=[story.pk, network.value]),
        }
        for network in LINK_ORDER
    ]
    return {
        "story": story,
        "links": links,
        "linkedin_text": ready_to_post_text(story, Network.LINKEDIN, link, campaign, sources),
    }
