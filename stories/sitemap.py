"""The sitemap: every live public page in both languages, each with its translations as
``xhtml:link`` alternates, and the archive and profile pages that Wagtail's sitemap cannot see
(they are routes, not pages)."""

from functools import reduce
from operator import or_

from django.conf import settings
from django.db.models import Q
from django.http import HttpRequest
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Locale, Page

from stories import dates, queries
from stories.alternates import X_DEFAULT, translated_route


def _absolute(page, request: HttpRequest | None, route: str, *args: str) -> str:
    return page.get_full_url(request) + page.reverse_subpage(route, args=args)


def story_index_sitemap_urls(index, request: HttpRequest | None) -> list[dict]:
    stories = queries.live_stories(index.locale_id)
    decades = sorted(queries.decade_counts(stories))
    themes = queries.theme_counts(stories)
    eras = [era for era in queries.era_counts(stories, index.locale_id) if era.story_count]
    return (
        [
            {"location": _absolute(index, request, "archive", "decade", dates.decade_slug(d))}
            for d in decades
        ]
        + [{"location": _absolute(index, request, "archive", "theme", t.slug)} for t in themes]
        + [{"location": _absolute(index, request, "archive", "era", e.slug)} for e in eras]
    )


def contributor_sitemap_urls(index, request: HttpRequest | None) -> list[dict]:
    return [
        {"location": _absolute(index, request, "profile", contributor.slug)}
        for contributor in queries.public_contributors(index.locale_id)
    ]


class BilingualSitemap(Sitemap):
    """Wagtail's sitemap lists the pages under the site's root page, the French home; this one
    lists the pages under each of its translations too, and gives every address its alternates:
    the page's translations (and x-default, the French page), or for a route the same route under
    the translations (`stories.alternates.translated_route`)."""

    def items(self):
        homes = self.get_wagtail_site().root_page.get_translations(inclusive=True)
        under_a_home = reduce(or_, (Q(path__startswith=home.path) for home in homes), Q())
        return (
            Page.objects.live()
            .public()
            .filter(under_a_home)
            .order_by("path")
            .defer_streamfields()
            .specific()
        )

    def _urls(self, page, protocol, domain):
        items = list(self.paginator.page(page).object_list)
        self.language_codes = dict(Locale.objects.values_list("pk", "language_code"))
        translations: dict = {}
        for item in items:
            translations.setdefault(item.translation_key, []).append(item)
        urls = []
        for item in items:
            own = item.get_full_url(self.request)
            for url_info in item.get_sitemap_urls(self.request):
                route = url_info["location"].removeprefix(own)
                siblings = translations[item.translation_key]
                url_info["alternates"] = self._alternates(item, route, siblings)
                urls.append(url_info)
        last_mods = {url_info.get("lastmod") for url_info in urls}
        # As Wagtail's: a Last-Modified header only when every address has a date.
        if last_mods and None not in last_mods:
            self.latest_lastmod = max(last_mods)
        return urls

    def _alternates(self, item: Page, route: str, translations: list[Page]) -> list[dict]:
        locations = {}
        for translation in translations:
            code = self.language_codes[translation.locale_id]
            if translation.pk == item.pk or not route:
                locations[code] = translation.get_full_url(self.request) + route
                continue
            translated = translated_route(item, route, translation)
            if translated is not None:
                locations[code] = translation.get_full_url(self.request) + translated
        if len(locations) < 2:
            return []
        alternates = [
            {"lang_code": code, "location": locations[code]}
            for code, _name in settings.LANGUAGES
            if code in locations
        ]
        if X_DEFAULT in locations:
            alternates.append({"lang_code": "x-default", "location": locations[X_DEFAULT]})
        return alternates
