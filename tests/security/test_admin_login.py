"""The admin sign-in is rate limited: past the limit, attempts from one address, or at one user
name from any address, are refused with a 429 page in the visitor's language, before any password
is checked, on Wagtail's sign-in form and on Django's."""

import pytest

pytestmark = pytest.mark.django_db

PASSWORD = "correct horse battery staple"
LOGIN = "/admin/login/"


@pytest.fixture(autouse=True)
def three_attempts(settings):
    # Per hour: django-ratelimit counts in fixed windows, which an attempt must not straddle.
    settings.ADMIN_LOGIN_RATE_LIMIT = "3/h"


@pytest.fixture
def editor(django_user_model):
    return django_user_model.objects.create_superuser("editor", "editor@example.org", PASSWORD)


def sign_in(client, password: str, username: str = "editor", address: str = "127.0.0.1", **extra):
    return client.post(
        LOGIN, {"username": username, "password": password}, REMOTE_ADDR=address, **extra
    )


def test_attempts_within_the_limit_get_the_form_back(client, editor):
    for _ in range(3):
        response = sign_in(client, "wrong")
        assert response.status_code == 200
        assert b"login-form" in response.content


def test_past_the_limit_even_the_right_password_is_refused(client, editor):
    for _ in range(3):
        sign_in(client, "wrong")
    response = sign_in(client, PASSWORD)
    assert response.status_code == 429
    assert "Trop de tentatives de connexion" in response.content.decode()
    # Drawn by Wagtail's admin templates, under the admin's policy.
    assert "'unsafe-eval'" in response["Content-Security-Policy"]
    assert client.get("/admin/").status_code == 302  # still signed out


def test_the_refusal_speaks_the_visitors_language(client, editor):
    for _ in range(3):
        sign_in(client, "wrong", HTTP_ACCEPT_LANGUAGE="en")
    response = sign_in(client, "wrong", HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 429
    page = response.content.decode()
    assert '<html lang="en"' in page
    assert "signing in is paused after repeated attempts" in page


def test_guessing_one_user_name_from_many_addresses_is_refused(client, editor):
    for number in range(3):
        sign_in(client, "wrong", address=f"203.0.113.{number}")
    assert sign_in(client, PASSWORD, address="203.0.113.99").status_code == 429


def test_another_editor_elsewhere_still_signs_in(client, editor, django_user_model):
    django_user_model.objects.create_superuser("colleague", "colleague@example.org", PASSWORD)
    for _ in range(4):
        sign_in(client, "wrong")
    response = sign_in(client, PASSWORD, username="colleague", address="198.51.100.7")
    assert response.status_code == 302
    assert client.get("/admin/").status_code == 200


def test_the_django_admin_sign_in_is_limited_too(client, editor):
    for _ in range(3):
        client.post("/django-admin/login/", {"username": "editor", "password": "wrong"})
    response = client.post("/django-admin/login/", {"username": "editor", "password": PASSWORD})
    assert response.status_code == 429
