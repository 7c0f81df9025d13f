"""Dates, decades, counts and theme lists read the way each language writes them: "années 1960" /
"1960s", "vers 1965" / "c. 1965", "1 234" / "1,234", themes in the order of the names shown."""

import re
import unicodedata

import pytest
from django.utils import translation

from stories import dates
from stories.templatetags.stories_tags import grouped, story_count


@pytest.mark.parametrize(
    ("language", "decade", "short", "circa_year", "circa_decade"),
    [
        ("fr", "années 1960", "années 1960", "vers 1965", "vers les années 1960"),
        ("en", "the 1960s", "1960s", "c. 1965", "around the 1960s"),
    ],
)
def test_dates_and_decades_follow_the_language(language, decade, short, circa_year, circa_decade):
    with translation.override(language):
        assert dates.decade_label(1960) == decade
        assert dates.decade_short_label(1960) == short
        assert dates.fuzzy_date_label(1965, 1960, circa=True) == circa_year
        assert dates.fuzzy_date_label(None, 1960, circa=True) == circa_decade
        assert dates.fuzzy_date_label(1965, 1960, circa=False) == "1965"


@pytest.mark.parametrize(
    ("language", "thousands", "one"),
    [("fr", "1\u00a0234 histoires", "1 histoire"), ("en", "1,234 stories", "1 story")],
)
def test_story_counts_group_their_thousands_per_language(language, thousands, one):
    with translation.override(language):
        assert story_count(1234) == thousands
        assert story_count(1) == one
        assert grouped(999) == "999"


def shown_order(name: str) -> str:
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().casefold()


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["fr", "en"])
def test_themes_are_listed_in_the_order_of_the_names_shown(client, english_demo, language):
    home = client.get(f"/{language}/").content.decode()
    section = home.split('id="themes-heading"', 1)[1].split("</section>", 1)[0]
    chips = re.findall(
        r'class="chip"[^>]*>([^<]+?) <span class="chip__count">(\d+)</span>', section
    )
    assert len(chips) > 3
    assert chips == sorted(chips, key=lambda chip: (-int(chip[1]), shown_order(chip[0])))
    search = client.get(f"/{language}/search/").content.decode()
    select = search.split('name="theme"', 1)[1].split("</select>", 1)[0]
    options = re.findall(r'<option value="[^"]+"[^>]*>([^<]+)</option>', select)
    assert len(options) > 3
    assert options == sorted(options, key=shown_order)
