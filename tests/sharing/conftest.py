"""Fixtures for the share cards: uploaded files in a temporary media folder, stories with a photo,
and card contents built without the database."""

import pytest
from PIL import Image, ImageDraw

from sharing.cards import CardContent
from tests.factories import PhotoFactory, StoryPageFactory


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    """Photos and logos uploaded by a test go to a folder of its own, never to media/."""
    settings.MEDIA_ROOT = tmp_path
    return tmp_path


@pytest.fixture
def story_with_photo(story_index):
    return StoryPageFactory(parent=story_index, image=PhotoFactory(), year=1965)


@pytest.fixture
def logo_picture() -> Image.Image:
    """A transparent PNG-like logo: a red disc."""
    logo = Image.new("RGBA", (300, 100), (0, 0, 0, 0))
    ImageDraw.Draw(logo).ellipse((0, 0, 99, 99), fill=(200, 30, 40, 255))
    return logo


@pytest.fixture
def plain_content():
    """A card's content on the brand background (no photo, no logo), with the given quote."""

    def make(quote: str, language: str = "fr", **fields) -> CardContent:
        fields.setdefault("contributor_name", "Camille Martin")
        fields.setdefault("relation_label", "Ancienne salariée")
        fields.setdefault("decade_label", "années 1960")
        return CardContent(quote=quote, language=language, **fields)

    return make
