"""`{% share_meta %}`: the Open Graph, X card and JSON-LD meta of the page being rendered, from
what is in its context (`request`, and `page` on Wagtail pages); see sharing.meta."""

from django import template

from sharing import meta
from stories.models import StoryPage

register = template.Library()


@register.inclusion_tag("sharing/meta.html", takes_context=True)
def share_meta(context) -> dict:
    """A story's own meta; elsewhere the default card, with the title of the archive, the
    contributor or the page shown, or the `share_title` a view puts in its context. Nothing at
    all without a request (absolute addresses need its host)."""
    request = context.get("request")
    if request is None:
        return {"meta": None}
    page = context.get("page")
    if isinstance(page, StoryPage):
        story_meta = meta.story_meta(
            request,
            page,
            card=meta.landscape_card(page),
            campaign=meta.campaign_for_request(request),
            themes=meta.story_themes(page),
        )
        return {
            "meta": story_meta,
            "canonical": story_meta.url,
            "json_ld": meta.json_for_script(meta.article_json_ld(page, story_meta)),
        }
    archive = context.get("archive")
    contributor = context.get("contributor")
    title = context.get("share_title") or meta.listing_title(
        page,
        archive_title=getattr(archive, "title", ""),
        contributor_name=getattr(contributor, "name", ""),
    )
    description = getattr(page, "search_description", "")
    return {"meta": meta.page_meta(request, title=title, description=description)}
