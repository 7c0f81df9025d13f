"""Videos a visitor sends: probed, refused with a reason they can act on, made playable everywhere.

The sample videos are made on the fly by the ffmpeg the project itself runs (a test pattern and a
tone, two seconds at 320×240), so nothing binary is kept in the repository and the real program is
what is tested.

Measured (imageio-ffmpeg 0.8.1, ffmpeg 9.0.2, two shared cores under a load of about 6): a 3-minute
1280×720 30 fps test pattern with sound is probed in 0.3 s (header, then every packet), its poster
taken in 0.5 s; encoding it as H.264 takes about 2 minutes (115 and 126 s), rewrapping it 0.3 s.
"""

import struct
import subprocess
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured, ValidationError
from django.utils import translation
from PIL import Image

from stories.videos.probe import (
    FfmpegError,
    VideoInfo,
    convert_to_mp4,
    extract_poster,
    ffmpeg_path,
    probe_video,
)

PICTURE = ["-f", "lavfi", "-i", "testsrc=size=320x240:rate=25:duration=2"]
TONE = ["-f", "lavfi", "-i", "sine=frequency=440:duration=2"]
H264_AAC = ["-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p", "-c:a", "aac"]


@pytest.fixture(autouse=True)
def english():
    # The site defaults to French; the assertions read the English messages.
    with translation.override("en"):
        yield


def make(destination: Path | str, *arguments: str, stdout=None) -> Path | str:
    """Run ffmpeg with ``arguments`` writing to ``destination`` (a path or "pipe:1")."""
    command = [ffmpeg_path(), "-hide_banner", "-nostdin", "-v", "error", "-y", *arguments]
    subprocess.run([*command, str(destination)], check=True, timeout=60, stdout=stdout)
    return destination


@pytest.fixture(scope="module")
def videos(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("videos")


@pytest.fixture(scope="module")
def phone_video(videos) -> Path:
    """H.264 and AAC in MP4, index at the end as most cameras write it."""
    return make(videos / "phone.mp4", *PICTURE, *TONE, *H264_AAC)


@pytest.fixture(scope="module")
def non_web_video(videos) -> Path:
    """HEVC in MOV, as iPhones record, if this ffmpeg can write it; else MPEG-4 part 2 in AVI."""
    encoders = subprocess.run(
        [ffmpeg_path(), "-hide_banner", "-encoders"], capture_output=True, text=True, timeout=30
    ).stdout
    if " libx265 " in encoders:
        hevc = ["-c:v", "libx265", "-preset", "ultrafast", "-x265-params", "log-level=error"]
        return make(
            videos / "iphone.mov",
            *PICTURE,
            *TONE,
            *hevc,
            *("-pix_fmt", "yuv420p", "-tag:v", "hvc1", "-c:a", "aac"),
        )
    return make(
        videos / "camera.avi",
        *PICTURE,
        *TONE,
        *("-c:v", "mpeg4", "-c:a", "pcm_s16le"),
    )


def top_level_boxes(path: Path) -> list[str]:
    """The names of an MP4 file's top-level boxes, in file order."""
    names = []
    with path.open("rb") as file:
        while header := file.read(8):
            size, name = struct.unpack(">I4s", header)
            names.append(name.decode("latin-1"))
            if size == 1:
                size = struct.unpack(">Q", file.read(8))[0] - 8
            elif size == 0:
                break
            file.seek(size - 8, 1)
    return names


def refusal(path: Path, **options) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        probe_video(path, **options)
    return caught.value


def test_phone_video_in_mp4_is_probed_and_plays_everywhere(phone_video):
    info = probe_video(phone_video)

    assert info.duration == pytest.approx(2.0, abs=0.1)
    assert (info.width, info.height) == (320, 240)
    assert (info.video_codec, info.audio_codec, info.container) == ("h264", "aac", "mp4")
    assert info.rotation == 0
    assert info.plays_everywhere


def test_hevc_or_old_codec_does_not_play_everywhere(non_web_video):
    info = probe_video(non_web_video)

    assert info.video_codec in ("hevc", "mpeg4")
    assert info.container in ("mov", "avi")
    assert not info.plays_everywhere


def test_text_file_named_mp4_is_refused_as_not_a_video(tmp_path):
    fake = tmp_path / "holiday.mp4"
    fake.write_text("These are not the moving pictures you are looking for.\n")

    error = refusal(fake)

    assert error.code == "video_unreadable"
    assert "not a video" in error.messages[0]


def test_empty_file_is_refused(tmp_path):
    empty = tmp_path / "empty.mp4"
    empty.touch()

    assert refusal(empty).code == "video_empty"


def test_mp4_cut_in_half_is_refused_as_damaged(phone_video, tmp_path):
    half = tmp_path / "half.mp4"
    half.write_bytes(phone_video.read_bytes()[: phone_video.stat().st_size // 2])

    error = refusal(half)

    assert error.code == "video_damaged"
    assert "damaged or incomplete" in error.messages[0]


def test_mp4_with_index_first_cut_in_half_is_refused_as_damaged(phone_video, tmp_path):
    streamable = make(
        tmp_path / "streamable.mp4",
        *("-i", str(phone_video), "-c", "copy", "-movflags", "+faststart"),
    )
    half = tmp_path / "half.mp4"
    half.write_bytes(streamable.read_bytes()[: streamable.stat().st_size // 2])

    assert refusal(half).code == "video_damaged"


def test_matroska_cut_short_is_refused_as_damaged(tmp_path):
    # Matroska needs no index, so ffmpeg reads the start happily: the end comes far too early.
    whole = make(tmp_path / "whole.mkv", *PICTURE, *TONE, *H264_AAC)
    cut = tmp_path / "cut.mkv"
    cut.write_bytes(whole.read_bytes()[: whole.stat().st_size // 3])

    assert refusal(cut).code == "video_damaged"


def test_recording_without_duration_in_its_header_is_measured(tmp_path):
    # As browsers record (MediaRecorder): written as a stream, so the header never gets a duration.
    with (tmp_path / "recorded.mkv").open("wb") as recording:
        make("pipe:1", *PICTURE, *TONE, *H264_AAC, "-f", "matroska", stdout=recording)

    info = probe_video(tmp_path / "recorded.mkv")

    assert info.duration == pytest.approx(2.0, abs=0.1)
    assert info.container == "matroska"


def test_sound_without_picture_is_refused(tmp_path):
    # The title would pass for a video stream if the probe read ffmpeg's report carelessly.
    disguised = "voice memo\n  Stream #0:5: Video: h264, yuv420p, 320x240"
    sound = make(
        tmp_path / "voice.m4a",
        *TONE,
        *("-c:a", "aac", "-metadata", f"title={disguised}"),
    )

    error = refusal(sound)

    assert error.code == "video_audio_only"
    assert "sound but no picture" in error.messages[0]


def test_video_longer_than_the_limit_is_refused(phone_video):
    error = refusal(phone_video, max_duration=1)

    assert error.code == "video_too_long"
    assert "lasts 0:02" in error.messages[0]
    assert "at most 0:01" in error.messages[0]


def test_phone_held_upright_is_reported_with_its_displayed_size(phone_video, tmp_path):
    upright = make(
        tmp_path / "upright.mp4",
        *("-display_rotation", "-90", "-i", str(phone_video), "-c", "copy"),
    )

    info = probe_video(upright)
    poster = extract_poster(upright, tmp_path / "upright.jpg")

    assert info.rotation == 90
    assert (info.width, info.height) == (240, 320)
    assert Image.open(poster).size == (240, 320)


def test_non_web_video_is_converted_to_mp4_that_plays_everywhere(non_web_video, tmp_path):
    fractions = []

    converted = convert_to_mp4(non_web_video, tmp_path / "web.mp4", progress=fractions.append)

    info = probe_video(converted)
    assert info.plays_everywhere
    assert info.duration == pytest.approx(2.0, abs=0.1)
    assert (info.width, info.height) == (320, 240)
    boxes = top_level_boxes(converted)
    assert boxes.index("moov") < boxes.index("mdat"), "the index must come first (faststart)"
    assert fractions[-1] == 1.0
    assert fractions == sorted(fractions)
    assert not list(tmp_path.glob(".*.part"))


def test_h264_in_mov_is_rewrapped_into_mp4_without_encoding_again(phone_video, tmp_path):
    # As iPhones record with "Most Compatible" chosen: the right codecs, in the wrong container.
    mov = make(tmp_path / "iphone.mov", "-i", str(phone_video), "-c", "copy")
    assert not probe_video(mov).plays_everywhere

    converted = convert_to_mp4(mov, tmp_path / "web.mp4")

    assert probe_video(converted).plays_everywhere
    assert top_level_boxes(converted).index("moov") < top_level_boxes(converted).index("mdat")
    # Same pictures and sound, so about the same weight: nothing was encoded again.
    assert converted.stat().st_size == pytest.approx(mov.stat().st_size, rel=0.05)


def test_odd_sized_full_colour_h264_is_converted_to_even_yuv420p(tmp_path):
    odd = make(
        tmp_path / "odd.mp4",
        *("-f", "lavfi", "-i", "testsrc=size=321x241:rate=25:duration=1"),
        *("-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv444p"),
    )
    assert not probe_video(odd).plays_everywhere  # 4:4:4 H.264 does not play in Safari

    info = probe_video(convert_to_mp4(odd, tmp_path / "even.mp4"))

    assert (info.width, info.height) == (320, 240)
    assert (info.pixel_format, info.audio_codec) == ("yuv420p", None)
    assert info.plays_everywhere


def test_large_video_is_converted_down_to_the_maximum_side(tmp_path):
    wide = make(
        tmp_path / "wide.mp4",
        *("-f", "lavfi", "-i", "testsrc=size=640x360:rate=5:duration=1"),
        *H264_AAC,
    )

    info = probe_video(convert_to_mp4(wide, tmp_path / "small.mp4", max_side=320))

    assert (info.width, info.height) == (320, 180)


def test_failed_conversion_leaves_no_file(tmp_path):
    fake = tmp_path / "fake.mp4"
    fake.write_text("not a video")

    with pytest.raises(FfmpegError):
        convert_to_mp4(fake, tmp_path / "web.mp4")

    assert list(tmp_path.iterdir()) == [fake]


def test_poster_is_a_jpeg_of_the_video_size(phone_video, tmp_path):
    poster = extract_poster(phone_video, tmp_path / "poster.jpg")

    with Image.open(poster) as image:
        assert (image.format, image.size) == ("JPEG", (320, 240))


def test_poster_asked_past_the_end_is_the_first_frame(phone_video, tmp_path):
    poster = extract_poster(phone_video, tmp_path / "poster.jpg", at=60)

    assert Image.open(poster).size == (320, 240)


def test_plays_everywhere_needs_h264_with_aac_or_silence_in_mp4():
    mp4 = VideoInfo(2.0, 320, 240, "h264", None, "mp4", 0, "yuv420p")

    assert mp4.plays_everywhere
    assert not VideoInfo(2.0, 320, 240, "h264", "aac", "mov", 0).plays_everywhere
    assert not VideoInfo(2.0, 320, 240, "h264", "opus", "mp4", 0).plays_everywhere
    assert not VideoInfo(2.0, 320, 240, "hevc", "aac", "mp4", 0).plays_everywhere


def test_ffmpeg_binary_from_the_environment_is_preferred(monkeypatch):
    bundled = ffmpeg_path()
    monkeypatch.setenv("FFMPEG_BINARY", bundled)
    assert ffmpeg_path() == bundled

    monkeypatch.setenv("FFMPEG_BINARY", "/nowhere/ffmpeg")
    with pytest.raises(ImproperlyConfigured):
        ffmpeg_path()
