"""Stories with a video: the badge in listings, the ?video=1 filter, transcripts found by search,
and YouTube/Vimeo videos shown behind a facade that fetches nothing from the service."""

import re

import pytest
from django.core.cache import caches

from stories.models import StoryPage
from tests.stories.test_video_probe import phone_video, videos  # noqa: F401 (fixtures)
from tests.stories.test_videos import add_captions, media, ready_video  # noqa: F401

pytestmark = pytest.mark.django_db

YOUTUBE_BLOCK = (
    "external_video",
    {"url": "https://www.youtube.com/watch?v=aqz-KE-bpKQ", "title": "Le film de l’usine"},
)
VIMEO_BLOCK = ("external_video", {"url": "https://vimeo.com/1084537", "title": "Le défilé"})
PARAGRAPH = ("paragraph", "<p>Un récit sans vidéo.</p>")


def test_a_story_knows_it_has_a_video_from_its_body(make_stories, phone_video):  # noqa: F811
    with_file, with_link, without = make_stories(3, body=[PARAGRAPH])
    with_file.body = [PARAGRAPH, ("video", ready_video(phone_video))]
    with_file.save()
    with_link.body = [YOUTUBE_BLOCK]
    with_link.save()

    flags = dict(StoryPage.objects.values_list("pk", "has_video"))
    assert (flags[with_file.pk], flags[with_link.pk], flags[without.pk]) == (True, True, False)


def test_listings_badge_only_the_stories_with_a_video(client, make_stories):
    make_stories(1, body=[YOUTUBE_BLOCK], title="Avec vidéo")
    make_stories(2, body=[PARAGRAPH])

    html = client.get("/fr/stories/").text

    assert html.count('class="badge badge--video"') == 1
    card = html[html.index("Avec vidéo") :]
    assert card.index("badge--video") < card.index("</article>")


def test_video_filter_lists_only_stories_with_a_video_and_shows_as_active(client, make_stories):
    make_stories(2, body=[VIMEO_BLOCK])
    make_stories(3, body=[PARAGRAPH])

    response = client.get("/fr/stories/", {"video": "1"})

    assert response.context["stories_page"].paginator.count == 2
    assert all(story.has_video for story in response.context["stories_page"].object_list)
    assert [chip["label"] for chip in response.context["active_filters"]] == ["Avec une vidéo"]
    assert response.context["active_filters"][0]["remove_url"] == "/fr/stories/"


def test_video_facet_counts_the_stories_with_a_video_given_the_other_filters(client, make_stories):
    make_stories(2, body=[VIMEO_BLOCK], year=1962)
    make_stories(1, body=[VIMEO_BLOCK], year=1985)
    make_stories(3, body=[PARAGRAPH], year=1962)

    facet = client.get("/fr/stories/", {"decade": "1960"}).context["facets"]["video"]

    assert [(option["count"], option["url"]) for option in facet] == [
        (2, "/fr/stories/?decade=1960&video=1")
    ]


@pytest.mark.parametrize("value", ["0", "yes", "true", "11", "<script>", ""])
def test_a_bad_video_value_shows_the_listing_without_that_filter(client, make_stories, value):
    make_stories(1, body=[VIMEO_BLOCK])
    make_stories(2, body=[PARAGRAPH])

    response = client.get("/fr/stories/", {"video": value})

    assert response.status_code == 200
    assert response.context["stories_page"].paginator.count == 3


def found(client, word: str) -> int:
    return client.get("/fr/search/", {"q": word}).context["results_page"].paginator.count


def test_search_finds_a_word_said_only_in_a_video(client, make_stories, phone_video):  # noqa: F811
    video = ready_video(phone_video)
    add_captions(video, b"WEBVTT\n\n00:00:00.500 --> 00:00:01.500\nLa tabulatrice chantait.\n")
    make_stories(1, body=[PARAGRAPH, ("video", video)])

    assert found(client, "tabulatrice") == 1


def test_captions_added_after_publishing_are_found_by_search(
    client,
    make_stories,
    phone_video,  # noqa: F811
):
    video = ready_video(phone_video)
    make_stories(1, body=[PARAGRAPH, ("video", video)])
    assert found(client, "pointeuse") == 0

    add_captions(video, b"WEBVTT\n\n00:00:00.500 --> 00:00:01.500\nLa pointeuse sonnait.\n")
    caches["pages"].clear()

    assert found(client, "pointeuse") == 1


def test_facade_shows_a_local_poster_and_a_play_button_and_no_player(client, make_stories):
    story = make_stories(1, body=[YOUTUBE_BLOCK])[0]

    html = client.get(story.url).text

    facade = html[html.index('<figure class="video-facade"') : html.index("</figure>")]
    assert "<iframe" not in html
    sources = re.findall(r'\b(?:src|srcset)="([^"]+)"', html)
    assert all("youtube" not in source and "vimeo" not in source for source in sources)
    player = "https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ?autoplay=1"
    assert f'data-player-url="{player}"' in facade
    assert "Lire la vidéo «\u00a0Le film de l’usine\u00a0» (YouTube)" in facade
    assert "js/videos.js" in html


def test_vimeo_facade_plays_with_do_not_track(client, make_stories):
    story = make_stories(1, body=[VIMEO_BLOCK])[0]

    html = client.get(story.url).text

    assert 'data-player-url="https://player.vimeo.com/video/1084537?dnt=1&amp;autoplay=1"' in html
