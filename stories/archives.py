"""Archives: the stories of one decade, theme or era, each with its own page and feed
(`/stories/decade/1960s/`, `/stories/theme/<slug>/`, `/stories/era/<slug>/`, and `…/feed/`)."""

from dataclasses import dataclass

from django.http import Http404

from stories import dates
from stories.models import Era, StoryPage
from stories.queries import StoryFilters, theme_from_slug

KINDS = ("decade", "theme", "era")


@dataclass(frozen=True)
class Archive:
    kind: str
    slug: str
    filters: StoryFilters
    title: str
    intro: str = ""


def find_archive(kind: str, slug: str, locale_id: int) -> Archive:
    """The archive a path names; an unknown kind, decade, theme or era is a 404."""
    if kind == "decade" and (decade := dates.parse_decade_slug(slug)):
        return Archive(
            kind, slug, StoryFilters(decade=decade), dates.decade_label(decade).capitalize()
        )
    if kind == "theme" and (theme := theme_from_slug(slug)):
        return Archive(kind, slug, StoryFilters(theme=theme), theme.label, theme.summary)
    if kind == "era" and (era := Era.objects.filter(slug=slug, locale_id=locale_id).first()):
        title = f"{era.name} ({era.years_label})"
        return Archive(kind, slug, StoryFilters(era=era), title, era.description)
    raise Http404("Unknown archive")


def archive_url(index, kind: str, slug: str, feed: bool = False) -> str:
    """The address of an archive (or of its feed) under a story index."""
    return index.url + index.reverse_subpage(
        "archive_feed" if feed else "archive", args=[kind, slug]
    )


def archives_of(story: StoryPage) -> list[tuple[str, str]]:
    """(kind, slug) of each archive a story appears in."""
    archives = [("theme", theme.slug) for theme in story.themes.all()]
    if story.decade:
        archives.append(("decade", dates.decade_slug(story.decade)))
    if story.era:
        archives.append(("era", story.era.slug))
    return archives
