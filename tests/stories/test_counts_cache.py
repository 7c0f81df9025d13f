"""Counts over every live story (the home page's decades, themes and eras, a listing's facets) are
computed once and kept until the stories change: publishing a story purges them with the pages."""

import pytest
from django.utils.translation import override
from wagtail.models import Locale

from stories import facets, queries
from stories.views.home import home_counts
from tests.factories import StoryPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def counted(site_tree):
    """The counts of the French stories: (home counts or facet counts, given what they take)."""
    locale_id = site_tree["home"].locale_id

    def count(what, *args):
        return what(queries.live_stories(locale_id), locale_id, *args)

    return count


def test_the_home_counts_are_counted_once(make_stories, site_tree, django_assert_num_queries):
    make_stories(3)
    locale_id = site_tree["home"].locale_id
    stories = queries.live_stories(locale_id)
    counts = home_counts(stories, locale_id, None)
    with django_assert_num_queries(0):
        assert home_counts(stories, locale_id, None) == counts
    assert sum(counts[0].values()) == 3


def test_publishing_a_story_recounts(make_stories, site_tree, themes, counted):
    make_stories(3)
    before = counted(home_counts, themes[0])
    StoryPageFactory(parent=site_tree["stories"], year=1968, themes=[themes[0]])
    after = counted(home_counts, themes[0])
    assert sum(after[0].values()) == sum(before[0].values()) + 1
    assert after[0][1960] == before[0].get(1960, 0) + 1


def test_a_listing_facets_are_counted_once_per_filter(
    make_stories, site_tree, themes, counted, django_assert_num_queries
):
    make_stories(4)
    everything = counted(facets.facet_counts, queries.StoryFilters())
    one_theme = counted(facets.facet_counts, queries.StoryFilters(theme=themes[0]))
    stories = queries.live_stories(site_tree["home"].locale_id)
    with django_assert_num_queries(0):
        again = facets.facet_counts(stories, site_tree["home"].locale_id, queries.StoryFilters())
    assert again == everything
    assert everything.rows["total"]["all"] == 4
    assert one_theme.rows["total"]["all"] == 2


def test_counts_are_kept_per_language(make_stories, themes, counted):
    make_stories(2)
    english = themes[0].copy_for_translation(Locale.objects.get_or_create(language_code="en")[0])
    english.name = "Inventions"
    english.save()
    french_names = {theme.label for theme in counted(home_counts, None)[1]}
    with override("en"):
        english_names = {theme.label for theme in counted(home_counts, None)[1]}
    assert french_names == {"Innovation", "Grèves"}
    assert english_names == {"Inventions", "Grèves"}
