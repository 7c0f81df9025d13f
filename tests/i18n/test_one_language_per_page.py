"""A visitor never meets a word of the other language: every public page, in French and in
English, says which language it is in, points to its translation (hreflang), and shows no interface
string of the other language (tests/i18n/one_language.py says how that is read)."""

import xml.etree.ElementTree as ElementTree
from html import unescape
from urllib.parse import urlsplit

import pytest
from django.apps import apps
from django.db import models
from django.utils.html import strip_tags
from wagtail.models import Locale

from stories.models import Era, StoryTheme
from submissions.models import Guidelines, Submission
from tests.i18n.one_language import (
    french_spacing_faults,
    html_problems,
    leaks,
    normalise,
    other_language_strings,
    visitor_parts,
)
from tests.submissions.conftest import story_form

pytestmark = pytest.mark.django_db

SITEMAP_NS = {
    "s": "http://www.sitemaps.org/schemas/sitemap/0.9",
    "x": "http://www.w3.org/1999/xhtml",
}
LANGUAGES = ("fr", "en")
# Story bodies (StreamField) are what people wrote: their typography is theirs, the check is the
# interface's. The rest of what they wrote is taken out by its stored text (written_content).
USER_CONTENT = frozenset({"story__body"})
SHORTEST_CONTENT = 4
CONTENT_APPS = ("stories", "submissions", "wagtailcore", "wagtailimages")


def sitemap_pages(client, language: str) -> dict[str, dict[str, str]]:
    """The sitemap's pages in ``language``, each with its alternates (hreflang → address)."""
    root = ElementTree.fromstring(client.get("/sitemap.xml").content)
    pages = {}
    for url in root.findall("s:url", SITEMAP_NS):
        path = urlsplit(url.findtext("s:loc", namespaces=SITEMAP_NS)).path
        if path.startswith(f"/{language}/"):
            links = url.findall("x:link", SITEMAP_NS)
            pages[path] = {link.get("hreflang"): urlsplit(link.get("href")).path for link in links}
    return pages


def pages_beyond_the_sitemap(language: str, token: str) -> list[str]:
    """Addresses a visitor reaches by searching, filtering or sending a story."""
    theme = StoryTheme.objects.first().tag.slug
    era = Era.objects.filter(locale__language_code=language).first().slug
    search = f"/{language}/search/"
    stories = f"/{language}/stories/"
    return [
        search,
        f"{search}?q={'atelier' if language == 'fr' else 'workshop'}",
        f"{search}?q=zeppelin&decade=1960&theme={theme}",
        f"{stories}?decade=1960&sort=chronological",
        f"{stories}?video=1",
        f"{stories}?relation=alumnus&theme={theme}",
        f"{stories}?era={era}&decade=1910",
        f"{stories}theme/{theme}/",
        f"/{language}/share-your-story/",
        f"/{language}/my-story/{token}/",
    ]


@pytest.fixture
def sent_story(client, english_demo, site_tree, django_capture_on_commit_callbacks) -> str:
    """A story sent through the form, for its status page: its private token."""
    for code, title in (("fr", "Charte de contribution"), ("en", "Contribution guidelines")):
        locale = Locale.objects.get(language_code=code)
        Guidelines.objects.create(locale=locale, title=title, body="<p>…</p>")
    with django_capture_on_commit_callbacks(execute=True):
        sent = client.post("/fr/share-your-story/", story_form())
    client.get(sent["Location"])  # where the French thank-you message is read
    return Submission.objects.get().token


def hreflang(html: str) -> dict[str, str]:
    alternates = {}
    for tag in html.split('<link rel="alternate" hreflang="')[1:]:
        code, rest = tag.split('" href="', 1)
        alternates[code] = rest.split('"', 1)[0]
    return alternates


def alternate_problems(url: str, html: str, expected: dict[str, str] | None) -> list[str]:
    """A page with a translation names both languages and x-default (the French page), the
    sitemap's own when it lists the page (compared by path: the sitemap names the site's host)."""
    found = {code: urlsplit(href).path for code, href in hreflang(html).items()}
    if expected is not None and found != expected:
        return [f"{url}: hreflang {found}, the sitemap says {expected}"]
    if set(found) != {"fr", "en", "x-default"} or found["x-default"] != found["fr"]:
        return [f"{url}: hreflang {found}"]
    return []


def feed_problems(url: str, xml: bytes, language: str) -> list[str]:
    channel = ElementTree.fromstring(xml).find("channel")
    problems = []
    if channel.findtext("language") != language:
        problems.append(f"{url}: feed language {channel.findtext('language')!r}")
    text = normalise(" ".join(channel.itertext()))
    problems.extend(f"{url}: shows {leak!r}" for leak in leaks(text, language))
    return problems


def empty_form() -> dict:
    """The form sent without a field filled in: what a browser sends is its hidden fields."""
    return {
        key: value for key, value in story_form().items() if key.startswith(("photos-", "form_"))
    }


def html_pages(client, language: str, token: str) -> tuple[dict, list[tuple[str, object]]]:
    """The sitemap's pages in ``language`` with their alternates, and every public HTML page in
    that language with its response: the sitemap's, the others, the form refused empty."""
    pages = sitemap_pages(client, language)
    responses = [
        (url, client.get(url)) for url in [*pages, *pages_beyond_the_sitemap(language, token)]
    ]
    refused = client.post(f"/{language}/share-your-story/", empty_form())
    responses.append(("POST share-your-story/", refused))
    return pages, responses


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_public_page_speaks_its_own_language_only(client, sent_story, language):
    problems = []
    pages, responses = html_pages(client, language, sent_story)
    for url, response in responses:
        html = response.content.decode()
        refused = url.startswith("POST")
        if response.status_code != (400 if refused else 200):
            problems.append(f"{url}: status {response.status_code}")
        problems += html_problems(url, html, language)
        if not refused:
            problems += alternate_problems(url, html, pages.get(url))
    missing = client.get(f"/{language}/stories/no-such-story/")
    assert missing.status_code == 404
    problems += html_problems("404", missing.content.decode(), language)
    if hreflang(missing.content.decode()):
        problems.append("404: hreflang on a page that exists in no language")
    for feed in (f"/{language}/stories/feed/", f"/{language}/stories/decade/1960s/feed/"):
        problems += feed_problems(feed, client.get(feed).content, language)
    assert len(pages) > 10, pages
    assert not problems, "\n".join(problems)


def written_content() -> list[str]:
    """Every text people stored (titles, names, bios, alt texts, era and theme names), longest
    first, as pages show it (rich text without its tags)."""
    texts = set()
    for app in CONTENT_APPS:
        for model in apps.get_app_config(app).get_models():
            fields = [
                field.attname
                for field in model._meta.concrete_fields
                if isinstance(field, (models.CharField, models.TextField))
            ]
            for row in model.objects.values_list(*fields) if fields else ():
                texts.update(unescape(strip_tags(value)).strip() for value in row if value)
    # Shorter values (a letter, "/") would take the interface's own words out with them.
    return sorted((text for text in texts if len(text) >= SHORTEST_CONTENT), key=len, reverse=True)


def test_the_french_pages_space_their_punctuation_the_french_way(client, sent_story):
    _pages, responses = html_pages(client, "fr", sent_story)
    responses.append(("404", client.get("/fr/stories/no-such-story/")))
    content = written_content()
    faults = []
    for url, response in responses:
        _lang, parts = visitor_parts(response.content.decode(), "fr", USER_CONTENT)
        text = " ".join(part.strip() for part in parts if part.strip())
        for written in content:
            text = text.replace(written, " ¶ ")
        faults += [f"{url}: {fault!r}" for fault in french_spacing_faults(text)]
    assert not faults, "\n".join(faults)


def test_the_empty_form_is_refused_with_its_errors(client, sent_story):
    """Guards the walk above: the empty form it reads is the form shown with its errors."""
    response = client.post("/en/share-your-story/", empty_form())
    assert response.status_code == 400
    assert "error-summary" in response.content.decode()


@pytest.mark.parametrize(("shown_in", "page_language"), [("fr", "en"), ("en", "fr")])
def test_a_page_rendered_in_the_other_language_is_caught(
    client, english_demo, shown_in, page_language
):
    """The check really fails: the stories rendered in one language, read as the other."""
    html = client.get(f"/{shown_in}/stories/").content.decode()
    html = html.replace(f'<html lang="{shown_in}">', f'<html lang="{page_language}">')
    problems = html_problems("/stories/", html, page_language)
    assert problems
    assert all(problem.startswith("/stories/: shows ") for problem in problems), problems


def test_one_leaked_label_is_named_with_its_page(client, english_demo):
    html = client.get("/en/stories/").content.decode()
    leaked = html.replace("Filter the stories", "Filtrer les histoires")
    assert html_problems("/en/stories/", leaked, "en") == [
        "/en/stories/: shows 'filtrer les histoires'"
    ]


def test_the_other_languages_strings_leave_out_words_both_languages_share():
    french_leaks = other_language_strings("en")
    english_leaks = other_language_strings("fr")
    assert "filtrer les histoires" in french_leaks
    assert "filter the stories" in english_leaks
    assert not any(len(text) < 12 or " " not in text for text in french_leaks | english_leaks)
