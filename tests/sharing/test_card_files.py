"""Cards kept in storage: drawn after a story is published, under a name that changes with what
the card shows, never drawn twice for the same content, the replaced file removed."""

import pytest
from PIL import Image

from sharing.card_files import default_card_url, draw_cards
from sharing.models import CampaignSettings, StoryCard
from stories.models import StoryPage

pytestmark = pytest.mark.django_db

SIZES = {"landscape": (1200, 630), "square": (1080, 1080), "vertical": (1080, 1920)}


def publish(story: StoryPage, capture) -> None:
    with capture(execute=True):
        story.save_revision().publish()


def cards_of(story: StoryPage) -> dict[str, StoryCard]:
    return {card.format: card for card in StoryCard.objects.filter(story=story)}


def test_publishing_a_story_draws_its_three_cards(
    story_with_photo, django_capture_on_commit_callbacks, media_root
):
    publish(story_with_photo, django_capture_on_commit_callbacks)

    cards = cards_of(story_with_photo)
    assert set(cards) == set(SIZES)
    for name, card in cards.items():
        with Image.open(media_root / card.file.name) as image:
            assert (image.format, image.size) == ("JPEG", SIZES[name])
        assert (card.width, card.height) == SIZES[name]
        assert card.file.name.startswith(f"cards/{story_with_photo.pk}/{name}-")


def test_publishing_again_unchanged_draws_nothing(
    story_with_photo, django_capture_on_commit_callbacks
):
    publish(story_with_photo, django_capture_on_commit_callbacks)
    names = {card.file.name for card in cards_of(story_with_photo).values()}

    publish(story_with_photo, django_capture_on_commit_callbacks)

    assert {card.file.name for card in cards_of(story_with_photo).values()} == names
    assert draw_cards(story_with_photo) == []


def test_a_new_quote_gives_new_addresses_and_removes_the_old_files(
    story_with_photo, django_capture_on_commit_callbacks, media_root
):
    publish(story_with_photo, django_capture_on_commit_callbacks)
    old = cards_of(story_with_photo)["square"].file.name

    story_with_photo.pull_quote = "Une autre phrase, plus courte."
    publish(story_with_photo, django_capture_on_commit_callbacks)

    new = cards_of(story_with_photo)["square"].file.name
    assert new != old
    assert (media_root / new).exists() and not (media_root / old).exists()


def test_a_new_campaign_hashtag_redraws_every_live_story_card(
    story_with_photo, django_capture_on_commit_callbacks
):
    publish(story_with_photo, django_capture_on_commit_callbacks)
    old = cards_of(story_with_photo)["landscape"].file.name

    with django_capture_on_commit_callbacks(execute=True):
        CampaignSettings.objects.update_or_create(
            site=story_with_photo.get_site(), defaults={"hashtag": "#Ferrandier110"}
        )

    assert cards_of(story_with_photo)["landscape"].file.name != old


def test_renaming_the_contributor_redraws_the_cards(
    story_with_photo, django_capture_on_commit_callbacks
):
    publish(story_with_photo, django_capture_on_commit_callbacks)
    old = cards_of(story_with_photo)["vertical"].file.name

    contributor = story_with_photo.contributor
    contributor.name = "Camille Martin-Roux"
    with django_capture_on_commit_callbacks(execute=True):
        contributor.save()

    assert cards_of(story_with_photo)["vertical"].file.name != old


def test_serving_a_story_never_draws_a_card(client, story_with_photo):
    assert client.get(story_with_photo.url).status_code == 200

    assert not StoryCard.objects.exists()


def test_the_default_card_is_a_static_file():
    assert default_card_url().endswith("img/share-card.jpg")
