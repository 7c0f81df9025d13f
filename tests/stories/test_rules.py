"""The rules behind the pages, called directly: fuzzy dates, decades, eras, highlighting."""

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import override

from stories import dates
from stories.search import backend_query, clean_query, highlight
from tests.factories import StoryPageFactory


@pytest.mark.parametrize(
    ("year", "decade", "circa", "french", "english"),
    [
        (1965, 1960, False, "1965", "1965"),
        (1965, 1960, True, "vers 1965", "c. 1965"),
        (None, 1960, False, "années 1960", "the 1960s"),
        (None, 1960, True, "vers les années 1960", "around the 1960s"),
    ],
)
def test_fuzzy_date_labels_in_both_languages(year, decade, circa, french, english):
    with override("fr"):
        assert dates.fuzzy_date_label(year, decade, circa) == french
    with override("en"):
        assert dates.fuzzy_date_label(year, decade, circa) == english


def test_century_runs_from_the_1910s_to_this_decade():
    decades = dates.century_decades()
    assert decades[0] == 1910
    assert decades[-1] == timezone.now().year // 10 * 10
    assert len(decades) == 12


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("1960", 1960),
        ("1960s", 1960),
        ("1965", None),
        ("1900", None),
        ("3000", None),
        ("abc", None),
        ("", None),
        (None, None),
        ("19600", None),
        ("-1960", None),
    ],
)
def test_decade_parameter_parsing(value, expected):
    assert dates.parse_decade_param(value) == expected


@pytest.mark.django_db
def test_decade_and_era_are_derived_from_the_year(story_index, eras):
    story = StoryPageFactory(parent=story_index, year=1968)
    assert story.decade == 1960
    assert story.era.slug == "age-ordinateur"


@pytest.mark.django_db
def test_decade_only_story_keeps_its_decade_and_finds_its_era(story_index, eras):
    story = StoryPageFactory(parent=story_index, year=None, decade=1930, circa=True)
    assert story.decade == 1930
    assert story.era.slug == "annees-mecaniques"


@pytest.mark.django_db
def test_editor_can_override_the_era(story_index, eras):
    story = StoryPageFactory(parent=story_index, year=1968, era_override=eras[2])
    assert story.era == eras[2]


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("fields", "field_in_error"),
    [
        ({"year": 1850}, "year"),
        ({"year": 2090}, "year"),
        ({"year": None, "decade": None}, "decade"),
        ({"slug": "decade"}, "slug"),
    ],
)
def test_story_date_and_slug_are_validated(story_index, fields, field_in_error):
    story = StoryPageFactory.build(**fields)
    story.path, story.depth = story_index.path + "0001", story_index.depth + 1
    with pytest.raises(ValidationError) as error:
        story.clean()
    assert field_in_error in error.value.message_dict


def test_query_is_cleaned_of_control_characters_and_cut():
    assert clean_query("  usine\x00 de\tVaise  ") == "usine de Vaise"
    assert len(clean_query("x" * 10_000)) == 200
    assert clean_query(None) == ""


def test_backend_query_keeps_words_only():
    assert backend_query('"><script>alert(1)</script>') == "script alert 1 script"
    assert backend_query("!!! ???") == ""


def test_highlight_ignores_case_and_accents_and_escapes_html():
    marked = highlight("L’École <b>de Vaise</b>", "ecole vaise")
    assert marked == "L’<mark>École</mark> &lt;b&gt;de <mark>Vaise</mark>&lt;/b&gt;"
