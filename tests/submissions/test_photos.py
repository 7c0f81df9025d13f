"""clean_photo: what a visitor's photo must be to be accepted, and what is left of it once it is.

Every input is built in memory with Pillow; the refused ones arrive under misleading names and
content types, because neither is ever consulted.
"""

import io
import os
import struct
import zlib

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation
from PIL import ExifTags, Image, ImageCms
from PIL.PngImagePlugin import PngInfo

from submissions.photos import MAX_PHOTO_BYTES, clean_photo

SIXTEEN_MB = 16 * 1024 * 1024


@pytest.fixture(autouse=True)
def english():
    # The site defaults to French; the assertions read the English messages.
    with translation.override("en"):
        yield


def photo(size=(640, 480)) -> Image.Image:
    """A colourful noisy picture, so encoders produce realistic amounts of data."""
    noise = Image.effect_noise(size, 80)
    gradient = Image.linear_gradient("L").resize(size)
    return Image.merge("RGB", (noise, gradient, gradient.transpose(Image.Transpose.ROTATE_180)))


def encoded(image: Image.Image, file_format: str, **options) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, file_format, **options)
    return buffer.getvalue()


def upload(content: bytes, name="photo.jpg", content_type="image/jpeg") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, content, content_type=content_type)


def refusal_message(uploaded) -> str:
    with pytest.raises(ValidationError) as refusal:
        clean_photo(uploaded)
    return refusal.value.messages[0]


def reopened(content: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(content))
    image.load()
    return image


def png_header_only(width: int, height: int) -> bytes:
    """A PNG claiming width × height greyscale pixels, with almost no pixel data behind it."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        crc = struct.pack(">I", zlib.crc32(kind + body))
        return struct.pack(">I", len(body)) + kind + body + crc

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    pixels = zlib.compress(b"\0" * 1024)
    signature = b"\x89PNG\r\n\x1a\n"
    return signature + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")


# Accepted formats


def test_good_jpeg_is_accepted_as_jpeg():
    clean = clean_photo(upload(encoded(photo(), "JPEG", quality=95)))

    assert (clean.extension, clean.width, clean.height) == ("jpg", 640, 480)
    output = reopened(clean.content)
    assert (output.format, output.mode, output.size) == ("JPEG", "RGB", (640, 480))


def test_png_with_transparency_stays_png_with_its_transparency():
    image = photo().convert("RGBA")
    image.putalpha(Image.linear_gradient("L").resize(image.size))

    clean = clean_photo(upload(encoded(image, "PNG"), name="logo.jpg"))

    assert clean.extension == "png"
    output = reopened(clean.content)
    assert (output.format, output.mode) == ("PNG", "RGBA")
    assert output.getchannel("A").getextrema() == (0, 255)


def test_png_whose_alpha_channel_is_fully_opaque_becomes_jpeg():
    clean = clean_photo(upload(encoded(photo().convert("RGBA"), "PNG"), name="scan.png"))

    assert clean.extension == "jpg"
    assert reopened(clean.content).mode == "RGB"


def test_webp_is_accepted():
    clean = clean_photo(upload(encoded(photo(), "WEBP"), name="photo.webp"))

    assert (clean.extension, clean.width, clean.height) == ("jpg", 640, 480)


def test_heic_from_a_phone_is_accepted():
    # pillow_heif in this environment ships the x265 encoder, so a real HEIC is built here.
    content = encoded(photo(), "HEIF", quality=80)
    assert content[4:12] == b"ftypheic"

    clean = clean_photo(upload(content, name="IMG_0001.HEIC", content_type="image/heic"))

    assert (clean.extension, clean.width, clean.height) == ("jpg", 640, 480)
    assert reopened(clean.content).format == "JPEG"


def test_sixteen_bit_greyscale_scan_keeps_its_tones():
    scan = Image.new("I;16", (300, 200), 32768)  # mid-grey on 16 bits

    clean = clean_photo(upload(encoded(scan, "PNG"), name="scan.png"))

    red, green, blue = reopened(clean.content).getpixel((150, 100))
    assert 120 <= red <= 136 and red == green == blue


def test_panorama_within_the_shape_limits_is_accepted():
    clean = clean_photo(upload(encoded(photo((4000, 500)), "JPEG")))

    assert (clean.width, clean.height) == (4000, 500)


def test_upload_already_read_by_another_validator_is_read_from_the_start():
    uploaded = upload(encoded(photo(), "JPEG"))
    uploaded.read()

    assert clean_photo(uploaded).width == 640


# What the re-encoding does


def test_exif_orientation_is_applied():
    # Stored sideways as phones do: left half red, right half blue, Orientation 6 (turn right).
    sideways = Image.new("RGB", (300, 150), (0, 0, 255))
    sideways.paste((255, 0, 0), (0, 0, 150, 150))
    exif = Image.Exif()
    exif[ExifTags.Base.Orientation] = 6

    clean = clean_photo(upload(encoded(sideways, "JPEG", exif=exif.tobytes())))

    assert (clean.width, clean.height) == (150, 300)
    upright = reopened(clean.content)
    assert upright.getpixel((75, 40))[0] > 200  # the red half is now on top
    assert upright.getpixel((75, 260))[2] > 200
    assert ExifTags.Base.Orientation not in upright.getexif()


def test_gps_position_icc_profile_and_other_metadata_are_removed():
    exif = Image.Exif()
    exif[ExifTags.Base.Make] = "PhoneMaker"
    gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
    gps[ExifTags.GPS.GPSLatitudeRef] = "N"
    gps[ExifTags.GPS.GPSLatitude] = (48.0, 51.0, 24.0)
    srgb = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    xmp = b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF></rdf:RDF></x:xmpmeta>'
    content = encoded(
        photo(), "JPEG", exif=exif.tobytes(), icc_profile=srgb, xmp=xmp, comment=b"at Gran's"
    )
    assert reopened(content).getexif().get_ifd(ExifTags.IFD.GPSInfo)  # the input does have GPS

    clean = clean_photo(upload(content))

    output = reopened(clean.content)
    assert not output.getexif()
    assert not {"exif", "icc_profile", "xmp", "comment"} & set(output.info)
    assert b"Exif" not in clean.content and b"PhoneMaker" not in clean.content


def test_text_chunks_exif_and_icc_profile_are_removed_from_a_png():
    image = photo().convert("RGBA")
    image.putalpha(128)
    exif = Image.Exif()
    exif[ExifTags.Base.Artist] = "Jeanne Martin"
    text = PngInfo()
    text.add_text("Comment", "scanned at home")
    srgb = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    content = encoded(image, "PNG", pnginfo=text, exif=exif.tobytes(), icc_profile=srgb)

    clean = clean_photo(upload(content, name="scan.png"))

    output = reopened(clean.content)
    assert clean.extension == "png"
    assert not output.getexif()
    assert not {"exif", "icc_profile", "Comment"} & set(output.info)
    assert b"Jeanne" not in clean.content and b"scanned" not in clean.content


def test_photo_with_a_broken_icc_profile_is_still_accepted():
    content = encoded(photo(), "JPEG", icc_profile=b"not really a colour profile" * 10)

    clean = clean_photo(upload(content))

    assert "icc_profile" not in reopened(clean.content).info


# Files that are not photos


def test_svg_named_jpg_is_refused():
    svg = b'<svg xmlns="http://www.w3.org/2000/svg" width="400" height="300"><rect/></svg>'

    message = refusal_message(upload(svg, name="holiday.jpg", content_type="image/jpeg"))

    assert "not a photo we can read" in message
    assert "JPEG, PNG, WebP or HEIC" in message


def test_html_file_named_png_is_refused():
    html = b"<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>"

    message = refusal_message(upload(html, name="photo.png", content_type="image/png"))

    assert "not a photo we can read" in message


def test_gif_is_refused_as_an_unsupported_format():
    gif = encoded(photo().convert("P"), "GIF")

    message = refusal_message(upload(gif, name="photo.jpg"))

    assert "JPEG, PNG, WebP or HEIC" in message


def test_zero_byte_file_is_refused():
    message = refusal_message(upload(b""))

    assert "empty" in message
    assert "send it once more" in message


# Polyglots: pictures that also carry web markup


def test_jpeg_with_a_script_appended_is_refused():
    polyglot = encoded(photo(), "JPEG") + b"<script>fetch('/admin/')</script>"

    message = refusal_message(upload(polyglot))

    assert "hidden web page code" in message
    assert "new copy" in message


def test_jpeg_with_html_inside_its_comment_is_refused():
    polyglot = encoded(photo(), "JPEG", comment=b"<html><body onload=alert(1)>")

    assert "hidden web page code" in refusal_message(upload(polyglot))


def test_png_with_svg_markup_in_a_text_chunk_is_refused():
    text = PngInfo()
    text.add_text("Description", "<svg/onload=alert(1)>")
    polyglot = encoded(photo(), "PNG", pnginfo=text)

    assert "hidden web page code" in refusal_message(upload(polyglot, name="photo.png"))


def test_jpeg_with_php_appended_is_refused():
    polyglot = encoded(photo(), "JPEG") + b"<?php system($_GET['c']); ?>"

    assert "hidden web page code" in refusal_message(upload(polyglot))


# Damaged files


def test_truncated_jpeg_is_refused():
    content = encoded(photo(), "JPEG")

    message = refusal_message(upload(content[: len(content) * 2 // 3]))

    assert "damaged or incomplete" in message


def test_truncated_png_is_refused():
    content = encoded(photo(), "PNG")

    message = refusal_message(upload(content[: len(content) // 2], name="photo.png"))

    assert "damaged or incomplete" in message


# Sizes and shapes


def test_one_pixel_wide_strip_of_fifty_thousand_pixels_is_refused():
    strip = encoded(Image.new("L", (1, 50_000), 200), "PNG")

    message = refusal_message(upload(strip, name="photo.png"))

    assert "1 × 50000 pixels" in message
    assert "at least 100 pixels" in message


def test_long_narrow_picture_is_refused_for_its_shape():
    strip = encoded(Image.new("L", (150, 2000), 200), "PNG")

    message = refusal_message(upload(strip, name="photo.png"))

    assert "too long and narrow" in message
    assert "10 times" in message


def test_decompression_bomb_is_refused_without_decoding():
    bomb = png_header_only(20_000, 20_000)  # 400 megapixels claimed in about 100 bytes

    message = refusal_message(upload(bomb, name="photo.png"))

    assert "more than 40 megapixels" in message


def test_image_in_pillows_warning_range_is_refused_too():
    message = refusal_message(upload(png_header_only(10_000, 10_000), name="photo.png"))

    assert "more than 40 megapixels" in message


def test_picture_of_41_megapixels_is_refused_though_under_15_mb():
    content = encoded(Image.new("1", (8000, 5200), 1), "PNG")
    assert len(content) < MAX_PHOTO_BYTES

    message = refusal_message(upload(content, name="photo.png"))

    assert "more than 40 megapixels" in message


def test_file_over_15_mb_is_refused_for_its_size():
    message = refusal_message(upload(os.urandom(SIXTEEN_MB)))

    assert "larger than 15 MB" in message
    assert "smaller copy" in message


def test_valid_jpeg_padded_past_15_mb_is_refused_even_without_a_declared_size():
    padded = encoded(photo(), "JPEG").ljust(SIXTEEN_MB, b"\0")  # decodes fine: only size is wrong

    assert "larger than 15 MB" in refusal_message(io.BytesIO(padded))


def test_declared_size_is_not_trusted():
    uploaded = upload(encoded(photo(), "JPEG").ljust(SIXTEEN_MB, b"\0"))
    uploaded.size = 1000

    assert "larger than 15 MB" in refusal_message(uploaded)


def test_no_more_than_the_limit_and_one_byte_is_read():
    class CountingReader(io.BytesIO):
        bytes_read = 0

        def read(self, size=-1):
            chunk = super().read(size)
            self.bytes_read += len(chunk)
            return chunk

    stream = CountingReader(os.urandom(SIXTEEN_MB))

    refusal_message(stream)

    assert stream.bytes_read == MAX_PHOTO_BYTES + 1
