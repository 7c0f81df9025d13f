"""What the share form does with input it must refuse: the visitor sees what is wrong, in their
language, next to what they typed, and nothing is stored until everything is right."""

import re
import time

import pytest
from django.test import Client
from django.utils import translation
from django.utils.html import escape
from django.utils.translation import gettext

from stories.models import StoryPage
from submissions.models import CONSENTS, REQUIRED_CONSENTS, Submission
from tests.submissions.conftest import STORY_TEXT, form_token, jpeg_upload, story_form
from tests.submissions.media import assert_nothing_written, files_in

pytestmark = pytest.mark.django_db

SHARE_URL = "/en/share-your-story/"
TITLE = "Trois semaines de mai"


@pytest.fixture
def send(send_english_story):
    return send_english_story


def assert_refused(response, anchor: str, message: str) -> str:
    """The form comes back with an error summary whose `message` links to the field at `anchor`."""
    html = response.content.decode()
    assert response.status_code == 400
    assert 'class="error-summary"' in html
    assert f'<a href="{anchor}">{escape(message)}</a>' in html
    assert f'id="{anchor[1:]}"' in html  # the link leads somewhere
    return html


def token_in_page(html: str) -> str:
    return re.search(r'name="form_token" value="([^"]+)"', html).group(1)


def sent_again_later(monkeypatch) -> None:
    """The visitor reads the message and sends again: the clock moves on a few seconds."""
    now = time.time()
    monkeypatch.setattr(time, "time", lambda: now + 5)


@pytest.mark.parametrize("consent", REQUIRED_CONSENTS)
def test_a_missing_consent_is_asked_for_by_its_box(send, media, consent):
    response = send(**{f"consent_{consent}": None})

    label = str(CONSENTS[consent]).rstrip(".")
    html = assert_refused(response, f"#id_consent_{consent}", f"Tick “{label}” to send your story.")
    assert f'value="{TITLE}"' in html
    assert_nothing_written(media)


@pytest.mark.parametrize(
    ("overrides", "anchor", "message"),
    [
        pytest.param({"story": ""}, "#id_story", "This field is required.", id="empty story"),
        pytest.param(
            {"story": "x" * 10_001},
            "#id_story",
            "Ensure this value has at most 10000 characters (it has 10001).",
            id="story of 10,001 characters",
        ),
        pytest.param({"year": "1850"}, "#id_year", "Give a year between 1910 and this year."),
        pytest.param({"year": "2090"}, "#id_year", "Give a year between 1910 and this year."),
        pytest.param(
            {"year": "", "decade": "abc"},
            "#id_decade",
            "Select a valid choice. abc is not one of the available choices.",
            id="decade abc",
        ),
        pytest.param(
            {"year": "1968", "decade": "1970"},
            "#id_decade",
            "The year 1968 is not in this decade.",
            id="year and decade disagree",
        ),
        pytest.param(
            {"themes": "999999"},
            "#id_themes_0",
            "Select a valid choice. 999999 is not one of the available choices.",
            id="unknown theme",
        ),
        pytest.param(
            {"website": "https://cheap-pills.example"},
            "#id_website",
            "Leave this field empty.",
            id="honeypot filled",
        ),
    ],
)
def test_a_wrong_answer_is_shown_next_to_what_was_typed(
    send, media, themes, overrides, anchor, message
):
    response = send(**overrides)

    html = assert_refused(response, anchor, message)
    assert f'value="{TITLE}"' in html
    if "story" not in overrides:
        assert escape(STORY_TEXT) in html
    assert_nothing_written(media)


def test_a_title_of_spaces_is_a_missing_title(send, media):
    response = send(title="      ")

    html = assert_refused(response, "#id_title", "This field is required.")
    assert escape(STORY_TEXT) in html
    assert_nothing_written(media)


def test_a_form_sent_within_three_seconds_is_refused_then_accepted_when_sent_again(
    client, guidelines, story_index, media, monkeypatch
):
    sent = story_form(form_token=form_token(seconds_ago=1))
    response = client.post(SHARE_URL, sent)

    html = assert_refused(
        response,
        "#send-story",
        "That was quicker than anyone can write: check your story and send it again.",
    )
    assert f'value="{TITLE}"' in html
    assert_nothing_written(media)
    sent_again_later(monkeypatch)
    again = client.post(SHARE_URL, {**sent, "form_token": token_in_page(html)})
    assert again.status_code == 302
    assert Submission.objects.count() == 1


@pytest.mark.parametrize(
    "token",
    [
        pytest.param("garbage", id="garbage"),
        pytest.param(form_token()[:-3] + "abc", id="bad signature"),
        pytest.param("", id="empty"),
    ],
)
def test_a_tampered_form_token_asks_to_send_again_with_a_fresh_one(
    client, guidelines, story_index, media, monkeypatch, token
):
    sent = story_form(form_token=token)
    response = client.post(SHARE_URL, sent)

    expected = "This form has expired. Check your answers and send it again."
    html = assert_refused(response, "#send-story", expected if token else "This field is required.")
    assert f'value="{TITLE}"' in html
    assert_nothing_written(media)
    sent_again_later(monkeypatch)
    again = client.post(SHARE_URL, {**sent, "form_token": token_in_page(html)})
    assert again.status_code == 302


def test_an_empty_post_shows_the_form_with_its_required_fields(client, guidelines, media):
    response = client.post(SHARE_URL, {})

    assert_refused(response, "#id_story", "This field is required.")
    assert_nothing_written(media)


@pytest.mark.parametrize("method", ["put", "patch", "delete"])
def test_the_form_answers_only_get_and_post(client, guidelines, method):
    response = getattr(client, method)(SHARE_URL, story_form())

    assert response.status_code == 405
    assert not Submission.objects.exists()


def test_the_same_form_sent_twice_makes_one_submission(send, mailoutbox):
    sent = story_form()
    first = send(**sent)
    second = send(**sent)

    submission = Submission.objects.get()
    assert first.status_code == second.status_code == 302
    assert first["Location"] == second["Location"] == f"/en/my-story/{submission.token}/"
    assert StoryPage.objects.count() == 1
    assert len(mailoutbox) == 1


@pytest.mark.parametrize("language", ["fr", "en"])
def test_a_form_without_its_csrf_token_gets_a_friendly_page_in_the_visitors_language(
    guidelines, story_index, media, language
):
    browser = Client(enforce_csrf_checks=True)
    response = browser.post(f"/{language}/share-your-story/", story_form())

    html = response.content.decode()
    assert response.status_code == 403
    assert f'<html lang="{language}">' in html
    with translation.override(language):
        assert escape(gettext("Your form could not be sent")) in html
    assert "CSRF verification failed" not in html
    assert_nothing_written(media)


@pytest.mark.parametrize("language", ["fr", "en"])
def test_too_many_stories_from_one_connection_get_a_429_in_the_visitors_language(
    client, guidelines, story_index, media, settings, language
):
    settings.SUBMISSION_RATE_LIMIT = "2/h"
    url = f"/{language}/share-your-story/"
    for _ in range(2):
        assert client.post(url, story_form(website="x")).status_code == 400

    response = client.post(url, story_form())

    html = response.content.decode()
    assert response.status_code == 429
    assert f'<html lang="{language}">' in html
    with translation.override(language):
        assert escape(gettext("Please wait a little")) in html
    assert_nothing_written(media)
    assert client.get(url).status_code == 200  # reading the form is never limited


SCRIPT = "<script>alert(1)</script>"
SCRIPTED = {
    "public_name": f"Odile {SCRIPT}",
    "role": SCRIPT,
    "title": f"{SCRIPT} Trois semaines",
    "story": f"{SCRIPT}\n\n{STORY_TEXT}",
    "pull_quote": SCRIPT,
    "photos-0-caption": SCRIPT,
    "photos-0-credit": SCRIPT,
}


@pytest.fixture
def scripted(send, media) -> Submission:
    """A valid story with a script tag in every text a visitor types."""
    response = send(photos=[jpeg_upload()], **SCRIPTED)
    assert response.status_code == 302
    return Submission.objects.get()


def assert_shown_as_text(html: str) -> None:
    assert SCRIPT not in html
    assert escape(SCRIPT) in html


def test_a_script_tag_is_stored_exactly_as_sent(scripted, media):
    photo = scripted.photos.get()
    assert scripted.public_name == SCRIPTED["public_name"]
    assert (scripted.role, scripted.title, scripted.pull_quote) == (
        SCRIPT,
        SCRIPTED["title"],
        SCRIPT,
    )
    assert scripted.story == SCRIPTED["story"]
    assert (photo.caption, photo.credit) == (SCRIPT, SCRIPT)
    assert files_in(media.private) and files_in(media.public / "original_images")


def test_a_script_tag_shows_as_text_on_the_status_page(client, scripted):
    response = client.get(f"/en/my-story/{scripted.token}/")

    assert_shown_as_text(response.content.decode())


def test_a_script_tag_shows_as_text_in_the_draft_preview(admin_client, scripted):
    response = admin_client.get(f"/admin/pages/{scripted.page.pk}/view_draft/")

    assert response.status_code == 200
    assert_shown_as_text(response.content.decode())


def test_a_script_tag_shows_as_text_in_the_story_to_sign_off(
    client, scripted, admin_user, django_capture_on_commit_callbacks
):
    page = scripted.page
    with django_capture_on_commit_callbacks(execute=True):
        page.current_workflow_task.on_action(
            page.current_workflow_task_state, admin_user, "approve"
        )

    html = client.get(f"/en/my-story/{scripted.token}/").content.decode()
    assert 'name="decision"' in html
    assert_shown_as_text(html)


def test_a_script_tag_reaches_the_email_as_the_text_typed_in_a_plain_text_message(
    scripted, mailoutbox
):
    # No HTML part, so nothing in it can run; escaping would show "&lt;" to the reader instead.
    (message,) = mailoutbox
    assert message.message().get_content_type() == "text/plain"
    assert SCRIPTED["title"] in message.subject
    assert SCRIPTED["title"] in message.body
