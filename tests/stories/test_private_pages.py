"""Pages the editors keep private (Wagtail's page privacy): a password form that shows nothing of
the page, a limit on guesses, and a page that is never shared through the cache once unlocked."""

from urllib.parse import quote

import pytest
from django.test import Client
from wagtail.models import PageViewRestriction

pytestmark = pytest.mark.django_db

PASSWORD = "centenaire"


@pytest.fixture
def private_story(make_stories):
    story = make_stories(1, title="Réservé aux anciens", teaser="Le secret du four numéro 3")[0]
    restriction = PageViewRestriction.objects.create(
        page=story, restriction_type=PageViewRestriction.PASSWORD, password=PASSWORD
    )
    return story, restriction


def password_url(story, restriction, language: str = "fr") -> str:
    return f"/{language}/_util/authenticate_with_password/{restriction.id}/{story.id}/"


def send_password(visitor: Client, private_story, password: str, return_url: str | None = None):
    story, restriction = private_story
    return visitor.post(
        password_url(story, restriction),
        {"password": password, "return_url": return_url or story.url},
    )


def test_a_private_story_asks_for_its_password_and_shows_nothing_of_itself(client, private_story):
    story, restriction = private_story
    response = client.get(story.url)
    assert response.status_code == 200
    assert "Page privée" in response.text
    assert f'action="{password_url(story, restriction)}"' in response.text
    assert '<meta name="robots" content="noindex, nofollow">' in response.text
    assert "Réservé aux anciens" not in response.text
    assert "four numéro 3" not in response.text
    assert "no-cache" in response["Cache-Control"]


def test_the_password_form_speaks_english_under_en(client, private_story):
    story, _ = private_story
    response = client.get(story.url.replace("/fr/", "/en/", 1))
    assert response.status_code in (200, 404)
    english = client.get(f"/en/_util/authenticate_with_password/{private_story[1].id}/{story.id}/")
    assert "Private page" in english.text
    assert 'lang="en"' in english.text


def test_a_wrong_password_is_refused_with_a_clear_message(client, private_story):
    response = send_password(client, private_story, "devinette")
    assert response.status_code == 200
    assert "field--error" in response.text
    assert "Réservé aux anciens" not in response.text


def test_the_right_password_opens_the_story_to_that_visitor_only(client, private_story):
    story, _ = private_story
    insider = Client()
    assert send_password(insider, private_story, PASSWORD).url == story.url
    assert "Réservé aux anciens" in insider.get(story.url).text
    assert "Réservé aux anciens" in insider.get(story.url).text
    assert "Réservé aux anciens" not in client.get(story.url).text


def test_a_return_address_on_another_site_is_not_followed(client, private_story):
    response = send_password(client, private_story, PASSWORD, "https://example.com/")
    assert response.status_code == 302
    assert "example.com" not in response.url


def test_guessing_the_password_is_stopped(client, private_story, settings):
    settings.ADMIN_LOGIN_RATE_LIMIT = "3/15m"
    for _ in range(3):
        assert send_password(client, private_story, "devinette").status_code == 200
    response = send_password(client, private_story, PASSWORD)
    assert response.status_code == 429
    assert "Trop de tentatives" in response.text


@pytest.mark.parametrize("address", ["/fr/_util/authenticate_with_password/999/999/"])
def test_an_unknown_private_page_is_not_found(client, address):
    assert client.get(address).status_code == 404


def test_a_story_kept_for_signed_in_people_sends_them_to_the_admin_sign_in(client, make_stories):
    story = make_stories(1, title="Réservé aux cadres")[0]
    PageViewRestriction.objects.create(page=story, restriction_type=PageViewRestriction.LOGIN)
    response = client.get(story.url, follow=True)
    assert response.redirect_chain[-1][0] == f"/admin/login/?next={quote(story.url, safe='')}"
    assert "Réservé" not in response.text


def test_a_story_made_private_is_no_longer_served_from_the_cache(client, make_stories):
    story = make_stories(1, title="Bientôt réservé")[0]
    assert "Bientôt réservé" in client.get(story.url).text
    assert "Bientôt réservé" in client.get("/fr/stories/").text
    restriction = PageViewRestriction.objects.create(
        page=story, restriction_type=PageViewRestriction.PASSWORD, password=PASSWORD
    )
    assert "Bientôt réservé" not in client.get(story.url).text
    assert "Bientôt réservé" not in client.get("/fr/stories/").text
    restriction.delete()
    assert "Bientôt réservé" in client.get(story.url).text
