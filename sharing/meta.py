"""What a page tells the networks and search engines about itself: Open Graph and X card meta, the
canonical address, and a story's schema.org `Article` as JSON-LD.

A story shows its own landscape card (drawn in the background, sharing.card_files) once it exists,
the site's default card until then; every other page shows the default card. Everything here is
read-only and costs at most two queries per story page (its card, and the campaign unless the
request has read it already), none elsewhere.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpRequest
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _
from wagtail.models import Page, Site

from sharing.card_files import DEFAULT_CARD_SIZE, default_card_url
from sharing.cards import CardFormat
from sharing.models import CampaignSettings, StoryCard
from stories.models import StoryPage

# What the default card says: scripts/make_default_card.py draws it in French, the source language,
# one picture for both languages; its alternative text says the same in the reader's language.
DEFAULT_CARD_QUOTE = "Cent ans d’histoires, racontées par celles et ceux qui les ont vécues"
DEFAULT_CARD_ALT = gettext_lazy("A hundred years of stories, told by the people who lived them")

# Open Graph wants a territory: the site's French is France's, its English Britain's.
OG_LOCALES = {"fr": "fr_FR", "en": "en_GB"}

# The characters that could end a <script> element or open a comment in it, as JSON escapes
# (what Django's json_script filter does; it only writes type="application/json").
_JSON_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


@dataclass(frozen=True)
class ShareImage:
    url: str
    width: int
    height: int
    alt: str


@dataclass(frozen=True)
class ShareMeta:
    """The meta of one page, in the words of Open Graph (`kind` is og:type)."""

    title: str
    description: str
    url: str
    image: ShareImage
    language: str
    locale: str
    alternate_locales: list[str]
    site_name: str
    kind: str = "website"
    x_handle: str = ""
    published: datetime | None = None
    modified: datetime | None = None
    tags: list[str] = field(default_factory=list)


def company_name() -> str:
    return settings.CENTENARY["COMPANY_NAME"]


def og_locale(language_code: str) -> str:
    """The Open Graph locale of a language ("fr_FR" for "fr"); an unknown one is given as is."""
    return OG_LOCALES.get(language_code, language_code)


def canonical_url(request: HttpRequest) -> str:
    """The absolute address of the page requested, without its query string."""
    return request.build_absolute_uri(request.path)


def default_description() -> str:
    # The same words as the page's own <meta name="description"> (templates/base.html).
    return _("A hundred years told by the people who lived them.")


def default_card(request: HttpRequest) -> ShareImage:
    """The site's own card (static/img/share-card.jpg, drawn by scripts/make_default_card.py)."""
    width, height = DEFAULT_CARD_SIZE
    url = request.build_absolute_uri(default_card_url())
    return ShareImage(url, width, height, str(DEFAULT_CARD_ALT))


def campaign_for_request(request: HttpRequest) -> CampaignSettings:
    """The campaign of the request's site, read at most once per request.

    Kept on the request where Wagtail's `CampaignSettings.for_request` keeps it, so the share
    buttons under the story (sharing_buttons) get the same row without a query; unlike
    `for_request`, a site without settings yet gets unsaved defaults, never a row written by a
    GET (as `sharing.cards.campaign_for`). The site is the one Wagtail's routing has found."""
    attribute = CampaignSettings.get_cache_attr_name()
    campaign = getattr(request, attribute, None)
    if campaign is None:
        site = Site.find_for_request(request)
        campaign = CampaignSettings.base_queryset().filter(site=site).first() if site else None
        campaign = campaign or CampaignSettings(site=site)
        setattr(request, attribute, campaign)
    return campaign


def landscape_card(story: StoryPage) -> StoryCard | None:
    """The story's 1200×630 card if it has been drawn (one query; none for an unsaved preview)."""
    if story.pk is None:
        return None
    return StoryCard.objects.filter(story_id=story.pk, format=CardFormat.LANDSCAPE).first()


def story_card_image(request: HttpRequest, story: StoryPage, card: StoryCard | None) -> ShareImage:
    if card is None or not card.file:
        return default_card(request)
    width, height = CardFormat.LANDSCAPE.size
    alt = story.pull_quote or _("Share card: %(title)s") % {"title": story.title}
    url = request.build_absolute_uri(card.file.url)
    return ShareImage(url, card.width or width, card.height or height, alt)


def _alternate_locales(current: str) -> list[str]:
    return [og_locale(code) for code, _name in settings.LANGUAGES if code != current]


def page_meta(request: HttpRequest, title: str = "", description: str = "") -> ShareMeta:
    """A page other than a story: its title (the company's name by default), its description (the
    site's by default), the default card, og:type "website"."""
    language = get_language() or settings.LANGUAGE_CODE
    return ShareMeta(
        title=title or company_name(),
        description=description or default_description(),
        url=canonical_url(request),
        image=default_card(request),
        language=language,
        locale=og_locale(language),
        alternate_locales=_alternate_locales(language),
        site_name=company_name(),
    )


def story_meta(
    request: HttpRequest,
    story: StoryPage,
    card: StoryCard | None,
    campaign: CampaignSettings,
    themes: list[str],
) -> ShareMeta:
    """A story: its title, teaser, own card and dates, og:type "article".

    Its address is the one it is read at, without the query string: under /en/ a story not yet
    translated is served from the French tree, and its page (like its <html lang>) is the English
    one."""
    language = get_language() or settings.LANGUAGE_CODE
    return ShareMeta(
        title=story.seo_title or story.title,
        description=story.teaser,
        url=canonical_url(request),
        image=story_card_image(request, story, card),
        language=language,
        locale=og_locale(language),
        alternate_locales=_alternate_locales(language),
        site_name=company_name(),
        kind="article",
        x_handle=campaign.x_handle,
        published=story.first_published_at,
        modified=story.last_published_at,
        tags=themes,
    )


def story_themes(story: StoryPage) -> list[str]:
    """The names of the story's themes, as its page has loaded them (stories.queries)."""
    themes = getattr(story, "displayed_themes", None)
    if themes is None:  # a preview, or a view that did not load them
        themes = list(story.themes.all()) if story.pk else []
    return [theme.label for theme in themes]


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment else None


def article_json_ld(story: StoryPage, meta: ShareMeta) -> dict:
    """The story as a schema.org Article. The contributor is named as the author (never their
    e-mail); a story without one is the company's own."""
    publisher = {"@type": "Organization", "name": company_name()}
    contributor = story.contributor
    author = {"@type": "Person", "name": contributor.name} if contributor else publisher
    article = {
        "@context": "https://schema.org",
        "@type": "Article",
        "headline": meta.title,
        "description": meta.description,
        "image": meta.image.url,
        "author": author,
        "publisher": publisher,
        "datePublished": _iso(meta.published),
        "dateModified": _iso(meta.modified or meta.published),
        "about": [{"@type": "Thing", "name": name} for name in meta.tags],
        "inLanguage": meta.language,
        "url": meta.url,
        "mainEntityOfPage": {"@type": "WebPage", "@id": meta.url},
    }
    return {key: value for key, value in article.items() if value not in (None, [])}


def json_for_script(data: dict) -> SafeString:
    """`data` as JSON that is safe inside a <script> element: a "</script>" in a title cannot
    close it. Mark-up characters become JSON escapes, which every JSON reader turns back."""
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False)
    return mark_safe(text.translate(_JSON_SCRIPT_ESCAPES))


def listing_title(page: Page | None, archive_title: str = "", contributor_name: str = "") -> str:
    """The title a listing page shares: an archive's or a contributor's own, else the page's."""
    if archive_title or contributor_name:
        return archive_title or contributor_name
    if page is None:
        return ""
    return page.seo_title or page.title
