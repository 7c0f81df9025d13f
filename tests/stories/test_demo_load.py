"""`load_demo` builds the believable centenary `make run` shows, and a second run adds nothing."""

from io import StringIO

import pytest
from django.core.management import call_command
from wagtail.images import get_image_model

from stories import dates
from stories.models import Contributor, Era, Relation, StoryPage, Theme

pytestmark = pytest.mark.django_db


def load_demo(*args) -> str:
    output = StringIO()
    call_command("load_demo", *args, stdout=output, stderr=StringIO())
    return output.getvalue()


def test_demo_is_a_believable_centenary_and_loading_it_again_adds_nothing():
    # One test, because loading the demo takes most of a minute.
    load_demo()
    stories = StoryPage.objects.live()
    assert stories.count() >= 120
    assert {s.decade for s in stories} == set(dates.century_decades())
    assert Contributor.objects.count() >= 30
    assert set(Contributor.objects.values_list("relation", flat=True)) == set(Relation.values)
    assert Theme.objects.count() >= 8
    assert Era.objects.count() >= 6
    assert stories.filter(year__isnull=True).exists()
    assert stories.filter(circa=True).exists()
    assert stories.filter(image__isnull=False).count() > stories.count() // 2
    assert not get_image_model().objects.filter(description="").exists()
    assert all(story.era_id for story in stories)
    assert not stories.filter(tagged_themes__isnull=True).exists()

    counts = (
        StoryPage.objects.count(),
        Contributor.objects.count(),
        get_image_model().objects.count(),
    )
    assert "0 stories and 0 contributors added" in load_demo()
    after = (
        StoryPage.objects.count(),
        Contributor.objects.count(),
        get_image_model().objects.count(),
    )
    assert after == counts

    # --stories tops up with synthetic stories (for benchmarks), once.
    load_demo("--stories", str(stories.count() + 20))
    assert StoryPage.objects.live().count() == counts[0] + 20
    assert not StoryPage.objects.filter(tagged_themes__isnull=True).exists()
    assert "Synthetic: 0 stories added" in load_demo("--stories", str(counts[0] + 20))
