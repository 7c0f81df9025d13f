"""A video sent with a story: a file (probed on the form, stored under a random name, processed
after commit) or a YouTube/Vimeo link (validated), placed in the draft after the first paragraph;
every bad case refused with its reason and nothing written; withdrawal erases it."""

from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from stories.models import ProcessingState, Video
from submissions.models import Submission
from submissions.services import SUBMISSIONS_COLLECTION, withdraw
from tests.stories.test_video_probe import TONE, make, phone_video, videos  # noqa: F401
from tests.submissions.conftest import jpeg_upload
from tests.submissions.media import assert_nothing_written, files_in

pytestmark = pytest.mark.django_db

YOUTUBE = "https://www.youtube.com/watch?v=aqz-KE-bpKQ"


def upload_of(path: Path, name: str | None = None) -> SimpleUploadedFile:
    return SimpleUploadedFile(name or path.name, path.read_bytes(), content_type="video/mp4")


def body_types(submission: Submission) -> list[str]:
    return [block.block_type for block in submission.page.get_latest_revision_as_object().body]


def field_errors(response, name: str) -> list[str]:
    return response.context["form"].errors.get(name, [])


def test_a_video_file_waits_in_the_draft_after_the_first_paragraph(
    send_english_story,
    phone_video,  # noqa: F811
):
    response = send_english_story(video=upload_of(phone_video, "Odile Martin interview.mp4"))

    assert response.status_code == 302
    submission = Submission.objects.get()
    assert body_types(submission)[:2] == ["paragraph", "video"]
    video = submission.video
    assert video.collection.name == SUBMISSIONS_COLLECTION
    assert "Odile" not in video.file.name and video.file.name.endswith(".mp4")


def test_the_sent_video_is_processed_after_the_story_is_stored(
    send_english_story,
    phone_video,  # noqa: F811
):
    send_english_story(video=upload_of(phone_video))

    video = Video.objects.get()
    assert video.processing_state == ProcessingState.READY, video.processing_message
    assert video.thumbnail and video.duration == pytest.approx(2.0, abs=0.1)


def test_a_youtube_link_becomes_a_facade_with_the_first_photo_as_poster(send_english_story):
    send_english_story(photos=[jpeg_upload()], video_link=f"  {YOUTUBE}  ")

    submission = Submission.objects.get()
    assert submission.video_link == YOUTUBE
    block = submission.page.get_latest_revision_as_object().body[1]
    assert block.block_type == "external_video"
    assert block.value["url"] == YOUTUBE
    assert block.value["poster"] == submission.page.image


def test_the_form_offers_a_video_file_a_link_and_a_progress_bar(client, guidelines, story_index):
    html = client.get("/en/share-your-story/").text

    assert 'type="file" name="video"' in html and 'accept="video/*"' in html
    assert 'name="video_link"' in html
    assert "<progress" in html and "js/upload-progress.js" in html


def bad_video(name: str, tmp_path: Path, kind: str) -> SimpleUploadedFile:
    if kind == "text":
        return SimpleUploadedFile(name, b"This is a letter, not a film.\n" * 20)
    if kind == "empty":
        return SimpleUploadedFile(name, b"")
    path = make(tmp_path / "voice.m4a", *TONE, "-c:a", "aac")
    return upload_of(path, name)


@pytest.mark.parametrize(
    "kind, message",
    [
        ("text", "not a video"),
        ("empty", "empty"),
        ("audio", "sound but no picture"),
    ],
)
def test_a_file_that_is_not_a_whole_video_is_refused_and_nothing_is_kept(
    send_english_story, media, tmp_path, kind, message
):
    response = send_english_story(video=bad_video("film.mp4", tmp_path, kind))

    assert response.status_code == 400
    assert any(message in error for error in field_errors(response, "video"))
    assert "Your video was not kept" in response.text
    assert_nothing_written(media)


def test_a_truncated_mp4_is_refused(send_english_story, media, phone_video):  # noqa: F811
    half = phone_video.read_bytes()[: phone_video.stat().st_size // 2]

    response = send_english_story(video=SimpleUploadedFile("cut.mp4", half))

    assert response.status_code == 400
    assert field_errors(response, "video")
    assert_nothing_written(media)


def test_a_video_over_the_duration_limit_is_refused(
    send_english_story,
    media,
    phone_video,  # noqa: F811
    settings,
):
    settings.VIDEO_MAX_SECONDS = 1

    response = send_english_story(video=upload_of(phone_video))

    assert response.status_code == 400
    assert any("can last at most" in error for error in field_errors(response, "video"))
    assert_nothing_written(media)


def test_a_video_over_the_size_limit_is_refused(
    send_english_story,
    media,
    phone_video,  # noqa: F811
    settings,
):
    settings.VIDEO_MAX_BYTES = 1000

    response = send_english_story(video=upload_of(phone_video))

    assert response.status_code == 400
    assert any("can weigh at most" in error for error in field_errors(response, "video"))
    assert_nothing_written(media)


@pytest.mark.parametrize(
    "link, message",
    [
        ("https://www.dailymotion.com/video/x7tgad0", "Only YouTube and Vimeo"),
        ("https://www.youtube.com/watch?v=abc", "does not name a video"),
        ("https://vimeo.com/about", "does not name a video"),
        ("www.youtube.com/watch?v=aqz-KE-bpKQ", "starting with https://"),
        ("https://youtu.be/" + "a" * 600, "at most 500 characters"),
    ],
)
def test_a_bad_video_link_is_refused_with_its_reason(send_english_story, media, link, message):
    response = send_english_story(video_link=link)

    assert response.status_code == 400
    assert any(message in error for error in field_errors(response, "video_link"))
    assert_nothing_written(media)


def test_a_file_and_a_link_together_are_refused(
    send_english_story,
    media,
    phone_video,  # noqa: F811
):
    response = send_english_story(video=upload_of(phone_video), video_link=YOUTUBE)

    assert response.status_code == 400
    assert field_errors(response, "video_link") == ["Send a video file or a link, not both."]
    assert_nothing_written(media)


def test_withdrawal_erases_the_video_and_every_file_of_it(
    send_english_story,
    media,
    phone_video,  # noqa: F811
    django_capture_on_commit_callbacks,
):
    send_english_story(video=upload_of(phone_video))
    submission = Submission.objects.get()
    assert files_in(media.public / "media")

    with django_capture_on_commit_callbacks(execute=True):
        withdraw(submission)

    assert not Video.objects.exists()
    assert files_in(media.public / "media") == []
    assert files_in(media.private) == []


def test_the_editor_sees_the_sent_link_beside_the_submission(admin_client, send_english_story):
    send_english_story(video_link=YOUTUBE)
    page = Submission.objects.get().page

    html = admin_client.get(f"/admin/pages/{page.pk}/edit/").content.decode()

    assert f'<a href="{YOUTUBE}" rel="noreferrer">' in html
