"""What a visitor sees on each public page."""

import pytest

pytestmark = pytest.mark.django_db


def test_home_shows_twelve_decades_with_their_counts(client, make_stories):
    make_stories(3, year=1968)
    response = client.get("/fr/")
    assert response.status_code == 200
    timeline = response.context["timeline"]
    assert [item["decade"] for item in timeline][:2] == [1910, 1920]
    assert len(timeline) == 12
    assert next(i for i in timeline if i["decade"] == 1960)["count"] == 3
    assert 'href="/fr/stories/decade/1960s/"' in response.text


def test_story_page_shows_date_era_and_contributor(client, make_stories):
    story = make_stories(1, year=1965, circa=True)[0]
    response = client.get(story.url)
    assert response.status_code == 200
    assert "vers 1965" in response.text or "c. 1965" in response.text
    assert story.contributor.name in response.text
    assert story.contributor.email not in response.text


def test_decade_archive_lists_only_its_decade(client, make_stories):
    make_stories(2, year=1968)
    make_stories(2, year=1985)
    response = client.get("/fr/stories/decade/1960s/")
    assert response.status_code == 200
    assert response.context["stories_page"].paginator.count == 2


def test_unprefixed_path_redirects_to_french(client, site_tree):
    response = client.get("/stories/")
    assert response.status_code == 302
    assert response["Location"] == "/fr/stories/"


def test_contributor_profile_lists_their_stories(client, make_stories):
    story = make_stories(1)[0]
    response = client.get(f"/fr/contributors/{story.contributor.slug}/")
    assert response.status_code == 200
    assert story.title in response.text


def test_search_finds_story_by_teaser_word(client, make_stories):
    make_stories(1, teaser="La calculatrice mécanique arrive à l’atelier.")
    response = client.get("/fr/search/", {"q": "calculatrice"})
    assert response.status_code == 200
    assert response.context["results_page"].paginator.count == 1
    assert "<mark>calculatrice</mark>" in response.text


def test_feed_is_rss(client, make_stories):
    make_stories(3)
    response = client.get("/fr/stories/feed/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")


def test_healthz(client, db):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json()["status"] == "ok"


def test_sitemap_lists_stories_and_archives(client, make_stories):
    story = make_stories(1, year=1972)[0]
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert story.url in response.text
    assert "/fr/stories/decade/1970s/" in response.text


def test_server_error_page_speaks_the_visitors_language():
    from django.template.loader import render_to_string
    from django.utils.translation import override

    with override("fr"):
        assert "Une erreur est survenue" in render_to_string("500.html")
    with override("en"):
        assert "Something went wrong" in render_to_string("500.html")


def test_unprefixed_path_follows_the_visitors_language(client, site_tree):
    response = client.get("/stories/", HTTP_ACCEPT_LANGUAGE="en-GB,en;q=0.8")
    assert response["Location"] == "/en/stories/"


def test_english_pages_answer_with_english_interface(client, make_stories):
    make_stories(2, year=1965)
    response = client.get("/en/stories/decade/1960s/")
    assert response.status_code == 200
    assert '<html lang="en">' in response.text
    assert "The 1960s" in response.text


def test_a_search_writes_nothing_to_the_database(client, make_stories):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    make_stories(3, teaser="La calculatrice mécanique.")
    with CaptureQueriesContext(connection) as context:
        assert client.get("/fr/search/", {"q": "calculatrice"}).status_code == 200
    writes = [
        q["sql"] for q in context.captured_queries if not q["sql"].lstrip().startswith("SELECT")
    ]
    assert writes == []


def test_search_on_postgresql_understands_french_word_forms(client, make_stories):
    from django.db import connection

    if connection.vendor != "postgresql":
        pytest.skip("French stemming is PostgreSQL's; `make test` always runs on PostgreSQL")
    make_stories(1, teaser="Le premier ordinateur arrive à l’usine.")
    response = client.get("/fr/search/", {"q": "ordinateurs"})
    assert response.context["results_page"].paginator.count == 1
