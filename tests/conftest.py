"""Shared fixtures: a site tree, stories in bulk, and clean caches between tests."""

import pytest
from django.core.cache import caches

from stories.site_tree import ensure_site_tree
from tests.factories import ContributorFactory, EraFactory, StoryPageFactory, ThemeFactory


@pytest.fixture(autouse=True)
def clear_caches():
    for alias in ("default", "pages"):
        caches[alias].clear()
    yield


@pytest.fixture
def site_tree(db):
    home, story_index, contributor_index = ensure_site_tree()
    return {"home": home, "stories": story_index, "contributors": contributor_index}


@pytest.fixture
def story_index(site_tree):
    return site_tree["stories"]


@pytest.fixture
def themes(db):
    return [
        ThemeFactory(name="Innovation", slug="innovation"),
        ThemeFactory(name="Grèves", slug="greves"),
    ]


@pytest.fixture
def eras(db):
    return [
        EraFactory(
            name="Les années mécaniques", slug="annees-mecaniques", start_year=1914, end_year=1945
        ),
        EraFactory(
            name="L’âge de l’ordinateur", slug="age-ordinateur", start_year=1946, end_year=1999
        ),
        EraFactory(name="Le nouveau siècle", slug="nouveau-siecle", start_year=2000, end_year=2030),
    ]


@pytest.fixture
def make_stories(story_index, themes, eras):
    """Makes `count` live stories spread over the century, each with a theme and a contributor."""

    def make(count: int, **overrides) -> list:
        contributors = [ContributorFactory() for _ in range(max(1, count // 10))]
        stories = []
        for number in range(count):
            fields = {
                "parent": story_index,
                "year": 1914 + (number * 7) % 110,
                "contributor": contributors[number % len(contributors)],
                "themes": [themes[number % len(themes)]],
            }
            fields.update(overrides)
            stories.append(StoryPageFactory(**fields))
        return stories

    return make
