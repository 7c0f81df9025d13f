"""Loads the demo centenary into the database: themes, eras, contributors with portraits,
stories with archival-style photos, each published, video testimonials with their captions in
some of the stories, then the English translation of it all (``stories.demo.english``).
Idempotent: what exists is left alone."""

from collections.abc import Callable, Iterable
from io import BytesIO
from pathlib import Path

from django.core.files import File
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.db import transaction
from django.utils.text import slugify
from wagtail.images import get_image_model
from wagtail.models import Collection, Locale

from stories.blocks import VIDEO_BLOCK_TYPES
from stories.demo.contributors import CONTRIBUTORS
from stories.demo.english import load_english_demo
from stories.demo.eras import ERAS
from stories.demo.images import render_archival_photo, render_portrait
from stories.demo.stories import STORIES
from stories.demo.testimonials import LINKED_VIDEOS, TESTIMONIALS
from stories.demo.themes import THEMES
from stories.models import Contributor, Era, StoryIndexPage, StoryPage, Theme, Video, VideoCaption
from stories.site_tree import ensure_site_tree

ARCHIVE_COLLECTION = "Archives"
# The testimonials were recorded for the centenary: they are not archive documents, and editors
# find them (and give rights on them) apart from the scanned photos.
VIDEO_COLLECTION = "Vidéos"
# Made by scripts/make_demo_videos.py and committed: loading them needs neither espeak-ng nor
# an encoder, only the ffmpeg that processes every uploaded video.
CLIPS = Path(__file__).resolve().parent / "clips"
Progress = Callable[[Iterable, str], Iterable]


def collection_named(name: str) -> Collection:
    existing = Collection.objects.filter(name=name).first()
    return existing or Collection.get_first_root_node().add_child(name=name)


def archive_collection() -> Collection:
    return collection_named(ARCHIVE_COLLECTION)


def save_image(title: str, data: bytes, alt: str, collection: Collection):
    image = get_image_model()(title=title, description=alt, collection=collection)
    image.file = ImageFile(BytesIO(data), name=f"{slugify(title)[:80]}.jpg")
    image.save()
    return image


def load_vocabulary(locale: Locale) -> None:
    for theme in THEMES:
        Theme.objects.tags().get_or_create(slug=theme["slug"], defaults=theme)
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
        story.image_alt = photo["alt"]
    index.add_child(instance=story)
    story.themes.set(Theme.objects.tags().filter(slug__in=data["themes"]))
    story.save_revision().publish()
    return story


@transaction.atomic
def load_video(testimonial: dict, story: StoryPage, collection: Collection) -> Video:
    """The testimonial's clip as a library video with its French captions, shown in its story
    after the first paragraph. The story is published again; the video is processed (poster,
    duration, size) once the transaction commits, as an upload is."""
    slug = testimonial["story"]
    video = Video(title=testimonial["title"], type="video", collection=collection)
    with (CLIPS / f"{slug}.mp4").open("rb") as clip:
        video.file = File(clip, name=f"{slug}.mp4")
        video.save()
    captions = ContentFile((CLIPS / f"{slug}.fr.vtt").read_bytes(), name=f"{slug}.fr.vtt")
    VideoCaption.objects.create(video=video, language="fr", file=captions)
    show_in_story(story, ("video", video))
    return video


@transaction.atomic
def load_video_link(link: dict, story: StoryPage) -> None:
    """A YouTube or Vimeo video in its story, behind the facade, the story's photo as poster."""
    value = {"url": link["url"], "title": link["title"], "poster": story.image}
    show_in_story(story, ("external_video", value))


def show_in_story(story: StoryPage, block: tuple) -> None:
    """Puts ``block`` after the story's first paragraph and publishes the story again."""
    paragraphs = [i for i, each in enumerate(story.body) if each.block_type == "paragraph"]
    story.body.insert(paragraphs[0] + 1 if paragraphs else 0, block)
    story.save_revision().publish()


def shows_a_video(story: StoryPage) -> bool:
    # The raw blocks: no query for the videos themselves.
    return any(block["type"] in VIDEO_BLOCK_TYPES for block in story.body.raw_data)


def stories_without_video(entries: list[dict], locale: Locale) -> list[tuple[dict, StoryPage]]:
    """(entry, story) for each entry whose story exists and shows no video yet."""
    slugs = [entry["story"] for entry in entries]
    stories = {s.slug: s for s in StoryPage.objects.filter(locale=locale, slug__in=slugs)}
    return [
        (entry, stories[entry["story"]])
        for entry in entries
        if entry["story"] in stories and not shows_a_video(stories[entry["story"]])
    ]


def load_demo_videos(locale: Locale, progress: Progress) -> int:
    """Adds each testimonial clip and each linked video to its story unless the story already
    shows a video (or is not there); returns how many were added."""
    clips = stories_without_video(TESTIMONIALS, locale)
    links = stories_without_video(LINKED_VIDEOS, locale)
    collection = collection_named(VIDEO_COLLECTION)
    for testimonial, story in progress(clips, "Videos"):
        load_video(testimonial, story, collection)
    for link, story in links:
        load_video_link(link, story)
    return len(clips) + len(links)


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
    videos = load_demo_videos(locale, progress)
    # After the videos: the English stories are translated from the French ones as they end up.
    english = load_english_demo(home, progress)
    return {
        "contributors": len(new_people),
        "stories": len(new_stories),
        "videos": videos,
        "english_stories": english["stories"],
    }
