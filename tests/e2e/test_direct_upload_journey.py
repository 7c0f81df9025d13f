"""A video sent from the browser straight to S3 (moto's server, answering CORS as a bucket with a
CORS rule does): the page's script asks for a presigned POST, sends the file to the S3 endpoint
with a progress bar, then sends the form naming the upload; the form's own request carries no
video."""

import time
from pathlib import Path

import pytest
from playwright.sync_api import Page

from submissions.models import REQUIRED_CONSENTS, Submission
from tests.e2e.test_submission_journey import (
    EMAIL,
    SHARE_URL,
    STORY,
    TITLE,
    assert_sent,
    open_call,  # noqa: F401
    wait_out_the_minimum_fill_time,
)
from tests.production.conftest import bucket, s3_endpoint, use_s3  # noqa: F401
from tests.stories.test_video_probe import phone_video, videos  # noqa: F401


@pytest.fixture
def videos_on_s3(settings, monkeypatch, s3_endpoint, bucket, open_call):  # noqa: F811
    """The site's storages on the S3 endpoint, which its policy lets the page's script reach."""
    use_s3(settings, monkeypatch, s3_endpoint, bucket.name)
    settings.SECURE_CSP = {**settings.SECURE_CSP, "connect-src": ["'self'", s3_endpoint]}
    return bucket


def fill_the_form(page: Page) -> None:
    page.fill("#id_public_name", "Odile Martin")
    page.fill("#id_email", EMAIL)
    page.check("#id_relation_0")
    page.fill("#id_role", "Relieuse")
    page.fill("#id_title", TITLE)
    page.fill("#id_story", STORY)
    page.fill("#id_year", "1968")
    for key in REQUIRED_CONSENTS:
        page.check(f"#id_consent_{key}")


@pytest.mark.e2e
@pytest.mark.parametrize("viewport", ["desktop"])
def test_a_video_goes_straight_to_s3_and_the_form_names_it(
    page: Page,
    videos_on_s3,
    s3_endpoint,  # noqa: F811
    phone_video: Path,  # noqa: F811
):
    posts = []
    page.on("request", lambda request: posts.append(request) if request.method == "POST" else None)
    shown = time.monotonic()
    page.goto(SHARE_URL)
    fill_the_form(page)
    page.set_input_files("#id_video", phone_video)
    wait_out_the_minimum_fill_time(page, shown)

    with page.expect_navigation(url="**/my-story/**", timeout=30_000):
        page.click("#send-story")

    assert_sent(page)
    to_s3 = [post for post in posts if post.url.startswith(s3_endpoint)]
    form = [post for post in posts if post.url.endswith(SHARE_URL)]
    size = phone_video.stat().st_size
    assert len(to_s3) == 1 and int(to_s3[0].all_headers()["content-length"]) > size
    assert len(form) == 1 and int(form[0].all_headers()["content-length"]) < size
    video = Submission.objects.get().video
    keys = videos_on_s3.object_keys()
    assert f"media/{video.file.name}" in keys
    assert [key for key in keys if "/uploads/" in key] == []
