"""Loads the demo centenary into the database: themes, eras, contributors with portraits, and
stories with archival-style photos, each published. Idempotent: what exists is left alone."""

from collections.abc import Callable, Iterable
from io import BytesIO

from django.core.files.images import ImageFile
from django.db import transaction
from django.utils.text import slugify
from wagtail.images import get_image_model
from wagtail.models import Collection, Locale

from stories.demo.contributors import CONTRIBUTORS
from stories.demo.eras import ERAS
from stories.demo.images import render_archival_photo, render_portrait
from stories.demo.stories import STORIES
from stories.demo.themes import THEMES
from stories.models import Contributor, Era, StoryIndexPage, StoryPage, Theme
from stories.site_tree import ensure_site_tree

ARCHIVE_COLLECTION = "Archives"
Progress = Callable[[Iterable, str], Iterable]


def archive_collection() -> Collection:
    existing = Collection.objects.filter(name=ARCHIVE_COLLECTION).first()
    return existing or Collection.get_first_root_node().add_child(name=ARCHIVE_COLLECTION)


def save_image(title: str, data: bytes, alt: str, collection: Collection):
    image = get_image_model()(title=title, description=alt, collection=collection)
    image.file = ImageFile(BytesIO(data), name=f"{slugify(title)[:80]}.jpg")
    image.save()
    return image


def load_vocabulary(locale: Locale) -> None:
    for theme in THEMES:
        Theme.objects.get_or_create(slug=theme["slug"], defaults=theme)
    for era in ERAS:
        Era.objects.get_or_create(slug=era["slug"], locale=locale, defaults=era)


@transaction.atomic
def load_contributor(data: dict, locale: Locale, collection: Collection) -> Contributor:
    fields = {key: data[key] for key in ("name", "relation", "role", "years_start", "years_end")}
    contributor = Contributor(
        slug=data["slug"],
        locale=locale,
        skills=", ".join(data["skills"]),
        bio=data["bio"],
        email=data["email"],
        links=[("link", link) for link in data["links"]],
        **fields,
    )
    if data.get("portrait"):
        seed = sum(map(ord, data["slug"]))
        alt = f"Portrait de {data['name']}"
        contributor.photo = save_image(alt, render_portrait(seed), alt, collection)
    contributor.save()
    return contributor


@transaction.atomic
def load_story(data: dict, index: StoryIndexPage, collection: Collection) -> StoryPage:
    story = StoryPage(
        title=data["title"],
        slug=data["slug"],
        teaser=data["teaser"],
        year=data["year"],
        decade=data["decade"],
        circa=data["circa"],
        body=list(data["body"]),
        pull_quote=data["pull_quote"],
        place=data["place"],
        featured=data["featured"],
        contributor=Contributor.objects.get(slug=data["contributor"], locale=index.locale),
    )
    if photo := data.get("image"):
        seed = sum(map(ord, data["slug"]))
        picture = render_archival_photo(photo["scene"], data["decade"], seed)
        story.image = save_image(
            photo["caption"] or data["title"], picture, photo["alt"], collection
        )
    index.add_child(instance=story)
    story.themes.set(Theme.objects.filter(slug__in=data["themes"]))
    story.save_revision().publish()
    return story


def load_demo(progress: Progress) -> dict[str, int]:
    """Loads whatever part of the demo is missing; returns how many of each thing it added."""
    home, index, _people = ensure_site_tree()
    locale = home.locale
    collection = archive_collection()
    load_vocabulary(locale)
    known_people = set(Contributor.objects.filter(locale=locale).values_list("slug", flat=True))
    new_people = [c for c in CONTRIBUTORS if c["slug"] not in known_people]
    for data in progress(new_people, "Contributors"):
        load_contributor(data, locale, collection)
    known_stories = set(StoryPage.objects.filter(locale=locale).values_list("slug", flat=True))
    new_stories = [s for s in STORIES if s["slug"] not in known_stories]
    for data in progress(new_stories, "Stories"):
        load_story(data, index, collection)
    return {"contributors": len(new_people), "stories": len(new_stories)}
