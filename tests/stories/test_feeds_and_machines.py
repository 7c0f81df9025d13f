"""Feeds, sitemap, robots.txt and the editors' controlled list of themes."""

import xml.etree.ElementTree as ElementTree
from urllib.parse import urlsplit

import pytest
from django.core.exceptions import ValidationError

pytestmark = pytest.mark.django_db

SITEMAP_NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}


def rss_items(response) -> list[ElementTree.Element]:
    assert response.status_code == 200
    channel = ElementTree.fromstring(response.content).find("channel")
    assert channel.findtext("title")
    assert channel.findtext("link").startswith("http")
    return channel.findall("item")


def test_main_feed_is_valid_rss_with_the_latest_stories(client, make_stories):
    make_stories(35)
    items = rss_items(client.get("/fr/stories/feed/"))
    assert len(items) >= 20
    first = items[0]
    assert first.findtext("link").startswith("http://testserver/fr/stories/")
    assert first.findtext("pubDate")
    assert first.findtext("description")


@pytest.mark.parametrize(
    "path", ["decade/1960s/feed/", "theme/innovation/feed/", "era/age-ordinateur/feed/"]
)
def test_archive_feeds_hold_only_their_stories(client, make_stories, themes, path):
    make_stories(4, year=1965, themes=[themes[0]])
    make_stories(3, year=1925, themes=[themes[1]])
    items = rss_items(client.get(f"/fr/stories/{path}"))
    assert len(items) == 4


def test_sitemap_lists_every_live_story_and_listing(client, make_stories, themes):
    stories = make_stories(12)
    response = client.get("/sitemap.xml")
    root = ElementTree.fromstring(response.content)
    locations = {urlsplit(node.text).path for node in root.findall("s:url/s:loc", SITEMAP_NS)}
    for story in stories:
        assert story.url in locations
    expected = [
        "/fr/",
        "/fr/stories/",
        "/fr/stories/theme/innovation/",
        "/fr/contributors/",
        f"/fr/contributors/{stories[0].contributor.slug}/",
    ]
    for location in expected:
        assert location in locations


def test_robots_txt_points_to_the_sitemap(client, db):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert "Sitemap: http://testserver/sitemap.xml" in response.text
    assert "Disallow: /admin/" in response.text
    assert "Disallow: /share/" in response.text


def test_page_editor_offers_only_existing_themes(admin_client, make_stories):
    story = make_stories(1)[0]
    response = admin_client.get(f"/admin/pages/{story.pk}/edit/")
    assert response.status_code == 200
    themes_field = response.context["form"].fields["themes"]
    theme = story.themes.get()
    assert list(themes_field.clean([theme.pk])) == [theme]
    with pytest.raises(ValidationError):
        themes_field.clean(["Un thème inventé"])


def test_system_checks_pass_on_this_database():
    from django.core.management import call_command

    call_command("check", fail_level="WARNING")
