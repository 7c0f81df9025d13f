"""The sitemap lists both languages, each address with its alternates; each language has its
own feed of its own stories."""

import xml.etree.ElementTree as ElementTree
from urllib.parse import urlsplit

import pytest

from stories.demo.english import STORIES_EN

pytestmark = pytest.mark.django_db

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}


def sitemap_alternates(client) -> dict[str, dict[str, str]]:
    """Each address of the sitemap (its path) with its alternates, language → path."""
    root = ElementTree.fromstring(client.get("/sitemap.xml").content)
    return {
        urlsplit(url.findtext("s:loc", namespaces=NS)).path: {
            link.get("hreflang"): urlsplit(link.get("href")).path
            for link in url.findall("x:link", NS)
        }
        for url in root.findall("s:url", NS)
    }


def test_the_sitemap_lists_both_languages_with_their_alternates(client, english_demo):
    urls = sitemap_alternates(client)
    for french, english in english_demo.values():
        assert urls[french.url] == urls[english.url]
        assert urls[english.url] == {"fr": french.url, "en": english.url, "x-default": french.url}
    assert urls["/en/"]["fr"] == "/fr/"
    assert urls["/fr/stories/decade/1960s/"]["en"] == "/en/stories/decade/1960s/"
    french, english = english_demo["mai-68-a-vaise"]
    assert (
        urls[f"/fr/stories/era/{french.era.slug}/"]["en"] == f"/en/stories/era/{english.era.slug}/"
    )
    profile = f"/en/contributors/{english.contributor.slug}/"
    assert urls[profile]["fr"] == f"/fr/contributors/{french.contributor.slug}/"


def test_the_english_feed_holds_the_english_stories(client, english_demo):
    channel = ElementTree.fromstring(client.get("/en/stories/feed/").content).find("channel")
    assert channel.findtext("language") == "en"
    titles = {item.findtext("title") for item in channel.findall("item")}
    links = {urlsplit(item.findtext("link")).path for item in channel.findall("item")}
    assert len(titles) == len(english_demo)
    for slug, (french, english) in english_demo.items():
        assert any(title.startswith(STORIES_EN[slug]["title"]) for title in titles)
        assert not any(title.startswith(french.title) for title in titles)
        assert english.url in links
    french_channel = ElementTree.fromstring(client.get("/fr/stories/feed/").content).find("channel")
    assert french_channel.findtext("language") == "fr"
