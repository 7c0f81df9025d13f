"""Synthetic stories for benchmarks and scale tests: the demo stories' texts again, spread over the
century under numbered titles, sharing the demo's photos (no image is drawn)."""

from itertools import cycle

from django.db import transaction
from django.utils import timezone

from stories import dates
from stories.demo.stories import STORIES
from stories.models import Contributor, StoryIndexPage, StoryPage, Theme

BATCH = 200


def load_synthetic_stories(target: int, progress) -> int:
    """Adds synthetic live stories until there are at least `target` live stories in all."""
    index = StoryIndexPage.objects.first()
    missing = max(0, target - StoryPage.objects.live().count())
    if not missing or index is None:
        return 0
    contributors = cycle(Contributor.objects.filter(locale=index.locale))
    themes = list(Theme.objects.all())
    photos = cycle(
        StoryPage.objects.filter(image__isnull=False).values_list("image_id", flat=True)[:50]
    )
    templates = cycle(STORIES)
    decades = dates.century_decades()
    first_number = StoryPage.objects.count() + 1
    for start in progress(range(0, missing, BATCH), f"Synthetic stories (×{BATCH})"):
        with transaction.atomic():
            for number in range(first_number + start, first_number + min(start + BATCH, missing)):
                template = next(templates)
                decade = decades[number % len(decades)]
                story = StoryPage(
                    title=f"{template['title']} — n°{number}",
                    slug=f"{template['slug']}-{number}",
                    teaser=template["teaser"],
                    year=min(decade + number % 10, timezone.now().year),
                    body=list(template["body"]),
                    pull_quote=template["pull_quote"],
                    place=template["place"],
                    contributor=next(contributors),
                    image_id=next(photos, None),
                    first_published_at=timezone.now(),
                    last_published_at=timezone.now(),
                )
                index.add_child(instance=story)
                story.themes.set([themes[number % len(themes)], themes[number * 7 % len(themes)]])
    return missing
