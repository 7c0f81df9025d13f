"""The demo's video testimonials: committed clips that every browser plays and that a fresh clone
can afford to load, French captions saying what is spoken when it is spoken, and, once loaded, a
ready video with poster, captions and transcript in each of their stories; loading again adds
nothing."""

from collections import Counter
from itertools import pairwise
from pathlib import Path

import pytest
from django.core.files.storage import storages
from django.utils.html import escape
from wagtail.models import Revision

from stories.demo.contributors import CONTRIBUTORS
from stories.demo.images import SCENES
from stories.demo.loader import (
    CLIPS,
    archive_collection,
    load_contributor,
    load_demo_videos,
    load_story,
    load_vocabulary,
)
from stories.demo.stories import STORIES
from stories.demo.testimonials import LINKED_VIDEOS, TESTIMONIALS
from stories.models import ProcessingState, StoryPage, Video, VideoCaption
from stories.videos.captions import read_captions
from stories.videos.probe import probe_video

# `make run` loads every clip on a fresh clone, and the clips are in every clone of the repository.
CLIP_BUDGET = 400 * 1024
TOTAL_BUDGET = 2_500 * 1024

STORIES_BY_SLUG = {story["slug"]: story for story in STORIES}
CONTRIBUTORS_BY_SLUG = {contributor["slug"]: contributor for contributor in CONTRIBUTORS}
by_story = pytest.mark.parametrize(
    "testimonial", TESTIMONIALS, ids=[testimonial["story"] for testimonial in TESTIMONIALS]
)


def clip(testimonial: dict) -> Path:
    return CLIPS / f"{testimonial['story']}.mp4"


def captions(testimonial: dict) -> Path:
    return CLIPS / f"{testimonial['story']}.fr.vtt"


def no_progress(items, label):
    return items


@pytest.fixture
def media(settings, monkeypatch, tmp_path) -> Path:
    """Both storages in a temporary folder (the model field keeps the storage it was built with,
    so the private one is handed to it)."""
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.STORAGES = {
        **settings.STORAGES,
        "private": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": tmp_path / "private", "base_url": None},
        },
    }
    monkeypatch.setattr(Video._meta.get_field("original"), "storage", storages["private"])
    return tmp_path


@pytest.fixture
def demo_videos(site_tree, media, django_capture_on_commit_callbacks) -> int:
    """The stories that have a testimonial (with their contributors), then the videos, processed
    as they are after the commit. Only these: the whole demo takes most of a minute to load."""
    index = site_tree["stories"]
    collection = archive_collection()
    load_vocabulary(index.locale)
    stories = [STORIES_BY_SLUG[entry["story"]] for entry in TESTIMONIALS + LINKED_VIDEOS]
    for slug in dict.fromkeys(story["contributor"] for story in stories):
        load_contributor(CONTRIBUTORS_BY_SLUG[slug], index.locale, collection)
    for story in stories:
        load_story(story, index, collection)
    with django_capture_on_commit_callbacks(execute=True):
        return load_demo_videos(index.locale, no_progress)


def videos_shown(story: StoryPage) -> list[Video]:
    return [block.value for block in story.body if block.block_type == "video"]


# The texts


def test_at_least_five_testimonials_from_different_decades_and_relations():
    stories = [STORIES_BY_SLUG.get(testimonial["story"]) for testimonial in TESTIMONIALS]
    assert None not in stories
    assert len({story["slug"] for story in stories}) == len(TESTIMONIALS) >= 5
    assert len({story["decade"] for story in stories}) >= 5
    relations = Counter(CONTRIBUTORS_BY_SLUG[story["contributor"]]["relation"] for story in stories)
    assert len(relations) >= 4


@by_story
def test_a_testimonial_is_a_few_spoken_sentences_over_a_few_known_scenes(testimonial):
    assert testimonial["title"].startswith("Témoignage d")
    assert 6 <= len(testimonial["sentences"]) <= 10
    assert 3 <= len(testimonial["scenes"]) <= 5
    assert set(testimonial["scenes"]) <= set(SCENES)


# The committed clips


@by_story
def test_committed_clip_plays_in_every_browser(testimonial):
    info = probe_video(clip(testimonial))

    assert info.plays_everywhere, info
    assert (info.video_codec, info.audio_codec, info.pixel_format) == ("h264", "aac", "yuv420p")
    assert (info.width, info.height) == (640, 360)
    assert 20 <= info.duration <= 40


def test_committed_clips_stay_small_enough_for_a_fresh_clone():
    sizes = {testimonial["story"]: clip(testimonial).stat().st_size for testimonial in TESTIMONIALS}

    assert {story: size for story, size in sizes.items() if size > CLIP_BUDGET} == {}
    assert sum(sizes.values()) <= TOTAL_BUDGET


@by_story
def test_committed_captions_are_the_sentences_while_they_are_spoken(testimonial):
    cues = read_captions(captions(testimonial).read_bytes(), captions(testimonial).name)

    assert [cue.text.replace("\n", " ") for cue in cues] == testimonial["sentences"]
    assert all(earlier.end <= later.start for earlier, later in pairwise(cues))
    assert cues[-1].end <= probe_video(clip(testimonial)).duration


# Loaded into the demo


def test_demo_stories_show_a_ready_video_with_poster_and_french_captions(demo_videos):
    stories = [s for s in StoryPage.objects.live() if videos_shown(s)]

    assert demo_videos == len(TESTIMONIALS) + len(LINKED_VIDEOS)
    assert len(stories) >= 5
    for story in stories:
        assert [block.block_type for block in story.body][:2] == ["paragraph", "video"]
        [video] = videos_shown(story)
        assert video.processing_state == ProcessingState.READY, video.processing_message
        assert video.thumbnail and Path(video.thumbnail.path).stat().st_size > 0
        assert video.duration > 0 and (video.width, video.height) == (640, 360)
        [caption] = video.captions.all()
        assert caption.language == "fr" and caption.cues
        assert video.transcript.strip()


def test_story_page_plays_the_video_with_its_captions_and_transcript(demo_videos, client):
    for testimonial in TESTIMONIALS:
        story = StoryPage.objects.get(slug=testimonial["story"])

        html = client.get(story.url).content.decode()

        assert "<video" in html and '<track kind="captions" srclang="fr"' in html
        assert [s for s in testimonial["sentences"] if escape(s) not in html] == []


def test_linked_videos_show_a_facade_with_the_story_photo_and_no_player(demo_videos, client):
    youtube = [link for link in LINKED_VIDEOS if "youtu" in link["url"]]
    assert len(youtube) >= 2
    for link in LINKED_VIDEOS:
        story = StoryPage.objects.get(slug=link["story"])
        [block] = [block for block in story.body if block.block_type == "external_video"]
        assert block.value["poster"] == story.image and story.has_video

        html = client.get(story.url).content.decode()

        assert 'class="video-facade"' in html and "<iframe" not in html


def test_loading_the_videos_again_adds_nothing(demo_videos, site_tree):
    counts = (Video.objects.count(), VideoCaption.objects.count(), Revision.objects.count())

    assert load_demo_videos(site_tree["home"].locale, no_progress) == 0
    assert (Video.objects.count(), VideoCaption.objects.count(), Revision.objects.count()) == counts
