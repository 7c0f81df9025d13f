"""The "your story is live" e-mail of a contributor who agreed to social sharing carries the share
kit: the square card attached and a text ready to post on each network, with its tracked link."""

import io
import logging

import pytest
from django.core import mail
from PIL import Image

from sharing import card_files
from sharing.cards import campaign_for
from sharing.models import StoryCard
from stories.models import StoryPage
from submissions.models import Submission

pytestmark = pytest.mark.django_db

CONTRIBUTOR = ["odile.martin@example.org"]
NETWORKS = ("x", "linkedin", "facebook", "bluesky")


@pytest.fixture
def publish(client, admin_user, django_capture_on_commit_callbacks):
    """Approves the sent story and signs it off as its contributor, which publishes it; returns
    the e-mail that tells the contributor it is live."""

    def approve_and_sign_off() -> mail.EmailMessage:
        submission = Submission.objects.get()
        page = submission.page
        with django_capture_on_commit_callbacks(execute=True):
            page.current_workflow_task.on_action(
                page.current_workflow_task_state, admin_user, "approve"
            )
        with django_capture_on_commit_callbacks(execute=True):
            client.post(f"/fr/my-story/{submission.token}/sign-off/", {"decision": "approve"})
        assert StoryPage.objects.get(pk=page.pk).live
        to_contributor = [m for m in mail.outbox if m.to == CONTRIBUTOR]
        assert len(to_contributor) == 3  # acknowledgement, sign-off request, published
        return to_contributor[-1]

    return approve_and_sign_off


def campaign_hashtag() -> str:
    return campaign_for(Submission.objects.get().page).hashtag


def test_with_consent_the_square_card_is_attached_as_a_1080_jpeg(send_story, publish):
    send_story()
    message = publish()
    story = Submission.objects.get().page
    assert len(message.attachments) == 1
    name, content, mimetype = message.attachments[0]
    assert name.startswith(story.slug) and name.endswith(".jpg")
    assert mimetype == "image/jpeg"
    picture = Image.open(io.BytesIO(content))
    assert picture.format == "JPEG"
    assert picture.size == (1080, 1080)


def test_with_consent_the_four_texts_carry_the_hashtag_and_a_tracked_link(send_story, publish):
    send_story()
    body = publish().body
    assert body.count(campaign_hashtag()) >= 4
    for network in NETWORKS:
        assert f"utm_source={network}&utm_medium=social" in body
    for label in ("— X —", "— LinkedIn —", "— Facebook —", "— Bluesky —"):
        assert label in body


def test_the_mail_is_in_the_contributors_language_and_the_texts_in_the_storys(
    send_english_story, publish
):
    send_english_story()
    body = publish().body
    # The contributor wrote from the English form; the story itself is French.
    assert "Your story is published" in body
    assert "here are texts ready to post" in body
    assert "The picture attached to this e-mail goes with them." in body
    assert "années 1960" in body and "the 1960s" not in body


def test_without_consent_the_mail_has_no_card_and_no_texts(send_story, publish):
    send_story(consent_social_sharing=None)
    assert Submission.objects.get().consents["social_sharing"] is False
    message = publish()
    assert message.attachments == []
    assert "utm_source" not in message.body
    assert campaign_hashtag() not in message.body
    assert "Votre histoire est publiée" in message.body


def test_a_card_already_drawn_is_attached_without_being_drawn_again(
    send_story, publish, monkeypatch
):
    send_story()
    story = Submission.objects.get().page
    card_files.draw_cards(story)
    square = StoryCard.objects.get(story=story, format="square")
    drawings = []
    monkeypatch.setattr(card_files, "draw_cards", lambda story: drawings.append(story))
    message = publish()
    assert drawings == []
    assert len(message.attachments) == 1
    assert message.attachments[0][1] == square.file.storage.open(square.file.name).read()
    assert StoryCard.objects.get(pk=square.pk).file.name == square.file.name


def test_a_card_that_cannot_be_drawn_leaves_the_mail_without_attachment(
    send_story, publish, monkeypatch, caplog
):
    def fail(story):
        raise OSError("font missing")

    monkeypatch.setattr(card_files, "draw_cards", fail)
    send_story()
    with caplog.at_level(logging.WARNING, logger="submissions.share_kit"):
        message = publish()
    assert message.attachments == []
    assert "utm_source=linkedin" in message.body
    assert "The picture attached" not in message.body
    assert "font missing" in caplog.text
