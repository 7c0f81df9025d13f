"""Every listing of stories is built here, with its joins and prefetches, so that each page makes
the same small number of queries whatever the number of stories."""

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace

from django.db.models import Count, F, Prefetch, Q, QuerySet, Subquery
from django.db.models.functions import Abs
from django.http import QueryDict
from wagtail.images import get_image_model
from wagtail.images.models import Filter
from wagtail.models import PageQuerySet, PageViewRestriction

from stories import dates
from stories.models import Contributor, Era, Relation, StoryPage, StoryTheme, Theme
from stories.models.themes import in_active_language

# Rendition specs prefetched with the stories, so that no image costs a query of its own.
CARD_RENDITIONS = ("fill-400x267-c100", "fill-800x533-c100")
STORY_PHOTO_RENDITIONS = ("width-480", "width-800", "width-1200")
PORTRAIT_RENDITIONS = ("fill-160x160-c100",)


class Sort:
    RECENT = "recent"
    CHRONOLOGICAL = "chronological"
    ALL = (RECENT, CHRONOLOGICAL)


@dataclass(frozen=True)
class StoryFilters:
    """The filters of a listing; any invalid value given by a visitor has been dropped."""

    decade: int | None = None
    theme: Theme | None = None
    era: Era | None = None
    relation: str | None = None
    video: bool | None = None
    sort: str = Sort.RECENT

    @classmethod
    def from_query(cls, query: QueryDict, locale_id: int) -> "StoryFilters":
        relation = query.get("relation")
        sort = query.get("sort")
        return cls(
            decade=dates.parse_decade_param(query.get("decade")),
            theme=theme_from_slug(query.get("theme")),
            era=_era_from_slug(query.get("era"), locale_id),
            relation=relation if relation in Relation.values else None,
            video=True if query.get("video") == "1" else None,
            sort=sort if sort in Sort.ALL else Sort.RECENT,
        )

    def without(self, *names: str) -> "StoryFilters":
        return replace(self, **dict.fromkeys(names))

    def as_query(self) -> dict[str, str]:
        """The filters as query-string parameters (for links that keep them)."""
        params = {
            "decade": str(self.decade) if self.decade else "",
            "theme": self.theme.slug if self.theme else "",
            "era": self.era.slug if self.era else "",
            "relation": self.relation or "",
            "video": "1" if self.video else "",
            "sort": self.sort if self.sort != Sort.RECENT else "",
        }
        return {key: value for key, value in params.items() if value}


def _is_slug(value: str | None) -> bool:
    return bool(value) and len(value) <= 100 and value.replace("-", "").replace("_", "").isalnum()


def theme_from_slug(slug: str | None) -> Theme | None:
    """The theme stories are tagged with under this slug, named in the active language."""
    return Theme.objects.tags().shown().filter(slug=slug).first() if _is_slug(slug) else None


def _era_from_slug(slug: str | None, locale_id: int) -> Era | None:
    return Era.objects.filter(slug=slug, locale_id=locale_id).first() if _is_slug(slug) else None


def live_stories(locale_id: int) -> PageQuerySet:
    """Live stories of a locale that no view restriction hides.

    The restricted pages' paths are read in one small query and excluded as path prefixes. A
    correlated subquery did the same in one query, but PostgreSQL planned it badly (the table is
    nearly always empty, so never analyzed) and the ORM spent half a render compiling it."""
    stories = StoryPage.objects.live().filter(locale_id=locale_id)
    restricted_paths = PageViewRestriction.objects.values_list("page__path", flat=True)
    hidden = Q()
    for path in restricted_paths:
        hidden |= Q(path__startswith=path)
    return stories.exclude(hidden) if hidden else stories


def filtered_stories(stories: PageQuerySet, filters: StoryFilters) -> PageQuerySet:
    if filters.decade:
        stories = stories.filter(decade=filters.decade)
    if filters.theme:
        stories = stories.filter(tagged_themes__tag=filters.theme)
    if filters.era:
        stories = stories.filter(era=filters.era)
    if filters.relation:
        stories = stories.filter(contributor__relation=filters.relation)
    if filters.video:
        stories = stories.filter(has_video=True)
    return stories


def in_order(stories: PageQuerySet, sort: str = Sort.RECENT) -> PageQuerySet:
    if sort == Sort.CHRONOLOGICAL:
        return stories.order_by("sort_year", "title", "pk")
    return stories.order_by("-sort_year", "title", "pk")


def _renditions_of(specs: Iterable[str]) -> Prefetch:
    rendition_model = get_image_model().get_rendition_model()
    spec_strings = [Filter(spec=spec).spec for spec in specs]
    return rendition_model.objects.filter(filter_spec__in=spec_strings)


def for_cards(stories: QuerySet) -> QuerySet:
    """What a story card shows: contributor, themes and the photo with its renditions."""
    return stories.select_related("contributor", "image").prefetch_related(
        Prefetch("image__renditions", queryset=_renditions_of(CARD_RENDITIONS)), "themes"
    )


def prefetch_renditions(images: Iterable, specs: Iterable[str]) -> None:
    """Fetches the renditions of several images in one query (Wagtail's own prefetch works on one
    queryset of images; a story page shows images reached through different relations)."""
    images = [image for image in images if image is not None]
    if not images:
        return
    by_pk = {image.pk: image for image in images}
    found = defaultdict(list)
    for rendition in _renditions_of(specs).filter(image_id__in=by_pk):
        rendition.image = by_pk[rendition.image_id]
        found[rendition.image_id].append(rendition)
    for image in images:
        image.prefetched_renditions = found[image.pk]


def theme_counts(stories: PageQuerySet) -> list[Theme]:
    """Themes used by these stories, each with `.story_count`, most used first."""
    return list(
        Theme.objects.filter(tagged_stories__content_object__in=stories.order_by().values("pk"))
        .shown()
        .annotate(story_count=Count("tagged_stories"))
        .order_by("-story_count", "name")
    )


def decade_counts(stories: PageQuerySet) -> dict[int, int]:
    rows = stories.order_by().values_list("decade").annotate(count=Count("pk"))
    return dict(rows)


def era_counts(stories: PageQuerySet, locale_id: int) -> list[Era]:
    """Every era of the locale, each with `.story_count` among these stories, oldest first."""
    among = Q(stories__in=stories.order_by().values("pk"))
    return list(
        Era.objects.filter(locale_id=locale_id).annotate(story_count=Count("stories", filter=among))
    )


def load_story_relations(story: StoryPage) -> None:
    """Fetches what a story page shows around the story (contributor and portrait, era, main photo,
    themes, and its locale for the share block) onto the page instance Wagtail's routing has
    already loaded.

    One query starting from the story's theme links carries everything; a story without a theme
    needs a second one."""
    links = list(
        StoryTheme.objects.filter(content_object_id=story.pk)
        .select_related(
            "tag",
            "content_object__contributor__photo",
            "content_object__era",
            "content_object__image",
            "content_object__locale",
        )
        .annotate(shown_name=in_active_language("name", "tag__translation_key"))
        .order_by("tag__name")
    )
    loaded = (
        links[0].content_object
        if links
        else (
            StoryPage.objects.select_related("contributor__photo", "era", "image", "locale").get(
                pk=story.pk
            )
        )
    )
    story.contributor, story.era, story.image = loaded.contributor, loaded.era, loaded.image
    story.locale = loaded.locale
    for link in links:
        link.tag.shown_name = link.shown_name
    story.displayed_themes = [link.tag for link in links]


def story_surroundings(story: StoryPage, stories: PageQuerySet, related_count: int = 3) -> dict:
    """The stories just before and after this one in time, and up to three related stories
    (sharing a theme, or else the decade; closest in time first), in three small queries: the
    neighbours' ids (two subqueries on the story's own row), the related ids, then those stories
    by primary key. One query that selected `pk IN (previous) OR pk IN (next) OR pk IN (related)`
    made PostgreSQL read every story row: that one query grew with the number of stories."""
    others = stories.exclude(pk=story.pk)
    before = Q(sort_year__lt=story.sort_year) | Q(sort_year=story.sort_year) & (
        Q(title__lt=story.title) | Q(title=story.title, pk__lt=story.pk)
    )
    previous_id = others.filter(before).order_by("-sort_year", "-title", "-pk").values("pk")[:1]
    next_id = others.exclude(before).order_by("sort_year", "title", "pk").values("pk")[:1]
    neighbour_ids = (
        StoryPage.objects.filter(pk=story.pk)
        .annotate(previous=Subquery(previous_id), next=Subquery(next_id))
        .values_list("previous", "next")
        .get()
    )
    # Stories sharing a theme as a subquery, not a join: a story sharing two themes would come
    # twice.
    sharing_a_theme = StoryTheme.objects.filter(tag__in=story.tagged_themes.values("tag")).values(
        "content_object"
    )
    related_ids = list(
        others.filter(Q(pk__in=sharing_a_theme) | Q(decade=story.decade))
        .annotate(distance=Abs(F("sort_year") - story.sort_year))
        .order_by("distance", "title", "pk")
        .values_list("pk", flat=True)[:related_count]
    )
    rows = StoryPage.objects.filter(pk__in=[*neighbour_ids, *related_ids]).select_related(
        "contributor", "image"
    )
    by_id = {row.pk: row for row in rows}
    previous, following = (by_id.get(pk) for pk in neighbour_ids)
    return {
        "previous_story": previous,
        "next_story": following,
        "related_stories": [by_id[pk] for pk in related_ids if pk in by_id],
    }


def public_contributors(locale_id: int) -> QuerySet:
    """Contributors with at least one live story (others, e.g. pending submitters, stay hidden)."""
    story_ids = live_stories(locale_id).values("pk")
    return (
        Contributor.objects.filter(locale_id=locale_id, stories__in=story_ids)
        .annotate(story_count=Count("stories", distinct=True))
        .select_related("photo")
        .prefetch_related(
            Prefetch("photo__renditions", queryset=_renditions_of(PORTRAIT_RENDITIONS))
        )
        .order_by("name")
    )
