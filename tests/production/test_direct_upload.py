"""Large videos sent from the browser straight to S3 (submissions/direct_uploads.py), against moto's
S3 server: the presigned POST fixes the size and type and S3 takes a real video through it as a
browser sends it; the form naming the upload gets its story and video; every bad upload is refused
on the video field, deleted when it is the form's own, with nothing else written. Editors reach
originals on S3 through a presigned URL, never streamed by Django."""

import base64
import json
import time
import uuid
from urllib.parse import parse_qs, urlsplit

import pytest
import requests
from django.core import signing
from django.test import Client
from django.urls import reverse

from stories.models import StoryPage, Video
from submissions.forms import FORM_TOKEN_SALT
from submissions.models import Submission
from tests.production.conftest import CDN_DOMAIN
from tests.security.test_headers import settings_in_production
from tests.stories.test_video_probe import phone_video, videos  # noqa: F401
from tests.submissions.conftest import (
    form_token,
    jpeg_upload,
)

pytestmark = pytest.mark.django_db

ENGLISH_FORM = "/en/share-your-story/"
ENDPOINT = "/en/share-your-story/video-upload/"


class SignedYesterday(signing.TimestampSigner):
    def timestamp(self) -> str:
        return signing.b62_encode(int(time.time()) - 25 * 3600)


def expired_form_token(key: uuid.UUID) -> str:
    """A form token signed by the site a day ago, past its lifetime."""
    shown = {"key": key.hex, "shown": time.time() - 25 * 3600}
    return SignedYesterday(salt=FORM_TOKEN_SALT).sign_object(shown)


def ask_for_upload(client, token: str, content_type="video/mp4", size=1000, file_name="a.mp4"):
    return client.post(
        ENDPOINT,
        {"form_token": token, "file_name": file_name, "content_type": content_type, "size": size},
    )


def upload_as_a_browser(client, token: str, content: bytes, content_type="video/mp4") -> str:
    """Asks the site for a presigned POST, then sends the file to S3 with it; the upload's name."""
    post = ask_for_upload(client, token, content_type, len(content)).json()
    fields = post["fields"]
    answer = requests.post(
        post["url"], data=fields, files={"file": ("a.mp4", content, content_type)}, timeout=10
    )
    assert answer.status_code in (200, 201, 204), answer.text
    return post["name"]


def video_errors(response) -> list[str]:
    return response.context["form"].errors.get("video", [])


def assert_no_story_kept() -> None:
    assert not Submission.objects.exists()
    assert not StoryPage.objects.exists()
    assert not Video.objects.exists()


def test_the_presigned_post_fixes_the_size_and_the_type_of_a_fresh_name(s3_media, client, settings):
    settings.VIDEO_MAX_BYTES = 50_000_000
    key = uuid.uuid4()

    answer = ask_for_upload(client, form_token(key=key), file_name="Odile Martin.MOV")

    post = answer.json()
    policy = json.loads(base64.b64decode(post["fields"]["policy"]))
    assert answer.status_code == 200
    assert ["content-length-range", 1, 50_000_000] in policy["conditions"]
    assert {"Content-Type": "video/mp4"} in policy["conditions"]
    assert post["fields"]["Content-Type"] == "video/mp4"
    assert post["name"].startswith(f"uploads/{key.hex}/") and post["name"].endswith("/video.mov")
    assert post["fields"]["key"] == f"private/{post['name']}"
    assert post["url"].endswith(f"/{s3_media.name}")
    assert ask_for_upload(client, form_token(key=key)).json()["name"] != post["name"]


def test_s3_takes_a_real_video_sent_with_the_presigned_post(s3_media, client, phone_video):  # noqa: F811
    content = phone_video.read_bytes()

    name = upload_as_a_browser(client, form_token(), content)

    stored = s3_media.client.head_object(Bucket=s3_media.name, Key=f"private/{name}")
    assert stored["ContentLength"] == len(content)
    assert stored["ContentType"] == "video/mp4"


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("content_type", "text/plain", "This file is not a video."),
        ("content_type", "video/mp4\nx", "This file is not a video."),
        (
            "size",
            3_000_000,
            "This video weighs 2.9\xa0MB, but a video can weigh at most 1.9\xa0MB.",
        ),
        ("form_token", "forged", "This form has expired. Check your answers and send it again."),
    ],
)
def test_a_presigned_post_is_refused_with_its_reason(
    s3_media, client, settings, field, value, message
):
    settings.VIDEO_MAX_BYTES = 2_000_000
    data = {"form_token": form_token(), "file_name": "a.mp4", "content_type": "video/mp4"}

    answer = client.post(ENDPOINT, {**data, "size": 1000, field: value})

    assert answer.status_code == 400
    assert answer.json() == {"error": message}


def test_an_expired_form_gets_no_presigned_post(s3_media, client):
    answer = ask_for_upload(client, expired_form_token(uuid.uuid4()))

    assert answer.status_code == 400
    assert "expired" in answer.json()["error"]


def test_the_presigned_post_needs_the_csrf_token_and_is_rate_limited(s3_media, settings):
    settings.SUBMISSION_RATE_LIMIT = "1/h"
    assert ask_for_upload(Client(enforce_csrf_checks=True), form_token()).status_code == 403

    browser = Client()
    assert ask_for_upload(browser, form_token()).status_code == 200
    assert ask_for_upload(browser, form_token()).status_code == 429


def test_without_s3_there_is_no_direct_upload(client, guidelines, story_index):
    assert ask_for_upload(client, form_token()).status_code == 404
    assert "data-video-upload-url" not in client.get(ENGLISH_FORM).content.decode()


def test_with_s3_the_form_offers_the_direct_upload(s3_media, client, guidelines, story_index):
    html = client.get(ENGLISH_FORM).content.decode()

    assert f'data-video-upload-url="{ENDPOINT}"' in html
    assert 'name="video_upload"' in html
    assert "js/upload-progress" in html


def test_the_form_naming_the_upload_gets_its_story_and_video(
    s3_media,
    client,
    send_english_story,
    phone_video,  # noqa: F811
):
    token = form_token()
    name = upload_as_a_browser(client, token, phone_video.read_bytes())

    response = send_english_story(form_token=token, video_upload=name)

    assert response.status_code == 302
    video = Submission.objects.get().video
    assert video.file.url.startswith(f"https://{CDN_DOMAIN}/media/")
    keys = s3_media.object_keys()
    assert f"media/{video.file.name}" in keys
    assert not [key for key in keys if key.startswith("private/uploads/")]
    body = Submission.objects.get().page.get_latest_revision_as_object().body
    assert [block.block_type for block in body][:2] == ["paragraph", "video"]


def test_the_form_with_other_errors_keeps_the_upload_for_the_next_sending(
    s3_media,
    client,
    send_english_story,
    phone_video,  # noqa: F811
):
    token = form_token()
    name = upload_as_a_browser(client, token, phone_video.read_bytes())

    refused = send_english_story(form_token=token, video_upload=name, title="")
    sent = send_english_story(form_token=token, video_upload=name)

    assert refused.status_code == 400
    assert f'value="{name}"' in refused.content.decode()
    assert "Your video has been received" in refused.content.decode()
    assert sent.status_code == 302
    assert Submission.objects.get().video is not None


def test_an_upload_of_another_form_is_refused_and_left_alone(s3_media, client, send_english_story):
    others = upload_as_a_browser(client, form_token(), b"someone else's video")

    response = send_english_story(form_token=form_token(), video_upload=others)

    assert response.status_code == 400
    assert video_errors(response) == ["This video was not sent with this form: attach it again."]
    assert f"private/{others}" in s3_media.object_keys()
    assert_no_story_kept()


@pytest.mark.parametrize(
    "name", ["../media/original_images/a.jpg", "uploads/{key}/../../media/a.mp4", "uploads/{key}"]
)
def test_a_name_no_form_was_given_is_refused(s3_media, send_english_story, name):
    key = uuid.uuid4()

    response = send_english_story(
        form_token=form_token(key=key), video_upload=name.format(key=key.hex)
    )

    assert video_errors(response) == ["This video was not sent with this form: attach it again."]
    assert_no_story_kept()


def test_an_upload_that_never_reached_s3_is_refused(s3_media, client, send_english_story):
    token = form_token()
    name = ask_for_upload(client, token).json()["name"]

    response = send_english_story(form_token=token, video_upload=name)

    assert video_errors(response) == [
        "Your video did not reach us. Attach it again and send the form."
    ]
    assert f'value="{name}"' not in response.content.decode()
    assert_no_story_kept()


def test_an_upload_over_the_limit_is_refused_by_its_size_and_deleted(
    s3_media,
    client,
    settings,
    send_english_story,
    phone_video,  # noqa: F811
):
    """The size is read with a HEAD before anything is fetched (moto, unlike S3, does not enforce
    the policy's content-length-range, so the limit is lowered after the upload)."""
    token = form_token()
    name = upload_as_a_browser(client, token, phone_video.read_bytes())
    settings.VIDEO_MAX_BYTES = 1000

    response = send_english_story(form_token=token, video_upload=name)

    assert video_errors(response)[0].startswith("This video weighs ")
    assert s3_media.object_keys() == []
    assert_no_story_kept()


def test_an_upload_that_is_not_a_video_is_refused_and_deleted(s3_media, client, send_english_story):
    token = form_token()
    name = upload_as_a_browser(client, token, b"Not a video at all, only words.\n" * 100)

    response = send_english_story(form_token=token, video_upload=name)

    assert response.status_code == 400
    assert video_errors(response) and "video" in video_errors(response)[0].lower()
    assert s3_media.object_keys() == []
    assert_no_story_kept()


def test_an_expired_form_deletes_its_upload(s3_media, client, send_english_story):
    key = uuid.uuid4()
    name = upload_as_a_browser(client, form_token(key=key), b"a video on its way")
    expired = expired_form_token(key)

    response = send_english_story(form_token=expired, video_upload=name)

    form = response.context["form"]
    assert "This form has expired" in form.errors["form_token"][0]
    assert video_errors(response) == ["Your video was not kept: attach it again before sending."]
    assert s3_media.object_keys() == []
    assert_no_story_kept()


def test_a_forged_form_token_cannot_delete_anybodys_upload(s3_media, client, send_english_story):
    key = uuid.uuid4()
    name = upload_as_a_browser(client, form_token(key=key), b"a video on its way")
    forged = form_token(key=key)[:-4] + "AAAA"

    response = send_english_story(form_token=forged, video_upload=name)

    assert response.status_code == 400
    assert "form_token" in response.context["form"].errors
    assert s3_media.object_keys() == [f"private/{name}"]
    assert_no_story_kept()


def test_an_editor_gets_the_original_through_a_presigned_url(
    s3_media, s3_endpoint, client, admin_client, send_english_story
):
    send_english_story(photos=[jpeg_upload("Vacances à Nice.jpg")])
    photo = Submission.objects.get().photos.get()
    address = reverse("submissions_original_photo", args=[photo.pk])

    anonymous = client.get(address)
    response = admin_client.get(address)

    assert anonymous.status_code == 302 and "/login/" in anonymous["Location"]
    location = response["Location"]
    assert response.status_code == 302
    assert location.startswith(f"{s3_endpoint}/{s3_media.name}/private/{photo.original.name}?")
    query = parse_qs(urlsplit(location).query)
    assert query["X-Amz-Expires"] == ["300"]
    assert "Vacances" in query["response-content-disposition"][0]
    fetched = requests.get(location, timeout=10)
    assert fetched.content[:2] == b"\xff\xd8"
    assert "attachment" in fetched.headers["Content-Disposition"]


def test_the_browser_may_send_videos_to_the_originals_bucket_only():
    on_aws = settings_in_production(
        AWS_STORAGE_BUCKET_NAME="centenary", AWS_PRIVATE_STORAGE_BUCKET_NAME="centenary-originals"
    )
    on_endpoint = settings_in_production(
        AWS_STORAGE_BUCKET_NAME="centenary", AWS_S3_ENDPOINT_URL="https://s3.fr-par.example.net/"
    )
    embedded = settings_in_production()

    expected = ["'self'", "https://centenary-originals.s3.amazonaws.com"]
    assert on_aws["csp"]["connect-src"] == expected
    assert on_endpoint["csp"]["connect-src"] == ["'self'", "https://s3.fr-par.example.net"]
    assert embedded["csp"]["connect-src"] == ["'self'"]
