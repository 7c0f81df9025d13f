"""Photos the share form must refuse, sent through the form as a browser would: the visitor reads
what is wrong with which photo, keeps what they typed, and no file or row is left behind, not
even for the good photo sent alongside the bad one."""

import io
import struct
import zlib

import pytest
from django.core.files.storage import storages
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils.html import escape
from PIL import Image
from PIL.PngImagePlugin import PngInfo

from tests.submissions.conftest import jpeg_upload
from tests.submissions.media import assert_nothing_written, files_in

pytestmark = pytest.mark.django_db

SHARE_URL = "/en/share-your-story/"
UNREADABLE = "This file is not a photo we can read: send a JPEG, PNG, WebP or HEIC picture."


@pytest.fixture
def send(send_english_story):
    return send_english_story


def upload(content: bytes, name: str, content_type: str = "image/jpeg") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, content, content_type=content_type)


def encoded(image: Image.Image, file_format: str, **options) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, file_format, **options)
    return buffer.getvalue()


def noisy_jpeg() -> bytes:
    """A photo-like JPEG: noise compresses badly, so the file is long enough to cut in half."""
    return encoded(Image.effect_noise((640, 480), 80).convert("RGB"), "JPEG", quality=90)


def png_claiming(width: int, height: int) -> bytes:
    """A PNG header announcing width × height pixels, with almost no pixel data behind it."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        crc = struct.pack(">I", zlib.crc32(kind + body))
        return struct.pack(">I", len(body)) + kind + body + crc

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\0" * 1024))
        + chunk(b"IEND", b"")
    )


def png_with_script() -> bytes:
    text = PngInfo()
    text.add_text("Comment", "<html><body><script>alert(1)</script></body></html>")
    return encoded(Image.new("RGB", (640, 480), (90, 60, 30)), "PNG", pnginfo=text)


SVG = (
    b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="640" height="480" '
    b'onload="alert(1)"><rect width="640" height="480" fill="teal"/></svg>'
)
HTML = b"<!doctype html><html><body><script>alert(1)</script></body></html>"


@pytest.mark.parametrize(
    ("bad_photo", "message"),
    [
        pytest.param(lambda: upload(SVG, "IMG_0002.jpg"), UNREADABLE, id="SVG named .jpg"),
        pytest.param(
            lambda: upload(HTML, "scan.png", "image/png"), UNREADABLE, id="HTML named .png"
        ),
        pytest.param(
            lambda: upload(png_with_script(), "scan.png", "image/png"),
            "This picture contains hidden web page code, so we cannot accept it: open the photo "
            "in a photo app, save or export a new copy and send that copy.",
            id="PNG carrying a script",
        ),
        pytest.param(
            lambda: upload(noisy_jpeg()[:20_000], "IMG_0002.jpg"),
            "This photo is damaged or incomplete: send it again, or send another copy of it (for "
            "example the one saved on your phone or computer).",
            id="truncated JPEG",
        ),
        pytest.param(
            lambda: upload(encoded(Image.new("L", (1, 50_000)), "PNG"), "strip.png"),
            "This picture is too small (1 × 50000 pixels): send a photo at least 100 pixels wide "
            "and high.",
            id="1 x 50,000 pixels",
        ),
        pytest.param(
            lambda: upload(encoded(Image.new("L", (150, 5_000)), "PNG"), "strip.png"),
            "This picture is too long and narrow (150 × 5000 pixels): send a photo whose long "
            "side is at most 10 times its short side, or crop it first.",
            id="150 x 5,000 pixels",
        ),
        pytest.param(
            lambda: upload(png_claiming(30_000, 30_000), "bomb.png", "image/png"),
            "This photo has more than 40 megapixels: send a smaller copy of it (phones usually "
            "offer one when you share or e-mail a photo).",
            id="decompression bomb",
        ),
        pytest.param(
            lambda: upload(b"\xff\xd8\xff\xe0" + bytes(16 * 1024 * 1024), "IMG_0002.jpg"),
            "This photo is larger than 15 MB: send a smaller copy (phones usually offer one when "
            "you share or e-mail a photo).",
            id="16 MB photo",
        ),
    ],
)
def test_a_bad_photo_is_refused_by_name_and_the_good_one_beside_it_is_not_kept(
    send, media, bad_photo, message
):
    response = send(photos=[jpeg_upload(), bad_photo()])

    html = response.content.decode()
    assert response.status_code == 400
    assert 'class="error-summary"' in html
    assert f'<a href="#id_photos-1-file">{escape(message)}</a>' in html
    assert "Your photos were not kept: attach them again before sending." in html
    assert 'value="Trois semaines de mai"' in html
    caption = escape("Photo 2 de l'atelier")
    assert f'value="{caption}"' in html
    assert_nothing_written(media)


def test_seven_photos_are_refused_as_one_too_many(send, media):
    response = send(
        photos=[jpeg_upload(f"IMG_000{n}.jpg") for n in range(7)], **{"photos-TOTAL_FORMS": "7"}
    )

    html = response.content.decode()
    assert response.status_code == 400
    assert '<a href="#photos">Send at most 6 photos.</a>' in html
    assert 'id="photos"' in html
    assert 'value="Trois semaines de mai"' in html
    assert_nothing_written(media)


def test_a_disk_failing_on_the_second_original_leaves_no_file_and_no_row(send, media, monkeypatch):
    private = storages["private"]
    save, saved = private._save, []

    def save_once_then_fail(name, content):
        if saved:
            raise OSError(28, "No space left on device")
        saved.append(save(name, content))
        return saved[-1]

    monkeypatch.setattr(private, "_save", save_once_then_fail)

    with pytest.raises(OSError, match="No space left"):
        send(photos=[jpeg_upload(), jpeg_upload("IMG_0002.jpg")])

    assert len(saved) == 1  # the first original was written, then taken away again
    assert_nothing_written(media)
    assert files_in(media.public) == []
