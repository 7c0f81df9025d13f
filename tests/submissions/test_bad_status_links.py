"""The private status link misused: forged or overlong tokens find nothing, unexpected methods are
refused, and a sign-off or withdrawal sent wrongly or twice changes nothing and says why."""

import secrets

import pytest
from django.utils import translation
from django.utils.html import escape
from django.utils.translation import gettext
from wagtail.models import ModelLogEntry

from stories.models import StoryPage
from submissions.models import Submission

pytestmark = pytest.mark.django_db


@pytest.fixture
def submission(send_story) -> Submission:
    send_story()
    return Submission.objects.get()


@pytest.fixture
def awaiting_sign_off(submission, admin_user, django_capture_on_commit_callbacks) -> Submission:
    page = submission.page
    with django_capture_on_commit_callbacks(execute=True):
        page.current_workflow_task.on_action(
            page.current_workflow_task_state, admin_user, "approve"
        )
    return submission


def status_path(submission: Submission) -> str:
    return f"/en/my-story/{submission.token}/"


@pytest.mark.parametrize(
    ("method", "action"),
    [("get", ""), ("get", "withdraw/"), ("post", "withdraw/"), ("post", "sign-off/")],
)
@pytest.mark.parametrize(
    "forge",
    [
        pytest.param(lambda real: secrets.token_urlsafe(32), id="random token"),
        pytest.param(lambda real: real + "x" * (65 - len(real)), id="real token padded to 65"),
        pytest.param(lambda real: real[:-1], id="real token cut short"),
    ],
)
def test_a_forged_status_link_finds_nothing_and_changes_nothing(
    client, submission, forge, method, action
):
    path = f"/fr/my-story/{forge(submission.token)}/{action}"
    response = getattr(client, method)(path, {"decision": "approve"} if method == "post" else {})

    assert response.status_code == 404
    with translation.override("fr"):
        assert escape(gettext("Page not found")) in response.content.decode()
    submission.refresh_from_db()
    assert not submission.is_withdrawn
    assert StoryPage.objects.filter(pk=submission.page_id).exists()


@pytest.mark.parametrize(
    ("method", "action"), [("get", "sign-off/"), ("put", "sign-off/"), ("put", "withdraw/")]
)
def test_the_status_actions_refuse_other_methods(client, submission, method, action):
    response = getattr(client, method)(status_path(submission) + action)

    assert response.status_code == 405
    submission.refresh_from_db()
    assert not submission.is_withdrawn


@pytest.mark.parametrize(
    ("answer", "message"),
    [
        pytest.param(
            {}, "Choose whether you approve this version or would like changes.", id="none"
        ),
        pytest.param(
            {"decision": "maybe"},
            "Choose whether you approve this version or would like changes.",
            id="maybe",
        ),
        pytest.param(
            {"decision": "changes", "comment": "   "},
            "Tell the editors what to change.",
            id="changes without saying which",
        ),
    ],
)
def test_an_incomplete_sign_off_changes_nothing_and_says_what_is_missing(
    client, awaiting_sign_off, answer, message
):
    response = client.post(status_path(awaiting_sign_off) + "sign-off/", answer, follow=True)

    html = response.content.decode()
    assert response.redirect_chain == [(status_path(awaiting_sign_off), 302)]
    assert escape(message) in html
    assert 'name="decision"' in html  # still waiting for the answer
    awaiting_sign_off.refresh_from_db()
    assert awaiting_sign_off.signed_off_at is None
    assert not StoryPage.objects.get(pk=awaiting_sign_off.page_id).live


def test_a_sign_off_before_the_editors_are_done_changes_nothing(client, submission):
    response = client.post(
        status_path(submission) + "sign-off/", {"decision": "approve"}, follow=True
    )

    assert "There is nothing to sign off at the moment." in response.content.decode()
    submission.refresh_from_db()
    assert submission.signed_off_at is None
    assert not StoryPage.objects.get(pk=submission.page_id).live


def test_withdrawing_twice_erases_once_and_shows_the_story_withdrawn(client, submission):
    path = status_path(submission) + "withdraw/"
    first = client.post(path)
    second = client.post(path, follow=True)

    assert first.status_code == 302
    assert second.redirect_chain == [(status_path(submission), 302)]
    assert "You withdrew your story." in second.content.decode()
    assert ModelLogEntry.objects.filter(action="centenary.withdrawn").count() == 1
    assert client.get(path).status_code == 302
    assert not StoryPage.objects.exists()
