"""YouTube and Vimeo links: only those services, only a well-formed video id, played through
their privacy-respecting players."""

import pytest
from django.core.exceptions import ValidationError

from stories.blocks import ExternalVideoBlock
from stories.videos.links import VIMEO, YOUTUBE, parse_video_link


@pytest.mark.parametrize(
    "url",
    [
        "https://www.youtube.com/watch?v=aqz-KE-bpKQ",
        "https://youtube.com/watch?v=aqz-KE-bpKQ&t=42s",
        "https://m.youtube.com/watch?feature=share&v=aqz-KE-bpKQ",
        "https://youtu.be/aqz-KE-bpKQ?si=abc",
        "https://www.youtube.com/embed/aqz-KE-bpKQ",
        "https://www.youtube.com/shorts/aqz-KE-bpKQ",
        "https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ",
        "http://WWW.YOUTUBE.COM/watch?v=aqz-KE-bpKQ",
    ],
)
def test_youtube_links_in_their_usual_forms_name_the_video(url):
    link = parse_video_link(url)
    assert (link.provider, link.video_id) == (YOUTUBE, "aqz-KE-bpKQ")


@pytest.mark.parametrize(
    "url, video_id, vimeo_hash",
    [
        ("https://vimeo.com/1084537", "1084537", ""),
        ("https://vimeo.com/channels/staffpicks/1084537", "1084537", ""),
        ("https://player.vimeo.com/video/1084537", "1084537", ""),
        ("https://vimeo.com/1084537/3f2a9c01be", "1084537", "3f2a9c01be"),
        ("https://player.vimeo.com/video/1084537?h=3f2a9c01be", "1084537", "3f2a9c01be"),
    ],
)
def test_vimeo_links_name_the_video_and_keep_an_unlisted_hash(url, video_id, vimeo_hash):
    link = parse_video_link(url)
    assert (link.provider, link.video_id, link.vimeo_hash) == (VIMEO, video_id, vimeo_hash)


def test_youtube_plays_from_the_nocookie_domain():
    link = parse_video_link("https://www.youtube.com/watch?v=aqz-KE-bpKQ")
    assert link.player_url == "https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ?autoplay=1"


def test_vimeo_plays_with_do_not_track():
    link = parse_video_link("https://vimeo.com/1084537/3f2a9c01be")
    assert link.player_url == (
        "https://player.vimeo.com/video/1084537?dnt=1&autoplay=1&h=3f2a9c01be"
    )


@pytest.mark.parametrize(
    "url, code",
    [
        ("https://www.dailymotion.com/video/x7tgad0", "other_host"),
        ("https://youtube.com.evil.example/watch?v=aqz-KE-bpKQ", "other_host"),
        ("https://evil.example/?u=https://youtube.com/watch?v=aqz-KE-bpKQ", "other_host"),
        ("https://www.youtube.com/watch?v=aqz-KE-bpK", "bad_youtube_id"),
        ("https://www.youtube.com/watch?v=aqz-KE-bpKQ1", "bad_youtube_id"),
        ("https://www.youtube.com/watch?v=<script>abc", "bad_youtube_id"),
        ("https://youtu.be/", "bad_youtube_id"),
        ("https://www.youtube.com/channel/UC1234567890", "bad_youtube_id"),
        ("https://vimeo.com/staffpicks", "bad_vimeo_id"),
        ("javascript:alert(1)//youtube.com/watch?v=aqz-KE-bpKQ", "not_a_link"),
        ("youtube.com/watch?v=aqz-KE-bpKQ", "not_a_link"),
        ("", "not_a_link"),
        ("https://youtu.be/aqz-KE-bpKQ?x=" + "a" * 500, "too_long"),
    ],
)
def test_other_hosts_and_malformed_ids_are_refused_with_their_reason(url, code):
    with pytest.raises(ValidationError) as refusal:
        parse_video_link(url)
    assert refusal.value.code == code


def test_the_block_refuses_another_host_on_its_link_field():
    block = ExternalVideoBlock()
    value = block.to_python({"url": "https://www.dailymotion.com/video/x7tgad0", "title": "Film"})
    with pytest.raises(ValidationError) as refusal:
        block.clean(value)
    assert "url" in refusal.value.block_errors
