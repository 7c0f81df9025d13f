"""Story videos in the browser, on a phone and on a desktop screen.

A video from the library plays in the browser's own player: a visitor starts it with the keyboard,
has French captions, and jumps to a moment from the transcript with the keyboard. A YouTube or
Vimeo video is a facade: nothing is asked of the service until the visitor presses play, and then
only its privacy-enhanced player is. axe-core audits both kinds of page.

The video is a real clip made by the project's ffmpeg and processed by the project's background
task; the live server serves it with HTTP Range requests, as the browser seeks in it."""

import re
import tempfile
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.core.files import File
from django.core.files.uploadedfile import SimpleUploadedFile
from playwright.sync_api import Page, Request, expect

from stories.models import ProcessingState, StoryPage, Video, VideoCaption
from stories.site_tree import ensure_site_tree
from tests.e2e.browsing import assert_no_horizontal_scroll, save_screenshot, tab_to
from tests.e2e.test_accessibility import AXE_OPTIONS, describe
from tests.factories import PhotoFactory, StoryPageFactory
from tests.stories.test_video_probe import H264_AAC, make
from tests.submissions.media import use_temporary_media

CLIP_SECONDS = 6
CUES = [
    (0.0, 1.5, "Je suis entré à l’usine en 1964."),
    (1.5, 3.0, "Le premier jour, on m’a donné une blouse."),
    (3.0, 4.5, "Et un carnet pour noter chaque câble."),
]
LAST_CUE_START = CUES[-1][0]

# A page may fetch nothing from these before the visitor presses play.
VIDEO_SERVICES = ("youtube", "ytimg", "googlevideo", "google", "doubleclick", "vimeo", "vimeocdn")

FACADES = {
    "youtube": {
        "url": "https://www.youtube.com/watch?v=aqz-KE-bpKQ",
        "title": "Le film de l’usine",
        "provider": "YouTube",
        "player": "https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ?",
        "player_host": "www.youtube-nocookie.com",
    },
    "vimeo": {
        "url": "https://vimeo.com/1084537",
        "title": "Le défilé du centenaire",
        "provider": "Vimeo",
        "player": "https://player.vimeo.com/video/1084537?dnt=1",
        "player_host": "player.vimeo.com",
    },
}


def webvtt(cues: list[tuple[float, float, str]]) -> bytes:
    def timestamp(seconds: float) -> str:
        return f"00:00:{seconds:06.3f}"

    blocks = [f"{timestamp(start)} --> {timestamp(end)}\n{text}" for start, end, text in cues]
    return ("WEBVTT\n\n" + "\n\n".join(blocks) + "\n").encode()


@pytest.fixture(scope="module")
def clip(tmp_path_factory) -> Path:
    """A few seconds of test pattern and tone, H.264 and AAC in MP4, as a phone records."""
    return make(
        tmp_path_factory.mktemp("clip") / "temoignage.mp4",
        *("-f", "lavfi", "-i", f"testsrc=size=320x240:rate=25:duration={CLIP_SECONDS}"),
        *("-f", "lavfi", "-i", f"sine=frequency=440:duration={CLIP_SECONDS}"),
        *H264_AAC,
    )


@pytest.fixture(scope="module")
def axe() -> Axe:
    return Axe()


@pytest.fixture
def temporary_media(served_site, settings, monkeypatch) -> Iterator[Path]:
    """The video, its poster and its captions go to a folder of their own, which the live server
    serves and which is deleted after the test."""
    with tempfile.TemporaryDirectory(prefix="e2e-videos-") as root:
        yield use_temporary_media(settings, monkeypatch, Path(root)).public


@pytest.fixture
def video_story(temporary_media, clip: Path) -> StoryPage:
    """A live story whose body holds the clip, processed for real, with French captions."""
    with clip.open("rb") as upload:
        # Processing runs when the upload is committed: at once, outside a transaction.
        video = Video.objects.create(
            type="video", title="Témoignage d’Ahmed", file=File(upload, name=clip.name)
        )
    video.refresh_from_db()
    assert video.processing_state == ProcessingState.READY, video.processing_message
    captions = VideoCaption(
        video=video, language="fr", file=SimpleUploadedFile("fr.vtt", webvtt(CUES))
    )
    captions.full_clean()
    captions.save()
    return story_with([("video", video)])


@pytest.fixture(params=list(FACADES))
def facade(request) -> dict:
    return FACADES[request.param]


@pytest.fixture
def facade_story(served_site, facade: dict) -> StoryPage:
    """A live story with a YouTube or Vimeo video: the YouTube one with a poster of its own, the
    Vimeo one with the site's default poster."""
    block = {"url": facade["url"], "title": facade["title"]}
    if facade["provider"] == "YouTube":
        block["poster"] = PhotoFactory(seed=7, title="L’atelier en 1965")
    return story_with([("external_video", block)])


def story_with(video_blocks: list[tuple]) -> StoryPage:
    _home, story_index, _contributors = ensure_site_tree()
    paragraph = ("paragraph", "<p>Ahmed raconte son premier jour à l’atelier de câblage.</p>")
    return StoryPageFactory(
        parent=story_index,
        slug="mon-premier-jour",
        title="Mon premier jour",
        year=1964,
        body=[paragraph, *video_blocks, paragraph],
    )


# The browser's own player -------------------------------------------------------------------------

VIDEO = "document.querySelector('.video video')"


def wait_until_playing_past(page: Page, seconds: float) -> None:
    page.wait_for_function(f"() => !{VIDEO}.paused && {VIDEO}.currentTime > {seconds}", polling=100)


@pytest.mark.e2e
def test_the_video_starts_with_the_keyboard(page: Page, video_story: StoryPage):
    page.goto(video_story.url)
    # Chromium puts a <video controls> itself in the Tab order, and its player starts a focused
    # video with Space or Enter (K, YouTube's key, does nothing). The focus is on the <video>, not
    # on a button of the controls: this checks that the keys play it, not how the controls look.
    tab_to(page, selector=".video video")
    page.keyboard.press("Space")

    wait_until_playing_past(page, 0.5)
    assert not page.failed_responses, page.failed_responses


@pytest.mark.e2e
def test_the_video_has_french_captions(page: Page, video_story: StoryPage):
    page.goto(video_story.url)

    # A track's cues are loaded once it is shown or hidden; "hidden" keeps them off the picture.
    captions = page.evaluate(f"""() => [...{VIDEO}.textTracks].map((track) => {{
        if (track.mode === "disabled") track.mode = "hidden";
        return {{ kind: track.kind, language: track.language, label: track.label }};
    }})""")
    page.wait_for_function(f"() => {VIDEO}.textTracks[0].cues?.length > 0")
    cues = page.evaluate(f"() => [...{VIDEO}.textTracks[0].cues].map((cue) => cue.text)")

    assert captions == [{"kind": "captions", "language": "fr", "label": "Français"}]
    assert cues == [text for _start, _end, text in CUES]


@pytest.mark.e2e
def test_a_transcript_time_followed_with_the_keyboard_plays_the_video_from_there(
    page: Page, video_story: StoryPage
):
    page.goto(video_story.url)
    page.evaluate(f"""() => {{
        window.seekedTo = [];
        {VIDEO}.addEventListener("seeked", () => window.seekedTo.push({VIDEO}.currentTime));
    }}""")
    focused = tab_to(page, selector=f".transcript a[data-seek='{LAST_CUE_START:g}']")
    assert focused["text"] == f"0:{LAST_CUE_START:02.0f}"
    page.keyboard.press("Enter")

    page.wait_for_function("() => window.seekedTo.length > 0")
    assert page.evaluate("window.seekedTo")[0] == pytest.approx(LAST_CUE_START, abs=0.1)
    wait_until_playing_past(page, LAST_CUE_START + 0.3)
    assert page.url.endswith(video_story.url)  # the page stayed; the file was not opened
    expect(page.locator(".video video")).to_be_focused()


@pytest.mark.e2e
def test_the_story_with_a_video_has_no_accessibility_violation(
    page: Page, viewport: str, video_story: StoryPage, axe: Axe
):
    page.goto(video_story.url)
    save_screenshot(page, viewport, "story-video")

    assert_no_horizontal_scroll(page)
    violations = axe.run(page, options=AXE_OPTIONS).response["violations"]
    assert not violations, f"axe-core on the {viewport}:\n{describe(violations)}"


# YouTube and Vimeo behind a facade ---------------------------------------------------------------


def service_hosts(requests: list[Request]) -> set[str]:
    """The hosts of a video service (or of its trackers) that the page asked for something."""
    hosts = {urlsplit(request.url).hostname or "" for request in requests}
    return {host for host in hosts if any(service in host for service in VIDEO_SERVICES)}


@pytest.fixture
def recorded_requests(page: Page) -> list[Request]:
    """Every request the tab makes from now on, in every frame. Nothing outside the live server is
    really reached: those requests are recorded, then refused by the browser itself, so that what
    is checked is what the site asks for, not what a service's player would ask for next."""
    requests = []
    page.on("request", lambda request: requests.append(request))
    page.route(re.compile(r"^https?://(?!localhost[:/])"), lambda route: route.abort())
    return requests


@pytest.mark.e2e
def test_nothing_is_asked_of_the_video_service_before_play(
    page: Page, facade_story: StoryPage, recorded_requests: list[Request]
):
    page.goto(facade_story.url)
    page.locator(".video-facade").scroll_into_view_if_needed()  # what loads lazily loads now
    page.wait_for_load_state("networkidle")

    assert service_hosts(recorded_requests) == set()
    assert not page.failed_responses, page.failed_responses


@pytest.mark.e2e
def test_play_pressed_with_the_keyboard_loads_only_the_privacy_enhanced_player(
    page: Page, facade: dict, facade_story: StoryPage, recorded_requests: list[Request]
):
    page.goto(facade_story.url)
    name = re.compile(re.escape(f"« {facade['title']} » ({facade['provider']})"))
    tab_to(page, selector=".video-facade__play")
    expect(page.get_by_role("button", name=name)).to_be_focused()

    with page.expect_request(lambda request: request.url.startswith(facade["player"])) as asked:
        page.keyboard.press("Enter")
    asked.value.response()  # waits until the (refused) request is over

    player = page.locator(".video-facade iframe")
    expect(player).to_have_attribute("src", re.compile(f"^{re.escape(facade['player'])}"))
    expect(player).to_have_attribute("title", facade["title"])
    expect(player).to_be_focused()
    assert service_hosts(recorded_requests) == {facade["player_host"]}


@pytest.mark.e2e
def test_the_story_with_a_facade_has_no_accessibility_violation_before_and_after_play(
    page: Page,
    viewport: str,
    facade: dict,
    facade_story: StoryPage,
    recorded_requests: list[Request],
    axe: Axe,
):
    found = {}

    def audit(name: str) -> None:
        save_screenshot(page, viewport, f"story-{facade['provider'].lower()}-{name}")
        assert_no_horizontal_scroll(page)
        if violations := axe.run(page, options=AXE_OPTIONS).response["violations"]:
            found[name] = violations

    page.goto(facade_story.url)
    audit("facade")
    page.locator(".video-facade__play").click()
    expect(page.locator(".video-facade iframe")).to_be_attached()
    audit("player")

    assert not found, f"axe-core found violations on the {viewport}:\n" + "\n".join(
        f"{where}:\n{describe(violations)}" for where, violations in found.items()
    )
