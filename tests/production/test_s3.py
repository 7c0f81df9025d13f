"""Media on S3 through django-storages, as production configures it, against moto's S3 server:
public files under the CDN's domain, submitted originals private behind presigned URLs, and a
submission with photos refused whole, in the sender's language, while the store is stopped
(submissions/services.py says why it is refused rather than kept for a later upload)."""

import time
import urllib.error
import urllib.request
from urllib.parse import parse_qs, urlsplit

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import storages
from wagtail.images import get_image_model

from stories.models import Contributor, StoryPage
from submissions.models import Notification, Submission
from tests.production.conftest import CDN_DOMAIN, s3_client, use_s3
from tests.production.servers import s3_server
from tests.submissions.conftest import (
    jpeg_upload,
)

pytestmark = pytest.mark.django_db

REFUSAL = "Your story could not be saved just now (a fault on our side) and nothing was kept."


def assert_no_story_kept() -> None:
    assert not Submission.objects.exists()
    assert not StoryPage.objects.exists()
    assert not Contributor.objects.exists()
    assert not Notification.objects.exists()
    assert not get_image_model().objects.exists()


def test_a_public_file_lands_in_the_bucket_under_the_cdn_domain(s3_media):
    name = storages["default"].save("cards/1/square.jpg", ContentFile(b"a square card"))

    stored = s3_media.client.head_object(Bucket=s3_media.name, Key=f"media/{name}")
    assert stored["ContentLength"] == len(b"a square card")
    assert storages["default"].url(name) == f"https://{CDN_DOMAIN}/media/{name}"


def test_a_private_file_is_reached_through_a_presigned_url_of_five_minutes(s3_media, s3_endpoint):
    """S3 itself refuses a presigned URL once expired; moto does not check the expiry, so the test
    reads the lifetime the URL was signed for, and fetches the file while it is valid."""
    name = storages["private"].save("submissions/original", ContentFile(b"as sent"))

    url = storages["private"].url(name)

    s3_media.client.head_object(Bucket=s3_media.name, Key=f"private/{name}")
    query = parse_qs(urlsplit(url).query)
    assert url.startswith(f"{s3_endpoint}/{s3_media.name}/private/{name}?")
    assert query["X-Amz-Expires"] == ["300"]
    assert query["X-Amz-Credential"][0].startswith("testing/")
    assert "X-Amz-Signature" in query
    with urllib.request.urlopen(url, timeout=5) as response:
        assert response.read() == b"as sent"


def test_a_submission_keeps_its_photos_on_s3(s3_media, send_english_story):
    response = send_english_story(photos=[jpeg_upload(), jpeg_upload("IMG_0002.jpg")])

    assert response.status_code == 302
    photos = list(Submission.objects.get().photos.select_related("image"))
    keys = s3_media.object_keys()
    for photo in photos:
        assert f"private/{photo.original.name}" in keys
        assert f"media/{photo.image.file.name}" in keys
        assert photo.image.file.url.startswith(f"https://{CDN_DOMAIN}/media/original_images/")
    assert len(keys) == 4


def test_a_submission_is_refused_cleanly_while_s3_is_stopped(
    settings, monkeypatch, send_english_story
):
    with s3_server() as endpoint:
        bucket = f"stopped-{time.monotonic_ns()}"
        s3_client(endpoint).create_bucket(
            Bucket=bucket, CreateBucketConfiguration={"LocationConstraint": "eu-west-3"}
        )
        use_s3(settings, monkeypatch, endpoint, bucket)
        storages["default"].save("probe.txt", ContentFile(b"the store answers"))
    # Killed: every request to the store now meets a refused connection.

    started = time.perf_counter()
    response = send_english_story(photos=[jpeg_upload(), jpeg_upload("IMG_0002.jpg")])
    elapsed = time.perf_counter() - started

    assert response.status_code == 400
    assert REFUSAL in response.content.decode()
    assert 'value="Trois semaines de mai"' in response.content.decode()
    assert_no_story_kept()
    print(f"S3 stopped: a submission with 2 photos refused with a form error in {elapsed:.1f} s")


def test_photos_stored_before_s3_stops_are_taken_back(
    settings, monkeypatch, s3_endpoint, bucket, stopped_s3_endpoint, send_english_story
):
    """The public images are written, then the originals' store is found stopped: the images
    are deleted again, so the bucket holds nothing of the refused story."""
    use_s3(settings, monkeypatch, s3_endpoint, bucket.name, private_endpoint=stopped_s3_endpoint)

    response = send_english_story(photos=[jpeg_upload(), jpeg_upload("IMG_0002.jpg")])

    assert response.status_code == 400
    assert REFUSAL in response.content.decode()
    assert_no_story_kept()
    assert bucket.object_keys() == []
