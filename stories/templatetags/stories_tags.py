"""Template helpers for the public pages."""

from django import template
from django.conf import settings
from django.urls import reverse
from django.utils.formats import number_format
from django.utils.safestring import SafeString
from django.utils.translation import ngettext

from stories import search

register = template.Library()


@register.simple_tag
def section_url(section: str = "") -> str:
    """A public section's address in the active language ("/fr/stories/"): fixed by the URL
    contract, so the navigation costs no query."""
    return reverse("wagtail_serve", args=[f"{section}/" if section else ""])


@register.filter
def highlight(text: str, query: str) -> SafeString:
    return search.highlight(text, query)


@register.filter
def grouped(number: int) -> str:
    """A count with its thousands grouped per language: "1 234" (non-breaking space) in French,
    "1,234" in English. Grouping is asked here rather than turned on for the whole site
    (USE_THOUSAND_SEPARATOR), which would print years as "1 965"."""
    return number_format(number, force_grouping=True)


@register.simple_tag
def story_count(count: int) -> str:
    """ "1 234 histoires", "1,234 stories": the templates' own plural entry, with the number
    grouped (blocktrans shows ``counter`` ungrouped)."""
    return ngettext("%(counter)s story", "%(counter)s stories", count) % {"counter": grouped(count)}


@register.simple_tag
def company_name() -> str:
    return settings.CENTENARY["COMPANY_NAME"]


@register.inclusion_tag("stories/includes/story_card.html")
def story_card(story, heading_level: int = 3, query: str = "", eager: bool = False) -> dict:
    return {"story": story, "heading_level": heading_level, "query": query, "eager": eager}
