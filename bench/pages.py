"""The pages the benchmark measures, by name: the bare view first (every ratio's denominator).

`python -m bench.pages` prints them as `name path` lines for bench/measure.sh; with `--count`, it
prints the number of live stories instead."""

import sys

from stories.demo.stories import STORIES

BARE = "bare"
SEARCH_WORD = "usine"
STORY_DECADE = 1960


def story_slug() -> str:
    """A demo story with a photo (not a synthetic one), so the same page is read at every size."""
    return next(s["slug"] for s in STORIES if s["decade"] == STORY_DECADE and s.get("image"))


def page_paths() -> dict[str, str]:
    from stories.models import StoryPage

    story = StoryPage.objects.live().get(slug=story_slug(), locale__language_code="fr")
    return {
        BARE: "/bench/ok",
        "home": "/fr/",
        "decade": f"/fr/stories/decade/{STORY_DECADE}s/",
        "story": story.url,
        "search": f"/fr/search/?q={SEARCH_WORD}",
    }


if __name__ == "__main__":
    import django

    django.setup()
    if sys.argv[1:] == ["--count"]:
        from stories.models import StoryPage

        print(StoryPage.objects.live().count())
    else:
        for name, path in page_paths().items():
            print(name, path)
