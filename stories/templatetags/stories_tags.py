"""Template helpers for the public pages."""

from django import template
from django.conf import settings
from django.urls import reverse
from django.utils.safestring import SafeString

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


@register.simple_tag
def company_name() -> str:
    return settings.CENTENARY["COMPANY_NAME"]


@register.inclusion_tag("stories/includes/story_card.html")
def story_card(story, heading_level: int = 3, query: str = "", eager: bool = False) -> dict:
    return {"story": story, "heading_level": heading_level, "query": query, "eager": eager}
