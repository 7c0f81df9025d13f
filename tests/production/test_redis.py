"""The cache on Redis, as production configures it: values and anonymous pages are kept there, the
submission rate limit counts there, and when Redis stops the site goes on serving pages and taking
stories (every cache call fails open: a miss, a dropped write, an uncounted limit)."""

import time

import pytest
import redis
from django.core.cache import caches

from centenary.settings import redis_cache
from submissions.models import Submission
from tests.production.conftest import use_redis
from tests.production.servers import redis_server
from tests.submissions.conftest import SHARE_URL, form_sender, jpeg_upload
from tests.submissions.media import use_temporary_media

pytestmark = pytest.mark.django_db


def keys_in(url: str, database_offset: int) -> int:
    """How many keys the cache at this offset of the Redis at `url` holds, read by Redis itself."""
    return redis.Redis.from_url(redis_cache(url, database_offset)["LOCATION"]).dbsize()


@pytest.fixture
def temporary_media(settings, monkeypatch, tmp_path):
    return use_temporary_media(settings, monkeypatch, tmp_path)


@pytest.fixture
def send_story(client, guidelines, story_index, django_capture_on_commit_callbacks):
    return form_sender(client, django_capture_on_commit_callbacks, SHARE_URL)


def test_a_cached_value_is_kept_in_redis(redis_caches):
    caches["default"].set("greeting", "bonjour", 60)

    assert caches["default"].get("greeting") == "bonjour"
    assert keys_in(redis_caches, 0) == 1


def test_purging_the_pages_keeps_the_rest_of_the_cache(redis_caches):
    caches["default"].set("submissions-counted", 3, 60)
    caches["pages"].set("a-page", "<html>", 60)

    caches["pages"].clear()

    assert caches["pages"].get("a-page") is None
    assert caches["default"].get("submissions-counted") == 3


def test_an_anonymous_page_is_cached_in_redis(client, redis_caches, make_stories):
    story = make_stories(1)[0]

    response = client.get(story.url)

    assert response.status_code == 200
    assert keys_in(redis_caches, 1) > 0


def test_the_submission_limit_is_counted_in_redis(
    settings, redis_caches, temporary_media, send_story
):
    settings.SUBMISSION_RATE_LIMIT = "1/h"

    first = send_story(photos=[jpeg_upload()])
    second = send_story(photos=[jpeg_upload()])

    assert first.status_code == 302
    assert second.status_code == 429
    assert Submission.objects.count() == 1


def test_pages_are_served_while_redis_is_stopped(client, settings, make_stories):
    story = make_stories(3)[0]
    pages = ["/fr/", story.get_parent().url, story.url]
    with redis_server() as url:
        use_redis(settings, url)
        assert all(client.get(page).status_code == 200 for page in pages)
    # Killed: every cache call now meets a refused connection.

    started = time.perf_counter()
    responses = [client.get(page) for page in pages]
    elapsed = time.perf_counter() - started

    assert [response.status_code for response in responses] == [200, 200, 200]
    assert story.title in responses[2].content.decode()
    print(f"Redis stopped: {len(pages)} pages served in {elapsed * 1000:.0f} ms, all 200")


def test_a_story_is_taken_while_redis_is_stopped(client, settings, temporary_media, send_story):
    with redis_server() as url:
        use_redis(settings, url)

    form = client.get(SHARE_URL)
    response = send_story(photos=[jpeg_upload()])

    assert form.status_code == 200
    assert response.status_code == 302
    assert Submission.objects.get().photos.count() == 1
