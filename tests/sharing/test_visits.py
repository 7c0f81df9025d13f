"""Visits that arrive from a share: counted per story, network and day, then sent on to the clean
address; anything else with UTM tags is only sent on."""

import datetime

import pytest
from django.db import connection
from django.db.models import QuerySet
from django.http import HttpResponse
from django.test.utils import CaptureQueriesContext

from sharing import visits
from sharing.models import ShareCount
from sharing.visits import UtmVisitMiddleware, clean_address, live_story_at
from tests.factories import StoryPageFactory

pytestmark = pytest.mark.django_db

SHARED = "utm_source=linkedin&utm_medium=social&utm_campaign=centenaire"


def visits_of(story, network: str | None = None) -> dict:
    counts = ShareCount.objects.filter(story=story)
    if network:
        counts = counts.filter(network=network)
    return {(count.network, count.day): count.visits for count in counts}


@pytest.fixture
def story(make_stories):
    return make_stories(1)[0]


@pytest.fixture
def on_day(monkeypatch):
    def set_day(day: datetime.date) -> None:
        monkeypatch.setattr(visits.timezone, "localdate", lambda: day)

    return set_day


def test_a_visit_from_a_share_is_counted_once_and_sent_to_the_clean_address(client, story):
    response = client.get(f"{story.url}?{SHARED}")

    assert response.status_code == 302
    assert response["Location"] == story.url
    today = datetime.date.today()
    assert visits_of(story) == {("linkedin", today): 1}
    assert ShareCount.objects.get(story=story).shares == 0


def test_the_clean_address_is_the_story_page(client, story):
    response = client.get(f"{story.url}?{SHARED}", follow=True)
    assert response.status_code == 200
    assert response.redirect_chain == [(story.url, 302)]


def test_visits_are_counted_per_story_network_and_day(client, make_stories, on_day):
    first, second = make_stories(2)
    monday, tuesday = datetime.date(2026, 3, 2), datetime.date(2026, 3, 3)
    on_day(monday)
    for _ in range(3):
        client.get(f"{first.url}?utm_source=linkedin&utm_medium=social")
    client.get(f"{first.url}?utm_source=x&utm_medium=social")
    client.get(f"{second.url}?utm_source=linkedin&utm_medium=social")
    on_day(tuesday)
    client.get(f"{first.url}?utm_source=linkedin&utm_medium=social")

    assert visits_of(first) == {
        ("linkedin", monday): 3,
        ("x", monday): 1,
        ("linkedin", tuesday): 1,
    }
    assert visits_of(second) == {("linkedin", monday): 1}


@pytest.mark.parametrize("network", ["x", "linkedin", "facebook", "bluesky", "email"])
def test_every_network_is_counted(client, story, network):
    client.get(f"{story.url}?utm_source={network}&utm_medium=social")
    assert list(visits_of(story, network).values()) == [1]


def test_other_parameters_are_kept_in_their_order(client, story):
    response = client.get(f"{story.url}?ref=lettre&{SHARED}&utm_content=bouton&page=2")
    assert response["Location"] == f"{story.url}?ref=lettre&page=2"


def test_utm_tags_in_capitals_are_removed_too(client, story):
    response = client.get(f"{story.url}?UTM_Source=linkedin&Utm_Medium=social")
    assert response["Location"] == story.url


@pytest.mark.parametrize(
    "query",
    [
        "utm_source=twitter&utm_medium=social",
        "utm_source=linkedin&utm_medium=cpc",
        "utm_source=linkedin",
        "utm_medium=social",
        "utm_source=&utm_medium=social",
        "utm_source=%27%22%3B--&utm_medium=social",
        "utm_source=%3Cscript%3Ealert(1)%3C/script%3E&utm_medium=%3Cscript%3E",
        "utm_source=linkedin%00&utm_medium=social",
        "utm_source=" + "x" * 5000 + "&utm_medium=social",
        "utm_source=linkedin&utm_source=x&utm_medium=social&utm_medium=social%22",
        "utm_source=%FF%FE&utm_medium=social",
    ],
)
def test_other_tags_are_not_counted_but_still_sent_to_the_clean_address(client, story, query):
    response = client.get(f"{story.url}?{query}")
    assert response.status_code == 302
    assert response["Location"] == story.url
    assert visits_of(story) == {}


@pytest.mark.parametrize(
    "path", ["/fr/", "/fr/stories/", "/fr/stories/decade/1960s/", "/fr/contributors/"]
)
def test_utm_tags_on_other_pages_are_removed_without_counting(client, story, path):
    response = client.get(f"{path}?{SHARED}&decade=1960")
    assert response.status_code == 302
    assert response["Location"] == f"{path}?decade=1960"
    assert not ShareCount.objects.exists()


def test_utm_tags_on_an_unknown_address_are_removed_without_counting(client, story):
    response = client.get(f"/fr/stories/nulle-part/?{SHARED}")
    assert response["Location"] == "/fr/stories/nulle-part/"
    assert not ShareCount.objects.exists()


def test_a_draft_story_is_not_counted(client, story_index):
    draft = StoryPageFactory(parent=story_index, live=False, slug="brouillon")
    response = client.get(f"/fr/stories/brouillon/?{SHARED}")
    assert response["Location"] == "/fr/stories/brouillon/"
    assert visits_of(draft) == {}


def test_a_story_read_under_english_addresses_is_counted(client, story):
    english = story.url.replace("/fr/", "/en/", 1)
    response = client.get(f"{english}?{SHARED}")
    assert response["Location"] == english
    assert list(visits_of(story).values()) == [1]


def test_link_preview_robots_are_sent_on_but_not_counted(client, story):
    robot = "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)"
    response = client.get(f"{story.url}?{SHARED}", headers={"user-agent": robot})
    assert response["Location"] == story.url
    assert visits_of(story) == {}


def test_a_head_request_is_sent_on_but_not_counted(client, story):
    response = client.head(f"{story.url}?{SHARED}")
    assert response.status_code == 302
    assert visits_of(story) == {}


def test_a_form_posted_with_utm_tags_is_left_alone(client, story):
    response = client.post(f"{story.url}?{SHARED}")
    assert response.status_code != 302
    assert visits_of(story) == {}


def test_no_cookie_is_set_and_the_redirect_is_never_cached(client, story):
    response = client.get(f"{story.url}?{SHARED}")
    assert not response.cookies
    assert "Set-Cookie" not in response.headers
    assert "no-store" in response["Cache-Control"]
    assert "Cookie" not in response.get("Vary", "")


def test_the_redirect_never_leaves_the_site(rf):
    request = rf.get("/fr/", {"utm_source": "x"})
    request.path = "//elsewhere.example/\\evil/"
    assert clean_address(request) == "/elsewhere.example/%5Cevil/"


def test_a_request_without_utm_tags_costs_no_query(rf, story):
    middleware = UtmVisitMiddleware(lambda request: HttpResponse("page"))
    request = rf.get(story.url, {"page": "2"})
    with CaptureQueriesContext(connection) as queries:
        response = middleware(request)
    assert response.content == b"page"
    assert len(queries.captured_queries) == 0


def test_finding_the_story_costs_one_query(rf, story, django_assert_num_queries):
    request = rf.get(story.url)
    with django_assert_num_queries(1):
        assert live_story_at(request) == story.pk


def test_a_visit_made_by_another_request_meanwhile_is_added_to_not_lost(story, monkeypatch):
    """Two first visits of the day at once: the later insert fails, and adds to the row instead."""
    day = datetime.date(2026, 3, 2)
    ShareCount.objects.create(story=story, network="x", day=day, visits=1)
    real_update = QuerySet.update
    calls = []

    def update_missing_the_row_once(queryset, **fields):
        calls.append(fields)
        return 0 if len(calls) == 1 else real_update(queryset, **fields)

    monkeypatch.setattr(QuerySet, "update", update_missing_the_row_once)
    visits.count_visit(story.pk, "x", day)

    assert ShareCount.objects.get(story=story, network="x", day=day).visits == 2
    assert len(calls) == 2
