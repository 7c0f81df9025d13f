"""Synthetic stories for benchmarks and scale tests: the demo stories' texts again, spread over the
century under numbered titles, sharing the demo's photos (no image is drawn)."""

from collections.abc import Iterator
from contextlib import contextmanager
from itertools import cycle

from django.db import transaction
from django.db.models.signals import post_save
from django.utils import timezone
from wagtail.search.backends import get_search_backends
from wagtail.search.signal_handlers import post_save_signal_handler

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
    themes = list(Theme.objects.tags())
    photos = cycle(
        StoryPage.objects.filter(image__isnull=False).values_list("image_id", flat=True)[:50]
    )
    templates = cycle(STORIES)
    decades = dates.century_decades()
    first_number = StoryPage.objects.count() + 1
    for start in progress(range(0, missing, BATCH), f"Synthetic stories (×{BATCH})"):
        with transaction.atomic(), search_index_per_batch() as saved_ids:
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
                # Themes set before the first save are saved with the page (modelcluster).
                story.themes.set([themes[number % len(themes)], themes[number * 7 % len(themes)]])
                index.add_child(instance=story)
                saved_ids.append(story.pk)
    return missing


@contextmanager
def search_index_per_batch() -> Iterator[list[int]]:
    """Indexes the stories whose ids the block collects in one call at its end, instead of one by
    one as each is saved: the PostgreSQL search backend recomputes its title norms over the whole
    index after every insertion, so one-by-one indexing slows down as the stories add up. The
    entries written are the same."""
    story_ids: list[int] = []
    was_connected = post_save.disconnect(post_save_signal_handler, sender=StoryPage)
    try:
        yield story_ids
    finally:
        if was_connected:
            post_save.connect(post_save_signal_handler, sender=StoryPage)
    if was_connected and story_ids:
        stories = list(StoryPage.get_indexed_objects().filter(pk__in=story_ids))
        for backend in get_search_backends(with_auto_update=True):
            backend.add_bulk(StoryPage, stories)
