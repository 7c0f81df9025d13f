"""Share cards: their size and format, text that always fits the safe box, the photo's crop, and
stories with missing parts (sharing/cards.py and the modules it uses)."""

import io
from itertools import pairwise

import pytest
from django.core.files.images import ImageFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from PIL import Image, ImageChops, ImageDraw, ImageFont

from sharing import card_text
from sharing.card_layout import Box, layout_card
from sharing.card_photo import crop_box
from sharing.card_text import HYPHEN, SERIF, TextStyle, fit_text
from sharing.cards import (
    BrandColours,
    CardContent,
    CardFormat,
    campaign_for,
    card_content,
    draw_card,
    render_card,
)
from sharing.models import CampaignSettings
from sharing.typography import display_quote
from stories.demo.images import render_archival_photo
from tests.factories import PhotoFactory, StoryPageFactory

NNBSP = "\u202f"
UNBROKEN_WORD = "Anticonstitutionnellement" * 8  # 200 letters, no space
# 200 characters, the pull quote's limit, with French punctuation to space.
LONG_QUOTE = (
    "On apprenait tout sur le tas : les machines, les gestes et le bruit. Le premier jour, le chef "
    "d'atelier m'a dit \"regarde et tais-toi\", et j'ai regardé pendant trois mois, jusqu'à l'été. "
    "Quelle école !"
)
assert len(LONG_QUOTE) == 200
EMOJI_AND_RIGHT_TO_LEFT = "Quel bonheur 😀🎉 : مرحبا بالعالم — שלום עולם ! 👩‍🔧"
ALL_FORMATS = list(CardFormat)


def quote_text(layout) -> str:
    return " ".join(line.text for line in layout.text("quote").lines)


def all_ink_boxes(layout):
    return [line.ink for text in layout.texts for line in text.lines]


def colour_distance(first, second) -> int:
    return max(abs(a - b) for a, b in zip(first, second, strict=True))


# Formats and encoding


@pytest.mark.django_db
@pytest.mark.parametrize("card_format", ALL_FORMATS)
def test_each_format_is_a_jpeg_of_its_size(story_with_photo, card_format):
    card = Image.open(io.BytesIO(render_card(story_with_photo, card_format)))
    assert (card.format, card.size, card.mode) == ("JPEG", card_format.size, "RGB")


def test_the_formats_are_the_networks_sizes():
    assert {card_format.value: card_format.size for card_format in CardFormat} == {
        "landscape": (1200, 630),
        "square": (1080, 1080),
        "vertical": (1080, 1920),
    }


# Text inside the safe box


@pytest.mark.parametrize("card_format", ALL_FORMATS)
@pytest.mark.parametrize("quote", ["Court.", LONG_QUOTE, UNBROKEN_WORD, EMOJI_AND_RIGHT_TO_LEFT])
def test_every_line_is_laid_out_inside_the_safe_box(plain_content, card_format, quote):
    layout = layout_card(plain_content(quote, logo=None), card_format)
    assert all(layout.safe_box.contains(ink) for ink in all_ink_boxes(layout))


@pytest.mark.parametrize("card_format", ALL_FORMATS)
def test_nothing_is_drawn_outside_the_safe_box_on_the_brand_background(plain_content, card_format):
    content = plain_content(LONG_QUOTE)
    card = draw_card(content, card_format)
    background = Image.new("RGB", card.size, content.colours.background)
    drawn = Box(*ImageChops.difference(card, background).getbbox())
    assert layout_card(content, card_format).safe_box.contains(drawn)


@pytest.mark.parametrize("card_format", ALL_FORMATS)
@pytest.mark.parametrize("quote", [LONG_QUOTE, EMOJI_AND_RIGHT_TO_LEFT])
def test_each_line_is_drawn_exactly_as_pillow_draws_its_text(plain_content, card_format, quote):
    content = plain_content(quote)
    layout = layout_card(content, card_format)
    expected = Image.new("RGB", card_format.size, content.colours.background)
    draw = ImageDraw.Draw(expected)
    left, top, right, bottom = layout.rule
    draw.rectangle((left, top, right - 1, bottom - 1), fill=layout.rule_colour)
    for text in layout.texts:
        for line in text.lines:
            draw.text(line.origin, line.text, font=text.font, fill=text.colour, anchor="ls")
    assert ImageChops.difference(draw_card(content, card_format), expected).getbbox() is None


@pytest.mark.parametrize("card_format", ALL_FORMATS)
def test_the_logo_stays_inside_the_safe_box(plain_content, logo_picture, card_format):
    layout = layout_card(plain_content("Court.", logo=logo_picture), card_format)
    assert layout.logo_box is not None and layout.safe_box.contains(layout.logo_box)


@pytest.mark.parametrize("card_format", ALL_FORMATS)
def test_lines_do_not_overlap(plain_content, logo_picture, card_format):
    layout = layout_card(plain_content(LONG_QUOTE, logo=logo_picture), card_format)
    boxes = sorted(all_ink_boxes(layout), key=lambda box: box.top)
    assert all(above.bottom <= below.top for above, below in pairwise(boxes))


@pytest.mark.parametrize("card_format", ALL_FORMATS)
def test_a_200_character_quote_is_shown_whole_and_unbroken(plain_content, card_format):
    layout = layout_card(plain_content(LONG_QUOTE), card_format)
    assert quote_text(layout) == display_quote(LONG_QUOTE, "fr")


@pytest.mark.parametrize("card_format", ALL_FORMATS)
def test_a_200_character_word_is_shown_whole_over_hyphenated_lines(plain_content, card_format):
    layout = layout_card(plain_content(UNBROKEN_WORD, language="en"), card_format)
    lines = [line.text for line in layout.text("quote").lines]
    assert len(lines) > 1 and all(line.endswith(HYPHEN) for line in lines[:-1])
    assert "".join(line.removesuffix(HYPHEN) for line in lines) == f"“{UNBROKEN_WORD}”"


def test_words_are_not_hyphenated_while_the_text_can_shrink(plain_content):
    words = " ".join(["extraordinairement"] * 9)
    layout = layout_card(plain_content(words), CardFormat.LANDSCAPE)
    assert not any(line.text.endswith(HYPHEN) for line in layout.text("quote").lines)


def test_text_longer_than_a_box_can_hold_ends_with_an_ellipsis_after_a_whole_word():
    style = TextStyle(SERIF, 40, 20, 12)
    block = fit_text("souvenir " * 400, style, width=400, height=100)
    assert block.truncated and block.height <= 100
    assert block.lines[-1].text.endswith("souvenir…")


def test_a_long_quote_is_set_smaller_than_a_short_one(plain_content):
    short = layout_card(plain_content("Court."), CardFormat.LANDSCAPE).text("quote")
    long = layout_card(plain_content(LONG_QUOTE), CardFormat.LANDSCAPE).text("quote")
    assert long.font.size < short.font.size


@pytest.mark.parametrize("card_format", ALL_FORMATS)
def test_a_120_character_name_fits_in_two_lines(plain_content, card_format):
    layout = layout_card(plain_content("Court.", contributor_name="Marie " * 20), card_format)
    assert len(layout.text("name").lines) <= 2
    assert all(layout.safe_box.contains(ink) for ink in all_ink_boxes(layout))


# Languages and scripts


@pytest.mark.parametrize("card_format", ALL_FORMATS)
def test_emoji_and_right_to_left_text_are_drawn_without_error(plain_content, card_format):
    card = draw_card(plain_content(EMOJI_AND_RIGHT_TO_LEFT), card_format)
    assert card.size == card_format.size


@pytest.fixture
def basic_layout(monkeypatch):
    """Pillow without libraqm: fonts loaded with the basic layout engine, caches emptied around."""
    caches = (
        card_text.font,
        card_text._reference_advance,
        card_text._reference_width,
        card_text._extent_ratios,
    )
    for cache in caches:
        cache.cache_clear()
    monkeypatch.setattr(card_text, "layout_engine", lambda: ImageFont.Layout.BASIC)
    yield
    for cache in caches:
        cache.cache_clear()


@pytest.mark.parametrize("card_format", ALL_FORMATS)
def test_without_libraqm_emoji_and_right_to_left_text_still_fit(
    basic_layout, plain_content, card_format
):
    layout = layout_card(plain_content(EMOJI_AND_RIGHT_TO_LEFT), card_format)
    assert layout.text("quote").font.layout_engine == ImageFont.Layout.BASIC
    assert all(layout.safe_box.contains(ink) for ink in all_ink_boxes(layout))
    assert draw_card(plain_content(EMOJI_AND_RIGHT_TO_LEFT), card_format).size == card_format.size


def test_a_right_to_left_quote_is_aligned_to_the_right(plain_content):
    layout = layout_card(plain_content("مرحبا بالعالم، هذه قصة من المصنع"), CardFormat.SQUARE)
    assert all(line.ink.right == layout.safe_box.right for line in layout.text("quote").lines)


def test_a_french_quote_is_shown_in_guillemets_with_french_spacing(plain_content):
    layout = layout_card(plain_content('Il m\'a dit : "reviens demain" !'), CardFormat.SQUARE)
    assert quote_text(layout) == (f"«{NNBSP}Il m’a dit{NNBSP}: “reviens demain”{NNBSP}!{NNBSP}»")


def test_an_english_quote_is_shown_in_curly_quotes(plain_content):
    layout = layout_card(plain_content('It\'s "ours" !', language="en"), CardFormat.SQUARE)
    assert quote_text(layout) == "“It’s ‘ours’!”"


# Photo, crop and colours


def test_the_crop_has_the_cards_proportions():
    left, top, right, bottom = crop_box((4000, 3000), (1080, 1920))
    assert (right - left) / (bottom - top) == pytest.approx(1080 / 1920)


def test_the_crop_is_centred_when_there_is_no_focal_point():
    assert crop_box((2000, 1000), (1000, 1000)) == (500, 0, 1500, 1000)


@pytest.mark.parametrize(
    "focal", [(1900, 400, 100, 100), (0, 0, 50, 50), (0, 900, 40, 100), (1950, 950, 50, 50)]
)
def test_a_focal_point_at_the_edge_stays_inside_the_crop(focal):
    left, top, right, bottom = crop_box((2000, 1000), (1080, 1920), focal)
    x, y, width, height = focal
    assert left <= x and x + width <= right and top <= y and y + height <= bottom
    assert Box(0, 0, 2000, 1000).contains(Box(left, top, right, bottom))


def test_the_crop_follows_the_focal_point():
    left, _top, right, _bottom = crop_box((3000, 1000), (1000, 1000), (2400, 400, 200, 200))
    assert (left + right) / 2 == 2500


@pytest.mark.django_db
def test_the_focal_point_is_read_in_the_pixels_of_a_reduced_decode(story_index):
    picture = render_archival_photo("workshop", 1960, 1, (2400, 1600))
    photo = PhotoFactory(file=ImageFile(io.BytesIO(picture), name="large.jpg"))
    photo.focal_point_x, photo.focal_point_y = 1800, 400
    photo.focal_point_width, photo.focal_point_height = 200, 100
    story = StoryPageFactory(parent=story_index, image=photo)
    content = card_content(story, CampaignSettings(), cover=CardFormat.LANDSCAPE)
    assert content.photo.size == (1200, 800)
    assert content.focal_point == pytest.approx((850, 175, 100, 50))


def test_white_text_is_used_over_a_photo(plain_content):
    content = plain_content("Court.", photo=Image.new("RGB", (1600, 1200), (250, 250, 250)))
    assert layout_card(content, CardFormat.SQUARE).text("quote").colour == (255, 255, 255)


def test_a_photo_is_darkened_under_the_text(plain_content):
    white = Image.new("RGB", (1600, 1200), (255, 255, 255))
    card = draw_card(plain_content("Court.", photo=white), CardFormat.SQUARE)
    assert max(card.getpixel((5, 1075))) < 60


def test_a_brand_colour_without_contrast_is_replaced_by_black_or_white(plain_content):
    pale = BrandColours(primary=(250, 250, 240), accent=(200, 60, 60), background=(255, 255, 250))
    layout = layout_card(plain_content("Court.", colours=pale), CardFormat.SQUARE)
    assert layout.text("quote").colour == (0, 0, 0)


# Stories with missing parts


@pytest.mark.django_db
def test_a_story_without_a_photo_gets_the_brand_background(story_index):
    story = StoryPageFactory(parent=story_index, image=None)
    card = Image.open(io.BytesIO(render_card(story, CardFormat.LANDSCAPE)))
    assert colour_distance(card.getpixel((2, 2)), BrandColours().background) <= 3


@pytest.mark.django_db
def test_a_story_whose_photo_file_is_gone_gets_the_brand_background(story_with_photo):
    story_with_photo.image.file.storage.delete(story_with_photo.image.file.name)
    card = Image.open(io.BytesIO(render_card(story_with_photo, CardFormat.SQUARE)))
    assert colour_distance(card.getpixel((2, 2)), BrandColours().background) <= 3


@pytest.mark.django_db
def test_a_story_whose_photo_file_is_not_a_picture_gets_the_brand_background(story_with_photo):
    path = story_with_photo.image.file.path
    with open(path, "wb") as damaged:
        damaged.write(b"not a picture at all")
    card = Image.open(io.BytesIO(render_card(story_with_photo, CardFormat.SQUARE)))
    assert colour_distance(card.getpixel((2, 2)), BrandColours().background) <= 3


@pytest.mark.django_db
def test_a_card_without_a_logo_has_no_logo_box(story_with_photo):
    content = card_content(story_with_photo, CampaignSettings())
    assert content.logo is None
    assert layout_card(content, CardFormat.SQUARE).logo_box is None


@pytest.mark.django_db
def test_a_logo_whose_file_is_gone_is_left_out(story_with_photo):
    logo = PhotoFactory()
    logo.file.storage.delete(logo.file.name)
    content = card_content(story_with_photo, CampaignSettings(logo=logo))
    assert content.logo is None


@pytest.mark.django_db
def test_the_campaign_logo_is_drawn_in_its_box(story_index, site_tree):
    logo = PhotoFactory()
    CampaignSettings.objects.create(site=site_tree["home"].get_site(), logo=logo)
    story = StoryPageFactory(parent=story_index, image=None)
    content = card_content(story, campaign_for(story))
    layout = layout_card(content, CardFormat.SQUARE)
    card = draw_card(content, CardFormat.SQUARE)
    box = layout.logo_box
    assert card.crop(box).getcolors(1) is None  # the photo used as a logo is not one flat colour


def test_a_card_without_a_quote_still_has_its_attribution(plain_content):
    layout = layout_card(plain_content(""), CardFormat.SQUARE)
    assert layout.text("quote") is None and layout.text("name") is not None


# What a card reads from the story and the campaign


@pytest.mark.django_db
def test_card_content_reads_the_story_in_its_language(story_with_photo):
    content = card_content(story_with_photo, CampaignSettings())
    assert (content.quote, content.language) == ("On apprenait tout sur le tas.", "fr")
    assert content.contributor_name == story_with_photo.contributor.name
    assert (content.relation_label, content.decade_label) == ("Ancien·ne salarié·e", "années 1960")
    assert content.photo is not None


@pytest.mark.django_db
def test_the_teaser_stands_in_for_a_missing_pull_quote(story_index):
    story = StoryPageFactory(parent=story_index, pull_quote="", teaser="Un souvenir de l’atelier.")
    assert card_content(story, CampaignSettings()).quote == "Un souvenir de l’atelier."


@pytest.mark.django_db
def test_a_long_teaser_is_cut_to_200_characters_at_a_word(story_index):
    story = StoryPageFactory(parent=story_index, pull_quote="", teaser="mot " * 75)
    quote = card_content(story, CampaignSettings()).quote
    assert len(quote) <= 200 and quote.endswith("mot…")


@pytest.mark.django_db
def test_the_campaign_hashtag_and_colours_are_on_the_card(story_index, site_tree):
    site = site_tree["home"].get_site()
    CampaignSettings.objects.create(site=site, hashtag="#Ferrandier100", accent_colour="#112233")
    story = StoryPageFactory(parent=story_index)
    content = card_content(story, campaign_for(story))
    assert (content.hashtag, content.colours.accent) == ("#Ferrandier100", (0x11, 0x22, 0x33))


@pytest.mark.django_db
def test_a_site_without_campaign_settings_gets_the_defaults_without_a_write(story_index):
    story = StoryPageFactory(parent=story_index)
    assert campaign_for(story).hashtag == "#Centenaire100"
    assert not CampaignSettings.objects.exists()


@pytest.mark.django_db
def test_rendering_a_card_writes_nothing_to_the_database(story_with_photo):
    with CaptureQueriesContext(connection) as queries:
        render_card(story_with_photo, CardFormat.LANDSCAPE)
    assert all(query["sql"].lstrip().upper().startswith("SELECT") for query in queries)


def test_a_card_content_needs_no_database():
    card = draw_card(CardContent("Sans base de données."), CardFormat.LANDSCAPE)
    assert card.size == (1200, 630)
