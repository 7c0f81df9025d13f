"""The same page in the other language: where the language switch leads, and the hreflang
alternates that tell search engines about it.

A Wagtail page leads to its translation (same translation key, other locale, live). A route of a
page (an archive under the stories, a contributor's profile) leads to the same route under the
page's translation: decades, themes and profiles keep their slug in both languages, an era takes
its translation's. A view that is not a page (search, the story form) is the same view under the
other prefix; an address that leads nowhere (404) leads to the other language's home. Where the
page has no translation, the link leads to the closest page that has one (its nearest translated
ancestor: the index, or the home page) and says so. A page's address with the slug of its other
version redirects to it.
"""

from dataclasses import dataclass

from django.conf import settings
from django.db import transaction
from django.http import HttpRequest
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Page

from stories import queries
from stories.models import ContributorIndexPage, Era, StoryIndexPage

# Search engines send visitors whose language the site does not speak to the source language.
X_DEFAULT = settings.LANGUAGE_CODE
# One sentence per language rather than a language name in a sentence: French writes language
# names in lower case, and the adjective agrees ("la page anglaise la plus proche").
UNTRANSLATED_NOTES = {
    "en": _("This page is not available in English: the link leads to the closest English page."),
    "fr": _("This page is not available in French: the link leads to the closest French page."),
}


@dataclass(frozen=True)
class LanguageLink:
    code: str
    name: str
    url: str
    current: bool
    # False when the page does not exist in that language and the link leads to the closest one.
    translated: bool = True

    @property
    def untranslated_note(self) -> str:
        return UNTRANSLATED_NOTES[self.code]


def language_links(request: HttpRequest, page: Page | None) -> list[LanguageLink]:
    """The current page in each language of the site, the current language first."""
    current = get_language()
    others = [code for code, _name in settings.LANGUAGES if code != current]
    page_url = page.get_url(request) if isinstance(page, Page) else None
    if page_url:
        route = request.path.removeprefix(page_url) if request.path.startswith(page_url) else ""
        targets = _page_targets(request, page, route, others)
    elif _is_missing_page(request):
        targets = {code: (f"/{code}/", False) for code in others}
    else:
        targets = {code: (_under_prefix(request.get_full_path(), code), True) for code in others}
    links = [LanguageLink(current, _name(current), request.get_full_path(), current=True)]
    for code in others:
        url, translated = targets[code]
        links.append(LanguageLink(code, _name(code), url, current=False, translated=translated))
    return links


def hreflang_alternates(request: HttpRequest, links: list[LanguageLink]) -> list[dict]:
    """``{"hreflang", "href"}`` for each language the page exists in, and x-default (the French
    page); nothing when the page exists in one language only."""
    translated = [link for link in links if link.translated]
    if len(translated) < 2:
        return []
    urls = {link.code: request.build_absolute_uri(link.url.split("?")[0]) for link in translated}
    alternates = [{"hreflang": code, "href": url} for code, url in urls.items()]
    if X_DEFAULT in urls:
        alternates.append({"hreflang": "x-default", "href": urls[X_DEFAULT]})
    return alternates


def _is_missing_page(request: HttpRequest) -> bool:
    """A page address that leads nowhere (the 404 page): its twin would not exist either."""
    match = request.resolver_match
    return match is None or match.url_name == "wagtail_serve"


def _name(code: str) -> str:
    return dict(settings.LANGUAGES)[code]


def _under_prefix(path: str, code: str) -> str:
    """The same address under another language's prefix ("/fr/search/" → "/en/search/")."""
    current = f"/{get_language()}/"
    rest = path[len(current) :] if path.startswith(current) else path.lstrip("/")
    return f"/{code}/{rest}"


def _page_targets(
    request: HttpRequest, page: Page, route: str, codes: list[str]
) -> dict[str, tuple[str, bool]]:
    translations, closest = _translations_and_closest(page, codes)
    query = request.META.get("QUERY_STRING")
    targets = {}
    for code in codes:
        translation = translations.get(code)
        if translation is None:
            fallback = closest.get(code)
            targets[code] = (fallback.get_url(request) if fallback else f"/{code}/", False)
            continue
        url = translation.get_url(request)
        route_there = translated_route(page, route, translation) if route else ""
        if route_there is None:
            targets[code] = (url, False)
        elif route_there:
            targets[code] = (url + route_there + (f"?{query}" if query else ""), True)
        else:
            targets[code] = (url, True)
    return targets


def _translations_and_closest(page: Page, codes: list[str]) -> tuple[dict, dict]:
    """The page's live translations, and for each language its nearest translated ancestor, by
    language code, in one query: the pages whose translation key is the page's or one of its
    ancestors', read through their tree paths."""
    step = page.steplen
    lineage = [page.path[:end] for end in range(2 * step, len(page.path) + 1, step)]
    keys = Page.objects.filter(path__in=lineage).values("translation_key")
    candidates = (
        Page.objects.live()
        .filter(translation_key__in=keys, locale__language_code__in=codes)
        .select_related("locale")
        .order_by("depth")
    )
    translations, closest = {}, {}
    for candidate in candidates:
        code = candidate.locale.language_code
        if candidate.translation_key == page.translation_key:
            translations[code] = candidate
        else:
            closest[code] = candidate  # deeper ancestors come later and win
    return translations, closest


def translated_route(page: Page, route: str, translation: Page) -> str | None:
    """The route (the address under the page) that shows the same thing under the page's
    translation, or None when that thing is not translated."""
    words = route.strip("/").split("/")
    specific = page.specific_class
    if issubclass(specific, StoryIndexPage) and len(words) >= 2 and words[0] == "era":
        era = Era.objects.filter(slug=words[1], locale_id=page.locale_id).first()
        translated = era and era.get_translation_or_none(translation.locale_id)
        if not translated:
            return None
        return "/".join(["era", translated.slug, *words[2:]]) + "/"
    if issubclass(specific, ContributorIndexPage) and words[0]:
        people = queries.public_contributors(translation.locale_id)
        return route if people.filter(slug=words[0]).exists() else None
    return route


def redirect_other_language_slugs(instance: Page, **kwargs) -> None:
    """A published page is also reached under the slug its other-language versions use: a visitor
    who changes /fr/ to /en/ in the address of « La lune à la cantine » lands on "The moon in the
    canteen", and the other way round. The redirects are made in both directions, so that the
    order in which the versions are published does not matter, once the publication is committed:
    Wagtail's own redirects for a changed slug (made then) would replace them. A path that a page
    already holds is left to it."""
    transaction.on_commit(lambda: _redirect_other_language_slugs(instance))


def _redirect_other_language_slugs(page: Page) -> None:
    for other in Page.objects.live().filter(translation_key=page.translation_key):
        if other.slug != page.slug:
            _redirect_slug(page, other.slug)
            _redirect_slug(other, page.slug)


def _redirect_slug(page: Page, slug: str) -> None:
    parent, url_parts = page.get_parent(), page.get_url_parts()
    if parent is None or url_parts is None or parent.get_children().filter(slug=slug).exists():
        return
    site_id, _root_url, page_path = url_parts
    if not page_path.endswith(f"/{page.slug}/"):
        return  # a site's home page: its address holds no slug
    old_path = Redirect.normalise_path(page_path.removesuffix(f"{page.slug}/") + f"{slug}/")
    Redirect.objects.update_or_create(
        old_path=old_path,
        site_id=site_id,
        defaults={"redirect_page": page, "is_permanent": True, "automatically_created": True},
    )
