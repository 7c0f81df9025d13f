"""Anonymous pages are cached and purged on publish; private data never reaches a public page."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from tests.factories import StoryPageFactory

pytestmark = pytest.mark.django_db


def test_second_anonymous_visit_is_served_from_the_cache(client, make_stories):
    make_stories(3)
    client.get("/fr/stories/")
    with CaptureQueriesContext(connection) as context:
        response = client.get("/fr/stories/")
    assert response.status_code == 200
    assert len(context.captured_queries) == 0
    assert "max-age" in response["Cache-Control"]


def test_publishing_a_story_purges_the_cache(client, make_stories, story_index):
    make_stories(2, year=1968)
    assert client.get("/fr/stories/decade/1960s/").context["stories_page"].paginator.count == 2
    draft = StoryPageFactory(parent=story_index, year=1969, live=False, title="Le grand soir")
    draft.save_revision().publish()
    response = client.get("/fr/stories/decade/1960s/")
    assert "Le grand soir" in response.text


def test_unpublishing_a_story_purges_the_cache(client, make_stories):
    story = make_stories(1, title="Une histoire à retirer")[0]
    assert "Une histoire à retirer" in client.get("/fr/stories/").text
    story.unpublish()
    assert "Une histoire à retirer" not in client.get("/fr/stories/").text


def test_draft_story_is_nowhere_public(client, make_stories, story_index):
    make_stories(1)
    draft = StoryPageFactory(parent=story_index, live=False, title="Brouillon secret")
    for url in ["/fr/stories/", "/fr/stories/feed/", "/sitemap.xml", "/fr/", "/fr/contributors/"]:
        assert "Brouillon secret" not in client.get(url).text, url
    assert client.get(draft.url or "/fr/stories/" + draft.slug + "/").status_code == 404
    search = client.get("/fr/search/", {"q": "Brouillon secret"})
    assert search.context["results_page"].paginator.count == 0


def test_story_behind_a_view_restriction_is_nowhere_public(client, make_stories):
    make_stories(1)
    hidden = make_stories(1, title="Réservé aux anciens")[0]
    PageViewRestriction.objects.create(page=hidden, restriction_type="password", password="x")
    assert client.get("/fr/stories/").context["stories_page"].paginator.count == 1
    for url in ["/fr/stories/", "/fr/stories/feed/", "/sitemap.xml", "/fr/", "/fr/contributors/"]:
        assert "Réservé aux anciens" not in client.get(url).text, url
    search = client.get("/fr/search/", {"q": "Réservé aux anciens"})
    assert search.context["results_page"].paginator.count == 0


def test_contributor_email_is_never_rendered(client, make_stories):
    story = make_stories(1)[0]
    email = story.contributor.email
    contributor_url = f"/fr/contributors/{story.contributor.slug}/"
    urls = [
        "/fr/",
        "/fr/stories/",
        story.url,
        "/fr/contributors/",
        contributor_url,
        "/fr/stories/feed/",
        "/sitemap.xml",
        f"/fr/search/?q={story.contributor.name}",
    ]
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        assert email not in response.text, url
        assert email.split("@")[0] not in response.text, url


def test_contributor_without_a_live_story_has_no_public_profile(client, make_stories, story_index):
    draft = StoryPageFactory(parent=story_index, live=False)
    assert client.get(f"/fr/contributors/{draft.contributor.slug}/").status_code == 404
    assert draft.contributor.name not in client.get("/fr/contributors/").text
