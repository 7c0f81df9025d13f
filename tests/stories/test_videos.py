"""Video testimonials in the library: uploads probed, processed in the background into an MP4 with
its poster, captions checked and kept as WebVTT, the player on the story page, and media served
with Range requests. Clips are made on the fly by ffmpeg (helpers of test_video_probe)."""

from pathlib import Path

import pytest
from django.core.cache import caches
from django.core.exceptions import ValidationError
from django.core.files import File
from django.core.files.storage import storages
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.http import Http404
from django.test.utils import CaptureQueriesContext
from django.utils.html import escape
from django.utils.translation import gettext, override
from wagtailmedia.forms import get_media_form

from stories.models import ProcessingState, Video, VideoCaption
from stories.tasks import process_video
from stories.videos.probe import _REFUSALS, FfmpegError, probe_video
from stories.views.media import serve_media
from tests.stories.test_video_probe import (  # noqa: F401 (fixtures)
    english,
    non_web_video,
    phone_video,
    videos,
)

pytestmark = pytest.mark.django_db

VTT = (
    b"WEBVTT\n\n00:00:00.500 --> 00:00:01.500\nBonjour.\n\n00:00:01.500 --> 00:00:02.000\nMerci.\n"
)
SRT = b"1\n00:00:00,500 --> 00:00:01,500\nBonjour & <i>bienvenue</i>.\n\n2\n00:00:01,500 --> 00:00:02,000\nMerci.\n"  # noqa: E501


@pytest.fixture(autouse=True)
def media(settings, monkeypatch, tmp_path) -> Path:
    """Both storages in a temporary folder (the model fields keep the storage they were built
    with, so the private one is handed to the field)."""
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.STORAGES = {
        **settings.STORAGES,
        "private": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": tmp_path / "private", "base_url": None},
        },
    }
    monkeypatch.setattr(Video._meta.get_field("original"), "storage", storages["private"])
    return tmp_path


def new_video(path: Path, **fields) -> Video:
    fields = {"title": "Témoignage", **fields}
    with path.open("rb") as upload:
        return Video.objects.create(type="video", file=File(upload, name=path.name), **fields)


def ready_video(phone_video, width=320, height=240) -> Video:  # noqa: F811
    """A video as processing leaves it, without running ffmpeg."""
    video = new_video(phone_video)
    Video.objects.filter(pk=video.pk).update(
        processing_state=ProcessingState.READY,
        processed_file=video.file.name,
        width=width,
        height=height,
        duration=2.0,
        thumbnail="media_thumbnails/poster.jpg",
    )
    return Video.objects.get(pk=video.pk)


def add_captions(video: Video, data: bytes = VTT, name="fr.vtt", language="fr") -> VideoCaption:
    caption = VideoCaption(video=video, language=language, file=SimpleUploadedFile(name, data))
    caption.full_clean()
    caption.save()
    return caption


def form_for(admin_user, upload: SimpleUploadedFile):
    form_class = get_media_form(Video)
    instance = Video(type="video", uploaded_by_user=admin_user)
    data = {"title": "Témoignage", "collection": instance.collection_id or 1}
    return form_class(data, {"file": upload}, instance=instance, user=admin_user)


# Processing


def test_hevc_mov_becomes_a_ready_mp4_with_poster_duration_and_size(
    non_web_video,  # noqa: F811
    django_capture_on_commit_callbacks,
):
    with django_capture_on_commit_callbacks(execute=True):
        video = new_video(non_web_video)
    video.refresh_from_db()

    assert video.processing_state == ProcessingState.READY, video.processing_message
    assert video.file.name.endswith(".mp4")
    info = probe_video(video.file.path)
    assert (info.container, info.video_codec) == ("mp4", "h264")
    assert info.plays_everywhere
    assert video.duration == pytest.approx(2.0, abs=0.1)
    assert (video.width, video.height) == (320, 240)
    assert video.thumbnail and Path(video.thumbnail.path).stat().st_size > 0
    assert storages["private"].exists(video.original.name)


def test_the_converted_upload_leaves_no_public_copy_of_the_original(
    non_web_video,  # noqa: F811
    django_capture_on_commit_callbacks,
    media,
):
    with django_capture_on_commit_callbacks(execute=True):
        new_video(non_web_video)

    public = [p.name for p in (media / "media").rglob("*") if p.is_file()]
    assert not any(name.endswith(non_web_video.suffix) for name in public), public


def test_processing_a_ready_video_again_changes_nothing(
    phone_video,  # noqa: F811
    django_capture_on_commit_callbacks,
):
    with django_capture_on_commit_callbacks(execute=True):
        video = new_video(phone_video)
    video.refresh_from_db()
    before = (video.file.name, video.thumbnail.name, video.processing_state)

    assert process_video.call(video.pk) == ProcessingState.READY
    video.refresh_from_db()

    assert (video.file.name, video.thumbnail.name, video.processing_state) == before
    assert not video.original  # an MP4 every browser plays is kept as it is


def test_a_video_that_fails_processing_says_why_without_raising(
    django_capture_on_commit_callbacks,
    tmp_path,
):
    text = tmp_path / "notes.mp4"
    text.write_text("Pas une vidéo.")
    with django_capture_on_commit_callbacks(execute=True):
        video = new_video(text)
    video.refresh_from_db()

    assert video.processing_state == ProcessingState.FAILED
    assert "not a video" in video.processing_message


def test_a_failure_after_conversion_leaves_no_orphan_file(
    non_web_video,  # noqa: F811
    django_capture_on_commit_callbacks,
    media,
    monkeypatch,
):
    def no_poster(*args, **kwargs):
        raise FfmpegError("no frame")

    monkeypatch.setattr("stories.tasks.extract_poster", no_poster)
    with django_capture_on_commit_callbacks(execute=True):
        video = new_video(non_web_video)
    video.refresh_from_db()

    assert video.processing_state == ProcessingState.FAILED
    assert "no frame" in video.processing_message
    assert [p.name for p in (media / "media").rglob("*") if p.is_file()] == [non_web_video.name]
    assert not [p for p in (media / "private").rglob("*") if p.is_file()]


# Upload checks


def test_text_file_named_mp4_is_refused_by_the_upload_form(admin_user):
    form = form_for(admin_user, SimpleUploadedFile("clip.mp4", b"Just some text, honestly."))

    assert not form.is_valid()
    assert "not a video we can read" in " ".join(form.errors["file"])


def test_video_over_the_size_limit_is_refused(admin_user, phone_video, settings):  # noqa: F811
    settings.VIDEO_MAX_BYTES = 1000
    form = form_for(admin_user, SimpleUploadedFile("clip.mp4", phone_video.read_bytes()))

    assert not form.is_valid()
    assert "at most 1000" in " ".join(form.errors["file"])


def test_video_over_the_duration_limit_is_refused(admin_user, phone_video, settings):  # noqa: F811
    settings.VIDEO_MAX_SECONDS = 1
    form = form_for(admin_user, SimpleUploadedFile("clip.mp4", phone_video.read_bytes()))

    assert not form.is_valid()
    assert "at most 0:01" in " ".join(form.errors["file"])


def test_real_video_passes_the_upload_form_and_waits_for_processing(
    admin_user,
    phone_video,  # noqa: F811
):
    form = form_for(admin_user, SimpleUploadedFile("clip.mp4", phone_video.read_bytes()))

    assert form.is_valid(), form.errors
    video = form.save()
    assert video.processing_state == ProcessingState.PENDING


# Captions


def test_broken_webvtt_is_refused_naming_the_line(phone_video):  # noqa: F811
    video = new_video(phone_video)
    broken = b"WEBVTT\n\n00:00:01.000 --> 00:00:0x.000\nBonjour\n"

    with pytest.raises(ValidationError) as caught:
        add_captions(video, broken)

    assert "Line 3" in " ".join(caught.value.message_dict["file"])
    assert not VideoCaption.objects.exists()


def test_srt_is_accepted_and_stored_as_webvtt(phone_video):  # noqa: F811
    caption = add_captions(new_video(phone_video), SRT, name="sous-titres.srt")

    assert caption.file.name.endswith(".vtt")
    stored = caption.file.read().decode()
    assert stored.startswith("WEBVTT")
    assert "00:00:00.500 --> 00:00:01.500" in stored
    assert "Bonjour &amp; <i>bienvenue</i>." in stored


def test_empty_transcript_is_derived_from_the_captions(phone_video):  # noqa: F811
    video = new_video(phone_video)
    add_captions(video)
    video.refresh_from_db()

    assert video.transcript == "Bonjour.\nMerci."


def test_typed_transcript_is_kept(phone_video):  # noqa: F811
    video = new_video(phone_video, transcript="Mon texte.")
    add_captions(video)
    video.refresh_from_db()

    assert video.transcript == "Mon texte."


# On the story page


def test_story_page_plays_the_video_with_captions_and_transcript_links(
    client,
    make_stories,
    phone_video,  # noqa: F811
):
    video = ready_video(phone_video)
    add_captions(video)
    story = make_stories(1, body=[("video", video)])[0]

    html = client.get(story.url).content.decode()

    assert '<video id="video-' in html and 'preload="none"' in html
    assert 'poster="/media/media_thumbnails/poster.jpg"' in html
    assert 'width="320" height="240"' in html
    assert f'<source src="{video.url}" type="video/mp4">' in html
    assert '<track kind="captions" srclang="fr" label="Français"' in html
    assert f'href="{video.url}#t=0.5"' in html and "Bonjour." in html
    assert "js/videos.js" in html


def test_video_blocks_cost_no_query_each(client, make_stories, phone_video):  # noqa: F811
    def queries_for(video_count: int) -> int:
        clips = [ready_video(phone_video) for _ in range(video_count)]
        for clip in clips:
            add_captions(clip)
        story = make_stories(1, body=[("video", clip) for clip in clips])[0]
        caches["pages"].clear()
        client.get(story.url)  # the first render makes what later ones reuse
        caches["pages"].clear()
        with CaptureQueriesContext(connection) as context:
            response = client.get(story.url)
        assert response.content.decode().count("<video ") == video_count
        return len(context.captured_queries)

    # Each measured story then has neighbours and related stories to show (none costs nothing).
    make_stories(1)
    assert queries_for(1) == queries_for(4)


# Media served with Range requests


@pytest.fixture
def media_file(settings, rf, media) -> bytes:
    content = bytes(range(256)) * 4
    (media / "media" / "videos").mkdir(parents=True, exist_ok=True)
    (media / "media" / "videos" / "clip.mp4").write_bytes(content)
    return content


def body(response) -> bytes:
    return b"".join(response.streaming_content)


def test_range_request_gets_206_with_those_bytes(rf, media_file):
    response = serve_media(
        rf.get("/media/videos/clip.mp4", HTTP_RANGE="bytes=10-19"), "videos/clip.mp4"
    )

    assert response.status_code == 206
    assert response["Content-Range"] == f"bytes 10-19/{len(media_file)}"
    assert response["Content-Length"] == "10"
    assert body(response) == media_file[10:20]


def test_whole_file_is_200_and_says_ranges_are_accepted(rf, media_file):
    response = serve_media(rf.get("/media/videos/clip.mp4"), "videos/clip.mp4")

    assert response.status_code == 200
    assert response["Accept-Ranges"] == "bytes"
    assert response["Content-Type"] == "video/mp4"
    assert body(response) == media_file


def test_range_past_the_end_is_416(rf, media_file):
    response = serve_media(rf.get("/", HTTP_RANGE="bytes=99999-"), "videos/clip.mp4")

    assert response.status_code == 416
    assert response["Content-Range"] == f"bytes */{len(media_file)}"


def test_suffix_range_gets_the_last_bytes(rf, media_file):
    response = serve_media(rf.get("/", HTTP_RANGE="bytes=-100"), "videos/clip.mp4")

    assert response.status_code == 206
    assert body(response) == media_file[-100:]


def test_several_ranges_get_the_whole_file(rf, media_file):
    response = serve_media(rf.get("/", HTTP_RANGE="bytes=0-9, 20-29"), "videos/clip.mp4")

    assert response.status_code == 200
    assert body(response) == media_file


@pytest.mark.parametrize("header", ["bytes=abc-", "items=0-9", "bytes=10-5", "bytes=-0"])
def test_a_malformed_or_empty_range_is_never_a_500(rf, media_file, header):
    response = serve_media(rf.get("/", HTTP_RANGE=header), "videos/clip.mp4")

    assert response.status_code in (200, 416)


def test_if_range_with_the_current_tag_gets_the_range(rf, media_file):
    tag = serve_media(rf.head("/"), "videos/clip.mp4")["ETag"]

    response = serve_media(
        rf.get("/", HTTP_RANGE="bytes=10-19", HTTP_IF_RANGE=tag), "videos/clip.mp4"
    )

    assert response.status_code == 206
    assert body(response) == media_file[10:20]


def test_if_range_with_a_stale_tag_gets_the_whole_new_file(rf, media_file):
    response = serve_media(
        rf.get("/", HTTP_RANGE="bytes=10-19", HTTP_IF_RANGE='"old-version"'), "videos/clip.mp4"
    )

    assert response.status_code == 200
    assert body(response) == media_file


@pytest.mark.parametrize("path", ["../private/secret.txt", "videos/../../private/secret.txt"])
def test_path_outside_media_is_404(rf, media_file, media, path):
    (media / "private").mkdir(exist_ok=True)
    (media / "private" / "secret.txt").write_text("secret")

    with pytest.raises(Http404):
        serve_media(rf.get("/"), path)


# wagtailmedia's admin on Wagtail 8, with our model and form


def test_editor_uploads_a_video_in_the_admin_and_a_text_file_is_refused(
    admin_client,
    phone_video,  # noqa: F811
):
    url = "/admin/media/video/add/"
    assert admin_client.get(url).status_code == 200

    text = SimpleUploadedFile("clip.mp4", b"Not a video at all.")
    refused = admin_client.post(url, {"title": "Faux", "collection": 1, "file": text})
    assert refused.status_code == 200
    with override("fr"):  # the admin speaks the site's language to a user without a preference
        message = gettext(_REFUSALS["video_unreadable"])
    assert escape(message) in refused.content.decode()

    with phone_video.open("rb") as upload:
        sent = admin_client.post(url, {"title": "Vrai", "collection": 1, "file": upload})
    assert sent.status_code == 302
    video = Video.objects.get(title="Vrai")
    assert admin_client.get("/admin/media/").status_code == 200
    assert admin_client.get(f"/admin/media/edit/{video.pk}/").status_code == 200
    assert admin_client.get("/admin/media/chooser/").status_code == 200


def row_of(listing: str, video: Video) -> str:
    """The listing's table row that links to the video's edit page."""
    link = f"/admin/media/edit/{video.pk}/"
    return next(row for row in listing.split("<tr") if link in row)


def test_editors_see_each_video_s_processing_state_in_the_listing_and_on_its_page(
    admin_client,
    phone_video,  # noqa: F811
):
    ready = ready_video(phone_video)
    failed = new_video(phone_video, title="Abîmée")
    Video.objects.filter(pk=failed.pk).update(
        processing_state=ProcessingState.FAILED, processing_message="Aucune piste vidéo."
    )
    with override("fr"):
        ready_label, failed_label = gettext("ready"), gettext("failed")

    listing = admin_client.get("/admin/media/").content.decode()
    assert ready_label in row_of(listing, ready)
    assert failed_label in row_of(listing, failed)
    assert "Aucune piste vidéo." in row_of(listing, failed)

    page = admin_client.get(f"/admin/media/edit/{ready.pk}/").content.decode()
    assert ready_label in page and "320 × 240" in page
