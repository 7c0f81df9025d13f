"""The demo centenary keeps its promises: enough stories in every decade, references that
resolve, texts that fit the share cards, fictional links only, and pictures that decode.

Plain data and Pillow only: no database needed.
"""

import io
import re
from collections import Counter
from itertools import pairwise

import pytest
from PIL import Image

from stories.demo.contributors import CONTRIBUTORS
from stories.demo.eras import ERAS
from stories.demo.images import SCENES, render_archival_photo, render_portrait
from stories.demo.stories import STORIES
from stories.demo.themes import THEMES

DECADES = range(1910, 2030, 10)
RELATIONS = {"employee", "alumnus", "retiree", "client", "partner", "other"}
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
FICTIONAL_URL = re.compile(r"^https://(example\.org|www\.example\.com)/")


def plain_text(story: dict) -> str:
    parts = [value if kind == "paragraph" else value["text"] for kind, value in story["body"]]
    return re.sub(r"<[^>]+>", "", " ".join(parts))


def test_there_are_at_least_120_stories():
    assert len(STORIES) >= 120


def test_every_decade_of_the_century_has_at_least_six_stories():
    per_decade = Counter(story["decade"] for story in STORIES)
    assert {decade: per_decade[decade] for decade in DECADES if per_decade[decade] < 6} == {}


@pytest.mark.parametrize(
    "items",
    [STORIES, CONTRIBUTORS, THEMES, ERAS],
    ids=["stories", "contributors", "themes", "eras"],
)
def test_slugs_are_unique_lowercase_ascii(items):
    slugs = [item["slug"] for item in items]
    assert [slug for slug, count in Counter(slugs).items() if count > 1] == []
    assert [slug for slug in slugs if not SLUG.match(slug)] == []


def test_every_story_refers_to_existing_themes_and_contributor():
    themes = {theme["slug"] for theme in THEMES}
    contributors = {contributor["slug"] for contributor in CONTRIBUTORS}
    broken = [
        story["slug"]
        for story in STORIES
        if story["contributor"] not in contributors
        or not set(story["themes"]) <= themes
        or not 1 <= len(story["themes"]) <= 3
    ]
    assert broken == []


def test_pull_quotes_fit_a_share_card_and_come_from_the_story():
    for story in STORIES:
        quote = story["pull_quote"]
        assert 0 < len(quote) <= 200, story["slug"]
        assert quote[0] not in "«“\"'" and quote[-1] not in "»”\"'", story["slug"]
        assert quote.casefold() in plain_text(story).casefold(), story["slug"]


def test_teasers_are_at_most_240_characters():
    assert [s["slug"] for s in STORIES if not 0 < len(s["teaser"]) <= 240] == []


def test_decade_is_the_decade_of_the_year():
    mismatched = [
        s["slug"] for s in STORIES if s["year"] is not None and s["year"] // 10 * 10 != s["decade"]
    ]
    assert mismatched == []
    assert {s["decade"] for s in STORIES} <= set(DECADES)


def test_years_fall_between_the_founding_and_2026():
    assert [
        s["slug"] for s in STORIES if s["year"] is not None and not 1914 <= s["year"] <= 2026
    ] == []


def test_some_stories_are_dated_by_decade_only_and_some_approximately():
    assert sum(story["year"] is None for story in STORIES) >= 10
    assert sum(story["circa"] for story in STORIES) >= 10


def test_bodies_are_short_first_person_tales_of_paragraphs_and_quotes():
    for story in STORIES:
        kinds = [kind for kind, _value in story["body"]]
        assert 2 <= len(kinds) <= 5 and set(kinds) <= {"paragraph", "quote"}, story["slug"]
        assert 120 <= len(plain_text(story).split()) <= 350, story["slug"]


def test_every_image_has_alt_text_caption_and_a_known_scene():
    for story in STORIES:
        if image := story["image"]:
            assert image["scene"] in SCENES, story["slug"]
            assert image["alt"].strip() and image["caption"].strip(), story["slug"]


def test_most_stories_have_a_picture_and_a_few_are_featured_across_the_century():
    assert sum(story["image"] is not None for story in STORIES) >= 0.8 * len(STORIES)
    featured_decades = {story["decade"] for story in STORIES if story["featured"]}
    assert len(featured_decades) >= 6


def test_there_are_at_least_30_contributors_of_every_relation():
    assert len(CONTRIBUTORS) >= 30
    assert {contributor["relation"] for contributor in CONTRIBUTORS} == RELATIONS


def test_contributors_years_match_their_relation():
    for person in CONTRIBUTORS:
        start, end = person["years_start"], person["years_end"]
        if person["relation"] == "employee":
            assert start is not None and end is None, person["slug"]
        elif person["relation"] in {"alumnus", "retiree"}:
            assert start is not None and end is not None and start <= end, person["slug"]
        else:
            assert start is None and end is None, person["slug"]


def test_contributors_links_and_emails_are_fictional():
    for person in CONTRIBUTORS:
        assert person["email"].endswith("@example.org"), person["slug"]
        assert len(person["links"]) <= 2, person["slug"]
        assert all(FICTIONAL_URL.match(link["url"]) for link in person["links"]), person["slug"]


def test_there_are_at_least_eight_themes():
    assert len(THEMES) >= 8


def test_eras_are_named_periods_that_do_not_overlap():
    eras = sorted(ERAS, key=lambda era: era["start_year"])
    assert len(eras) >= 6
    assert all(era["start_year"] <= era["end_year"] for era in eras)
    assert all(later["start_year"] > earlier["end_year"] for earlier, later in pairwise(eras))
    assert eras[0]["start_year"] == 1914 and eras[-1]["end_year"] >= 2026


def decode(data: bytes) -> Image.Image:
    picture = Image.open(io.BytesIO(data))
    picture.load()
    return picture


@pytest.mark.parametrize("scene", SCENES)
@pytest.mark.parametrize("decade", [1910, 1960, 1980, 1990, 2020])
def test_archival_photo_is_a_jpeg_of_the_requested_size(scene, decade):
    picture = decode(render_archival_photo(scene, decade, seed=7, size=(321, 215)))
    assert picture.format == "JPEG"
    assert picture.size == (321, 215)


def test_archival_photo_has_the_default_size_of_a_story_picture():
    assert decode(render_archival_photo("factory", 1920, seed=1)).size == (1200, 800)


def test_archival_photo_is_deterministic_for_its_arguments():
    first = render_archival_photo("street", 1930, seed=42, size=(300, 200))
    assert render_archival_photo("street", 1930, seed=42, size=(300, 200)) == first
    assert render_archival_photo("street", 1930, seed=43, size=(300, 200)) != first


def test_unknown_scene_is_refused():
    with pytest.raises(ValueError, match="unknown scene"):
        render_archival_photo("spaceship", 1960, seed=1)


def test_portrait_is_a_deterministic_square_jpeg():
    data = render_portrait(5)
    picture = decode(data)
    assert (picture.format, picture.size) == ("JPEG", (600, 600))
    assert render_portrait(5) == data
