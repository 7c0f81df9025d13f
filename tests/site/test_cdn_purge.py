"""Publishing or unpublishing a story purges, in the CDN, every page that shows it, in both
languages, and so does an edit of a contributor, era, theme, video or caption; the "CDN" here is
a real HTTP server on loopback that records the PURGE requests."""

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from wagtail.models import Locale, PageViewRestriction

from tests.factories import StoryPageFactory
from tests.stories.test_video_probe import phone_video, videos  # noqa: F401 (fixtures)
from tests.stories.test_videos import add_captions, media, ready_video  # noqa: F401

pytestmark = pytest.mark.django_db


class PurgeRecorder(BaseHTTPRequestHandler):
    purged: list[str]

    def do_PURGE(self) -> None:  # noqa: N802 (the HTTP method's name)
        self.purged.append(self.path)
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args) -> None:
        pass


@pytest.fixture
def cdn(settings):
    PurgeRecorder.purged = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), PurgeRecorder)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    settings.WAGTAILFRONTENDCACHE = {
        "cdn": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": f"http://127.0.0.1:{server.server_address[1]}",
        }
    }
    yield PurgeRecorder.purged
    server.shutdown()


def test_publishing_a_story_purges_every_page_that_shows_it(cdn, story_index, themes):
    story = StoryPageFactory(parent=story_index, year=1968, live=False, themes=[themes[0]])
    story.save_revision().publish()
    story.refresh_from_db()
    contributor = story.contributor.slug
    theme = themes[0].slug
    for language in ("fr", "en"):
        expected = [
            f"/{language}/",
            f"/{language}/stories/",
            f"/{language}/stories/feed/",
            f"/{language}/stories/{story.slug}/",
            f"/{language}/stories/decade/1960s/",
            f"/{language}/stories/decade/1960s/feed/",
            f"/{language}/stories/theme/{theme}/",
            f"/{language}/stories/theme/{theme}/feed/",
            f"/{language}/contributors/{contributor}/",
        ]
        for path in expected:
            assert path in cdn, f"{path} not purged: {cdn}"
    assert "/sitemap.xml" in cdn


def test_unpublishing_a_story_purges_its_pages(cdn, story_index):
    story = StoryPageFactory(parent=story_index, year=1968)
    story.unpublish()
    assert f"/fr/stories/{story.slug}/" in cdn
    assert "/fr/stories/decade/1960s/" in cdn


def test_nothing_is_sent_without_a_cdn(cdn, settings, story_index):
    settings.WAGTAILFRONTENDCACHE = {}
    cdn.clear()  # what making the site tree sent while the CDN was configured
    story = StoryPageFactory(parent=story_index, year=1968, live=False)
    story.save_revision().publish()
    story.refresh_from_db()
    assert story.live
    assert cdn == []


def test_editing_a_contributor_purges_their_profile_and_their_stories(
    cdn, story_index, django_capture_on_commit_callbacks
):
    story = StoryPageFactory(parent=story_index, year=1968)
    cdn.clear()
    contributor = story.contributor
    contributor.bio = "Trente-sept ans, en fait."
    with django_capture_on_commit_callbacks(execute=True):
        contributor.save()
    for language in ("fr", "en"):
        assert f"/{language}/contributors/{contributor.slug}/" in cdn
        assert f"/{language}/stories/{story.slug}/" in cdn


def test_renaming_a_theme_purges_its_archive_the_listings_and_its_stories(
    cdn, story_index, themes, django_capture_on_commit_callbacks
):
    story = StoryPageFactory(parent=story_index, year=1968, themes=[themes[0]])
    other = StoryPageFactory(parent=story_index, year=1968, themes=[themes[1]])
    cdn.clear()
    themes[0].name = "Inventions"
    with django_capture_on_commit_callbacks(execute=True):
        themes[0].save()
    slug = themes[0].slug
    for language in ("fr", "en"):
        for path in ("/", "/stories/", f"/stories/theme/{slug}/", f"/stories/theme/{slug}/feed/"):
            assert f"/{language}{path}" in cdn, f"/{language}{path} not purged: {cdn}"
        assert f"/{language}/stories/{story.slug}/" in cdn
    assert f"/fr/stories/{other.slug}/" not in cdn


def test_deleting_an_era_purges_its_archive(
    cdn, story_index, eras, django_capture_on_commit_callbacks
):
    cdn.clear()
    era = eras[0]
    with django_capture_on_commit_callbacks(execute=True):
        era.delete()
    assert f"/fr/stories/era/{era.slug}/" in cdn
    assert f"/en/stories/era/{era.slug}/feed/" in cdn


def test_new_captions_purge_the_stories_showing_the_video(
    cdn,
    make_stories,
    phone_video,  # noqa: F811
    django_capture_on_commit_callbacks,
):
    video = ready_video(phone_video)
    with_video, without = make_stories(2, body=[("paragraph", "<p>Un récit.</p>")])
    with_video.body = [("video", video)]
    with_video.save_revision().publish()
    cdn.clear()
    with django_capture_on_commit_callbacks(execute=True):
        add_captions(video)
    assert f"/fr/stories/{with_video.slug}/" in cdn
    assert f"/fr/stories/{without.slug}/" not in cdn


def test_snippet_edits_send_nothing_without_a_cdn(
    cdn, settings, story_index, themes, django_capture_on_commit_callbacks
):
    StoryPageFactory(parent=story_index, year=1968, themes=[themes[0]])
    settings.WAGTAILFRONTENDCACHE = {}
    cdn.clear()
    with django_capture_on_commit_callbacks(execute=True):
        themes[0].save()
    assert cdn == []


def test_translating_a_theme_purges_the_english_archive_and_english_stories(
    cdn, story_index, themes, django_capture_on_commit_callbacks
):
    english = Locale.objects.get_or_create(language_code="en")[0]
    story = StoryPageFactory(parent=story_index, year=1968, themes=[themes[0]])
    for page in (story_index.get_parent(), story_index, story):
        english_page = page.copy_for_translation(english)
        english_page.save_revision().publish()
    cdn.clear()
    translation = themes[0].copy_for_translation(english)
    translation.name = "Inventions"
    with django_capture_on_commit_callbacks(execute=True):
        translation.save()
    slug = themes[0].slug
    assert f"/en/stories/theme/{slug}/" in cdn, cdn
    assert f"/en/stories/{english_page.slug}/" in cdn, cdn


def test_making_a_story_private_or_public_again_purges_it_and_its_listings(
    cdn, story_index, django_capture_on_commit_callbacks
):
    story = StoryPageFactory(parent=story_index, year=1968)
    for change in ("made private", "public again"):
        cdn.clear()
        with django_capture_on_commit_callbacks(execute=True):
            if change == "made private":
                restriction = PageViewRestriction.objects.create(
                    page=story, restriction_type=PageViewRestriction.PASSWORD, password="x"
                )
            else:
                restriction.delete()
        for path in (f"/fr/stories/{story.slug}/", "/fr/stories/", "/fr/stories/decade/1960s/"):
            assert path in cdn, f"{change}: {path} not purged: {cdn}"
