"""The campaign kit: the ZIP read back (cards, texts and their tracked links), which stories a
kit picks, its states and progress, a failure recorded on the kit, and old kits forgotten."""

import csv
import datetime
import io
import zipfile
from urllib.parse import parse_qs, urlsplit

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation
from PIL import Image
from wagtail.models import Locale

from sharing.card_files import draw_cards
from sharing.cards import CardFormat
from sharing.kits import (
    KitFilters,
    ask_for_kit,
    build_kit,
    forget_old_kits,
    kit_stories,
    size_error,
)
from sharing.links import campaign_slug
from sharing.models import CampaignKit, CampaignSettings, Network
from tests.factories import StoryPageFactory

pytestmark = pytest.mark.django_db

CARD_SIZES = {
    "landscape-1200x630.jpg": (1200, 630),
    "square-1080x1080.jpg": (1080, 1080),
    "vertical-1080x1920.jpg": (1080, 1920),
}


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


def built_kit(filters: KitFilters, language: str = "en") -> CampaignKit:
    kit = ask_for_kit(filters, None, language)
    build_kit(kit.pk)
    kit.refresh_from_db()
    return kit


def read_zip(kit: CampaignKit) -> zipfile.ZipFile:
    with kit.file.open("rb") as stored:
        return zipfile.ZipFile(io.BytesIO(stored.read()))


def csv_rows(archive: zipfile.ZipFile, name: str, delimiter: str = ",") -> list[dict[str, str]]:
    text = archive.read(name).decode("utf-8-sig")
    return list(csv.DictReader(io.StringIO(text), delimiter=delimiter))


# The ZIP


def test_the_kit_holds_the_three_cards_of_each_story_at_their_sizes(story_index, story_with_photo):
    drawn = StoryPageFactory(parent=story_index, year=1968)
    draw_cards(drawn)  # one story's cards are stored, the other's are drawn for the kit

    kit = built_kit(KitFilters(decade=1960))

    assert kit.state == CampaignKit.State.READY
    archive = read_zip(kit)
    for story in (story_with_photo, drawn):
        for name, size in CARD_SIZES.items():
            with Image.open(archive.open(f"{story.slug}/{name}")) as card:
                card.load()
                assert (card.format, card.size) == ("JPEG", size)


def test_stored_cards_are_copied_as_they_are(story_index):
    story = StoryPageFactory(parent=story_index)
    stored = {card.format: card for card in draw_cards(story)}

    archive = read_zip(built_kit(KitFilters()))

    square = stored[CardFormat.SQUARE]
    with square.file.open("rb") as jpeg:
        assert archive.read(f"{story.slug}/square-1080x1080.jpg") == jpeg.read()


def test_every_text_has_the_hashtag_and_a_tracked_link(story_index):
    story = StoryPageFactory(parent=story_index)
    campaign = CampaignSettings.objects.create(
        site=story.get_site(), name="Nos 100 ans", hashtag="#Centenaire100"
    )

    rows = csv_rows(read_zip(built_kit(KitFilters())), f"{story.slug}/texts.csv")

    assert [row["network"] for row in rows] == list(Network.values)
    for row in rows:
        assert row["language"] == "fr"
        assert "#Centenaire100" in row["text"]
        link = urlsplit(row["link"])
        assert link.path == urlsplit(story.get_full_url()).path
        assert parse_qs(link.query) == {
            "utm_source": [row["network"]],
            "utm_medium": ["social"],
            "utm_campaign": [campaign_slug(campaign)],
            "utm_content": [story.slug],
        }
        assert row["link"] in row["text"]


def test_the_csv_uses_the_separator_excel_expects_in_the_editors_language(story_index):
    story = StoryPageFactory(parent=story_index)

    archive = read_zip(built_kit(KitFilters(), language="fr"))

    rows = csv_rows(archive, f"{story.slug}/texts.csv", delimiter=";")
    assert len(rows[0]) == 4
    assert len(rows) == len(Network.values)


def test_the_zip_holds_nothing_but_the_picked_stories(story_index, themes):
    picked = StoryPageFactory(parent=story_index, themes=[themes[0]])
    StoryPageFactory(parent=story_index, themes=[themes[1]])

    archive = read_zip(built_kit(KitFilters(theme=themes[0])))

    assert {name.split("/")[0] for name in archive.namelist()} == {picked.slug}
    assert len(archive.namelist()) == 4


# Which stories


def test_stories_are_picked_by_decade_theme_and_publication_dates(story_index, themes):
    innovation, greves = themes
    old = timezone.make_aware(datetime.datetime(2025, 3, 10, 12))
    a = StoryPageFactory(parent=story_index, year=1965, themes=[innovation], first_published_at=old)
    b = StoryPageFactory(parent=story_index, year=1968, themes=[greves])
    c = StoryPageFactory(parent=story_index, year=1982, themes=[innovation])

    def picked(**filters) -> set[int]:
        return {story.pk for story in kit_stories(KitFilters(**filters))}

    assert picked() == {a.pk, b.pk, c.pk}
    assert picked(decade=1960) == {a.pk, b.pk}
    assert picked(theme=innovation) == {a.pk, c.pk}
    assert picked(decade=1960, theme=innovation) == {a.pk}
    assert picked(published_to=datetime.date(2025, 3, 10)) == {a.pk}
    assert picked(published_from=datetime.date(2025, 3, 11)) == {b.pk, c.pk}


def test_drafts_are_never_in_a_kit(story_index):
    StoryPageFactory(parent=story_index, live=False)
    assert not kit_stories(KitFilters()).exists()


def test_a_kit_needs_a_story_and_holds_at_most_the_limit():
    assert size_error(0) == "No published story matches these choices."
    assert size_error(1) is None
    assert size_error(200) is None
    assert size_error(201).startswith(
        "201 stories match these choices, and a kit holds at most 200"
    )


# States and progress


def test_a_kit_waits_then_counts_each_story_done_then_is_ready(story_index):
    stories = [StoryPageFactory(parent=story_index) for _ in range(2)]
    kit = ask_for_kit(KitFilters(), None, "en")
    assert (kit.state, kit.done, kit.total) == (CampaignKit.State.PENDING, 0, 0)

    with CaptureQueriesContext(connection) as queries:
        assert build_kit(kit.pk) == CampaignKit.State.READY

    updates = [
        query["sql"]
        for query in queries.captured_queries
        if query["sql"].startswith('UPDATE "sharing_campaignkit"')
    ]
    assert "'building'" in updates[0] and '"total" = 2' in updates[0]
    assert '"done" = 1' in updates[1]
    assert '"done" = 2' in updates[2]
    assert "'ready'" in updates[3]
    kit.refresh_from_db()
    assert (kit.state, kit.done, kit.total, kit.message) == ("ready", 2, len(stories), "")


def test_a_kit_is_built_once(story_index):
    StoryPageFactory(parent=story_index)
    kit = built_kit(KitFilters())
    name = kit.file.name

    assert build_kit(kit.pk) == ""
    kit.refresh_from_db()
    assert kit.file.name == name


def test_a_kit_left_building_by_a_dead_worker_is_built_again(story_index):
    StoryPageFactory(parent=story_index)
    kit = ask_for_kit(KitFilters(), None, "en")
    CampaignKit.objects.filter(pk=kit.pk).update(state=CampaignKit.State.BUILDING, total=1)

    assert build_kit(kit.pk) == CampaignKit.State.READY
    kit.refresh_from_db()
    assert (kit.done, kit.total) == (1, 1)
    assert len(read_zip(kit).namelist()) == 4


def test_the_file_name_cannot_be_guessed(story_index):
    StoryPageFactory(parent=story_index)
    first, second = built_kit(KitFilters()), built_kit(KitFilters())

    folder = first.file.name.split("/")[1]
    assert len(folder) >= 32
    assert folder != second.file.name.split("/")[1]


# Failures


def test_a_kit_that_cannot_be_stored_is_marked_failed_with_a_message(story_index, media_root):
    StoryPageFactory(parent=story_index)
    (media_root / "kits").write_text("a file where the kits' folder should be")

    kit = built_kit(KitFilters())

    assert kit.state == CampaignKit.State.FAILED
    assert kit.message.startswith("The kit could not be written")
    assert not kit.file


def test_a_theme_deleted_before_the_kit_is_built_makes_it_fail(story_index, themes):
    StoryPageFactory(parent=story_index, themes=[themes[0]])
    kit = ask_for_kit(KitFilters(theme=themes[0]), None, "en")
    themes[0].delete()

    build_kit(kit.pk)

    kit.refresh_from_db()
    assert (kit.state, kit.message) == ("failed", "The theme “innovation” no longer exists.")


def test_stories_unpublished_before_the_kit_is_built_make_it_fail(story_index):
    story = StoryPageFactory(parent=story_index)
    kit = ask_for_kit(KitFilters(), None, "en")
    story.unpublish()

    build_kit(kit.pk)

    kit.refresh_from_db()
    assert (kit.state, kit.message) == ("failed", "No published story matches these choices.")


# Old kits


def test_kits_older_than_a_week_are_deleted_with_their_files(story_index):
    StoryPageFactory(parent=story_index)
    old, recent = built_kit(KitFilters()), built_kit(KitFilters())
    CampaignKit.objects.filter(pk=old.pk).update(
        created_at=timezone.now() - datetime.timedelta(days=8)
    )
    storage = old.file.storage

    assert forget_old_kits(timezone.now()) == 1

    assert list(CampaignKit.objects.all()) == [recent]
    assert not storage.exists(old.file.name)
    assert storage.exists(recent.file.name)


def test_a_translated_story_has_its_texts_in_each_language_with_their_own_links(story_index):
    story = StoryPageFactory(parent=story_index)
    translated = story.copy_for_translation(
        Locale.objects.create(language_code="en"), copy_parents=True
    )
    translated.save_revision().publish()

    archive = read_zip(built_kit(KitFilters()))

    assert {name.split("/")[0] for name in archive.namelist()} == {story.slug}
    rows = csv_rows(archive, f"{story.slug}/texts.csv")
    assert [(row["language"], row["network"]) for row in rows] == [
        (language, network) for language in ("fr", "en") for network in Network.values
    ]
    assert rows[0]["link"] != rows[len(Network.values)]["link"]
    for row in rows:
        version = story if row["language"] == "fr" else translated
        assert urlsplit(row["link"]).path == urlsplit(version.get_full_url()).path
