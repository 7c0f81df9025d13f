"""Every public page makes the same number of queries at 20 and at 200 stories, within budget."""

import pytest
from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext

from sharing.models import CampaignSettings
from tests.factories import ImageFactory

pytestmark = pytest.mark.django_db

# A Wagtail page's budget counts one query for its translations and its nearest translated
# ancestor (the language switch and the hreflang alternates, stories.alternates).
BUDGETS = {
    "home": ("/fr/", 21),
    "home filtered by theme": ("/fr/?theme=innovation", 21),
    "stories": ("/fr/stories/", 16),
    "stories, all filters": ("/fr/stories/?decade=1960&theme=innovation&relation=alumnus", 16),
    "decade": ("/fr/stories/decade/1960s/", 16),
    "theme": ("/fr/stories/theme/innovation/", 16),
    "era": ("/fr/stories/era/age-ordinateur/", 16),
    "contributors": ("/fr/contributors/", 16),
    "search": ("/fr/search/?q=atelier", 20),
    "search with filters": ("/fr/search/?q=atelier&decade=1960&theme=innovation", 20),
    "feed": ("/fr/stories/feed/", 15),
}
# 12 for the story itself (its locale loaded with its relations), + the paths hidden by view
# restrictions, + its share card, the site and the campaign (read once by the share meta in
# <head>, kept on the request for the share buttons), + the story's own texts to share, + its
# translations (language switch), + 2 for its surroundings (three small queries rather than one
# that read every story: queries.story_surroundings).
STORY_PAGE_BUDGET = 20
CONTRIBUTOR_PAGE_BUDGET = 16


def queries_of(client, url: str) -> int:
    """Queries of an uncached render (a first render is thrown away: it makes the renditions)."""
    caches["pages"].clear()
    assert client.get(url).status_code == 200, url
    caches["pages"].clear()
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(context.captured_queries)


def measure(client, stories) -> dict[str, int]:
    story, contributor = stories[0], stories[0].contributor
    urls = {name: url for name, (url, _budget) in BUDGETS.items()}
    urls["story"] = story.url
    urls["contributor"] = f"/fr/contributors/{contributor.slug}/"
    return {name: queries_of(client, url) for name, url in urls.items()}


def test_query_counts_stay_flat_from_20_to_200_stories(client, make_stories, site_tree):
    # As on a site whose campaign has been set up in the admin.
    CampaignSettings.objects.create(site=site_tree["home"].get_site(), hashtag="#Ferrandier100")

    def make(count):
        return make_stories(count, image=ImageFactory(), year=1964, teaser="Souvenir d’atelier.")

    first = make(20)
    at_20 = measure(client, first)
    make(180)
    at_200 = measure(client, first)

    assert at_200 == at_20, "query counts grew with the number of stories"
    budgets = {name: budget for name, (_url, budget) in BUDGETS.items()}
    budgets.update(story=STORY_PAGE_BUDGET, contributor=CONTRIBUTOR_PAGE_BUDGET)
    over = {name: count for name, count in at_20.items() if count > budgets[name]}
    assert not over, f"over budget: {over} (budgets {budgets})"
