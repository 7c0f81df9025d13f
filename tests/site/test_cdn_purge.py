"""Publishing or unpublishing a story purges, in the CDN, every page that shows it, in both
languages; the "CDN" here is a real HTTP server on loopback that records the PURGE requests."""

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from tests.factories import StoryPageFactory

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
