"""The language switch in the header and the hreflang alternates in <head> (stories.alternates)."""

from django import template

from stories.alternates import LanguageLink, hreflang_alternates, language_links

register = template.Library()


def _links(context) -> list[LanguageLink]:
    # Worked out once per request: <head> and the header both need them.
    request = context["request"]
    if not hasattr(request, "language_links"):
        request.language_links = language_links(request, context.get("page"))
    return request.language_links


@register.inclusion_tag("stories/includes/language_switch.html", takes_context=True)
def language_switch(context) -> dict:
    links = _links(context)
    return {"links": links, "untranslated": [link for link in links if not link.translated]}


@register.inclusion_tag("stories/includes/language_alternates.html", takes_context=True)
def language_alternates(context) -> dict:
    return {"alternates": hreflang_alternates(context["request"], _links(context))}
