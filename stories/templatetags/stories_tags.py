"""Template helpers for the public pages."""

from django import template
from django.conf import settings
from django.http import HttpRequest
from django.urls import reverse
from django.utils.safestring import SafeString
from django.utils.translation import get_language

from stories import search

register = template.Library()


@register.simple_tag
def section_url(section: str = "") -> str:
    """A public section's address in the active language ("/fr/stories/"): fixed by the URL
    contract, so the navigation costs no query."""
    return reverse("wagtail_serve", args=[f"{section}/" if section else ""])


@register.simple_tag(takes_context=True)
def language_links(context) -> list[dict]:
    """The current address in each language (same path words in both languages)."""
    request: HttpRequest | None = context.get("request")
    current = get_language()
    path = request.get_full_path() if request else "/"
    prefix = f"/{current}/"
    rest = path[len(prefix) :] if path.startswith(prefix) else ""
    return [
        {"code": code, "name": name, "url": f"/{code}/{rest}", "current": code == current}
        for code, name in settings.LANGUAGES
    ]


@register.filter
def highlight(text: str, query: str) -> SafeString:
    return search.highlight(text, query)


@register.simple_tag
def company_name() -> str:
    return settings.CENTENARY["COMPANY_NAME"]


@register.inclusion_tag("stories/includes/story_card.html")
def story_card(story, heading_level: int = 3, query: str = "", eager: bool = False) -> dict:
    return {"story": story, "heading_level": heading_level, "query": query, "eager": eager}
