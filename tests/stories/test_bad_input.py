"""Every bad query parameter or path gets a 404 or the page without that filter, never a 500."""

import json
import os
import subprocess
import sys

import pytest

pytestmark = pytest.mark.django_db

IGNORED_FILTERS = [
    "decade=abc",
    "decade=3000",
    "decade=1965",
    "decade=",
    "theme=unknown-theme",
    "era=unknown-era",
    "relation=astronaut",
    "sort=sideways",
    'theme="><script>alert(1)</script>',
    "era=%27%20OR%201%3D1--",
    "relation=<script>",
    "decade=%00",
    "decade=<script>alert(1)</script>",
    'sort="><script>alert(1)</script>',
    "video=<script>",
    "theme=" + "x" * 5000,
]

NOT_FOUND_PATHS = [
    "/fr/stories/decade/3000s/",
    "/fr/stories/decade/1900s/",
    "/fr/stories/decade/abc/",
    "/fr/stories/decade/1965s/",
    "/fr/stories/theme/unknown-theme/",
    "/fr/stories/era/unknown-era/",
    "/fr/stories/theme/unknown-theme/feed/",
    "/fr/stories/decade/3000s/feed/",
    "/fr/contributors/nobody-by-that-name/",
    "/fr/stories/no-such-story/",
    "/fr/stories/%3Cscript%3E/",
]

BAD_PAGES = [
    "page=-1",
    "page=0",
    "page=abc",
    "page=999999",
    "page=1e3",
    "page=" + "9" * 40,
    'page="><script>alert(1)</script>',
]


@pytest.mark.parametrize("query", IGNORED_FILTERS)
def test_bad_filter_shows_the_listing_without_it(client, make_stories, query):
    make_stories(3)
    response = client.get(f"/fr/stories/?{query}")
    assert response.status_code == 200
    assert response.context["stories_page"].paginator.count == 3
    assert "<script>alert" not in response.text


@pytest.mark.parametrize("path", NOT_FOUND_PATHS)
def test_unknown_path_is_a_404(client, make_stories, path):
    make_stories(1)
    assert client.get(path).status_code == 404


@pytest.mark.parametrize("query", BAD_PAGES)
def test_bad_page_number_is_a_404(client, make_stories, query):
    make_stories(3)
    assert client.get(f"/fr/stories/?{query}").status_code == 404
    assert client.get(f"/fr/contributors/?{query}").status_code == 404
    assert client.get(f"/fr/search/?q=atelier&{query}").status_code in (200, 404)


def test_bad_page_number_on_a_decade_archive_is_a_404(client, make_stories):
    make_stories(3, year=1964)
    assert client.get("/fr/stories/decade/1960s/?page=99").status_code == 404


@pytest.mark.parametrize(
    "q",
    [
        "a" * 10_000,
        "atelier\x00usine",
        "\x00",
        '"><script>alert(1)</script>',
        "' OR 1=1 --",
        "%",
        "&&& ||| !!!",
        "   ",
    ],
)
def test_search_survives_hostile_queries(client, make_stories, q):
    make_stories(2, teaser="Souvenir d’atelier.")
    response = client.get("/fr/search/", {"q": q})
    assert response.status_code == 200
    assert "<script>alert" not in response.text
    assert len(response.context["query"]) <= 200
    assert "\x00" not in response.context["query"]


def test_search_survives_invalid_utf8_bytes(client, make_stories):
    make_stories(1)
    response = client.get("/fr/search/?q=%C3%28atelier%FF%FE")
    assert response.status_code == 200


def test_search_ignores_bad_decade_and_theme(client, make_stories):
    make_stories(2, teaser="Souvenir d’atelier.")
    response = client.get("/fr/search/", {"q": "atelier", "decade": "abc", "theme": "<b>"})
    assert response.status_code == 200
    assert response.context["results_page"].paginator.count == 2


def test_home_ignores_unknown_theme(client, make_stories):
    make_stories(2)
    response = client.get("/fr/?theme=nope")
    assert response.status_code == 200
    assert response.context["selected_theme"] is None


def test_healthz_answers_503_when_the_database_is_unreachable(tmp_path):
    """A real unreachable server (nothing listens on port 9 of loopback), in a fresh process."""
    script = (
        "import django, json; django.setup();"
        "from django.test import Client;"
        "r = Client().get('/healthz'); print(json.dumps([r.status_code, r.json()]))"
    )
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "centenary.settings",
        "DATABASE_URL": "postgres://nobody@127.0.0.1:9/nothing?connect_timeout=2",
    }
    result = subprocess.run(
        [sys.executable, "-c", script], env=environment, capture_output=True, text=True, timeout=60
    )
    status, body = json.loads(result.stdout.strip().splitlines()[-1])
    assert status == 503
    assert body["database"] == "unavailable"
