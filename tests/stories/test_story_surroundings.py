"""A story page leads to the stories just before and after it in time, and to up to three related
stories: sharing a theme, or else its decade, closest in time first. Only live, public stories."""

import pytest
from wagtail.models import PageViewRestriction

from stories import queries
from tests.factories import StoryPageFactory

pytestmark = pytest.mark.django_db


def surroundings(story) -> dict:
    return queries.story_surroundings(story, queries.live_stories(story.locale_id))


def titles(result: dict) -> tuple:
    previous, following = result["previous_story"], result["next_story"]
    return (
        previous.title if previous else None,
        following.title if following else None,
        [story.title for story in result["related_stories"]],
    )


@pytest.fixture
def story(story_index):
    """Stories of 1958 to 1975; ties of year are ordered by title."""

    def make(title: str, year: int, themes=(), **fields):
        return StoryPageFactory(
            parent=story_index, title=title, year=year, themes=list(themes), **fields
        )

    return make


def test_neighbours_follow_the_years_then_the_titles(story):
    story("Avant", 1958)
    story("Bal du même été", 1965)
    middle = story("Cantine", 1965)
    story("Défilé du même été", 1965)
    story("Après", 1975)

    assert titles(surroundings(middle))[:2] == ("Bal du même été", "Défilé du même été")


def test_the_first_and_last_stories_have_one_neighbour(story):
    first = story("Le début", 1958)
    last = story("La fin", 1975)

    assert titles(surroundings(first))[:2] == (None, "La fin")
    assert titles(surroundings(last))[:2] == ("Le début", None)


def test_related_stories_share_a_theme_or_the_decade_closest_in_time_first(story, themes):
    innovation, strikes = themes
    mine = story("La tabulatrice", 1962, [innovation])
    story("Même thème, loin", 1999, [innovation])
    story("Même thème, proche", 1964, [innovation])
    story("Même décennie", 1968, [strikes])
    story("Autre thème, autre décennie", 1963 + 40, [strikes])
    story("Même thème, très loin", 2015, [innovation])

    assert titles(surroundings(mine))[2] == [
        "Même thème, proche",
        "Même décennie",
        "Même thème, loin",
    ]


def test_drafts_and_restricted_stories_are_never_neighbours_or_related(story, themes):
    mine = story("Au milieu", 1965, [themes[0]])
    story("Brouillon", 1966, [themes[0]], live=False)
    hidden = story("Réservé", 1964, [themes[0]])
    PageViewRestriction.objects.create(page=hidden, restriction_type="login")

    assert titles(surroundings(mine)) == (None, None, [])


def test_the_page_links_its_neighbours(client, story):
    story("Avant", 1958)
    middle = story("Pendant", 1965)
    after = story("Après", 1975)

    html = client.get(middle.url).content.decode()
    assert f'<a rel="next" href="{after.url}">' in html
    assert 'rel="prev"' in html


def test_a_story_sharing_two_themes_takes_one_place_among_the_related(story, themes):
    mine = story("Les deux thèmes", 1962, themes)
    story("Aussi les deux thèmes", 1963, themes)
    story("Un thème, un peu plus loin", 1980, themes[:1])
    story("L’autre thème, plus loin encore", 1990, themes[1:])

    assert titles(surroundings(mine))[2] == [
        "Aussi les deux thèmes",
        "Un thème, un peu plus loin",
        "L’autre thème, plus loin encore",
    ]
