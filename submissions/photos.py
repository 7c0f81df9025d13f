"""Photos the public sends with a story: proven to be pictures by decoding them, then redrawn.

``clean_photo(upload)`` accepts a file only if Pillow decodes it as JPEG, PNG, WebP or HEIC/HEIF
(the file name and the declared content type are never consulted) and it is a plausible photo:

- at most 15 MB, counted while reading (the declared size is only a shortcut for refusing early);
- at most 40 megapixels, read from the header before any pixel is decoded, with Pillow's own
  decompression-bomb guard left on underneath;
- shortest side at least 100 pixels: a small contact print scanned at low resolution passes, an
  icon or a tracking pixel does not;
- long side at most 10 times the short side: phone panoramas are 4:1 to 8:1, while a 1×50,000
  strip is not a photo but a way to break page layouts and thumbnailers.

What is kept is not the upload but a fresh encoding of its pixels, at full resolution (editors crop
later): turned upright by its EXIF orientation, moved into sRGB, and without any metadata (EXIF with
the GPS position, ICC, XMP, comments, text chunks), so nothing the visitor did not mean to publish
and nothing an attacker hid in the file survives. Opaque pictures become JPEG; pictures with real
transparency stay PNG.

A file that decodes as a picture but also carries web markup (HTML, SVG, script, PHP) is refused
outright: re-encoding would drop the markup anyway, but such a file was made to attack someone, and
a refusal is easier to notice than a silent clean-up.
"""

import io
import re
import struct
import warnings
from dataclasses import dataclass
from typing import BinaryIO

import pillow_heif
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from PIL import Image, ImageCms

pillow_heif.register_heif_opener()

MAX_PHOTO_BYTES = 15 * 1024 * 1024
MAX_PHOTO_PIXELS = 40_000_000
MIN_PHOTO_SIDE = 100
MAX_PHOTO_ASPECT_RATIO = 10
JPEG_QUALITY = 88

# The only Pillow plugins ever tried on a visitor's file: the others (EPS through Ghostscript, old
# formats nobody sends from a phone) are never reached. JPEG includes MPO, the multi-picture JPEG
# many phones and cameras write.
_DECODERS = ("JPEG", "PNG", "WEBP", "HEIF")

# How Pillow (and pillow_heif) fail on a file they cannot read.
_DECODING_ERRORS = (OSError, SyntaxError, ValueError, EOFError, IndexError, struct.error)

_READ_CHUNK_BYTES = 64 * 1024

# Matched against the lower-cased file. Each pattern is long enough that the compressed pixels of a
# real photo essentially never contain it by chance (none matched 300 MB of random bytes); the short
# tags <svg and <img only count with a namespace or an event handler (onload=, onerror=) nearby.
_WEB_MARKUP = re.compile(
    rb"""
      <(?: script[\s>/]
         | \?php\s
         | html[\s>]
         | !doctype\s+html
         | body[\s>]
         | (?:iframe|object|embed)[\s>/]
         | svg(?=[\s/>]) .{0,300}? (?:xmlns|[\s/]on[a-z]+\s*=)
         | img(?=[\s/]) .{0,300}? [\s/]on[a-z]+\s*=
         )
    | javascript:
    """,
    re.VERBOSE | re.DOTALL,
)

_ROTATION_FOR_EXIF_ORIENTATION = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_90,
}
_EXIF_ORIENTATION_TAG = 0x0112

_SRGB = ImageCms.createProfile("sRGB")


@dataclass(frozen=True)
class CleanPhoto:
    content: bytes  # the re-encoded image
    extension: str  # "jpg" or "png"
    width: int
    height: int


def clean_photo(upload: BinaryIO) -> CleanPhoto:
    """Check a visitor's photo and return it re-encoded without metadata.

    ``upload`` is a Django ``UploadedFile`` or any binary file object (``.size`` is optional).
    Raises ``ValidationError`` with a message telling the visitor what is wrong and what to do.
    """
    data = _read_within_limit(upload)
    image = _open_photo(data)
    _refuse_web_markup(data)
    _check_dimensions(image.width, image.height)
    _decode_pixels(image)
    return _reencode(image)


def _read_within_limit(upload: BinaryIO) -> bytes:
    """The upload's bytes, refused once they pass the limit (at most limit + 1 bytes are read)."""
    declared_size = getattr(upload, "size", None)
    if declared_size is not None and declared_size > MAX_PHOTO_BYTES:
        raise _too_heavy()
    if hasattr(upload, "seek"):
        upload.seek(0)  # another validator may have read part of it already
    chunks, total = [], 0
    while total <= MAX_PHOTO_BYTES:
        chunk = upload.read(min(_READ_CHUNK_BYTES, MAX_PHOTO_BYTES + 1 - total))
        if not chunk:
            break
        chunks.append(chunk)
        total += len(chunk)
    if total > MAX_PHOTO_BYTES:
        raise _too_heavy()
    if total == 0:
        raise ValidationError(
            _("This file is empty: choose your photo again and send it once more."),
            code="photo_empty",
        )
    return b"".join(chunks)


def _open_photo(data: bytes) -> Image.Image:
    """Pillow's reading of the header (format, size, metadata); the pixels are decoded later."""
    try:
        # Pillow only warns between 89 and 179 megapixels; here that is a refusal like any bomb.
        # catch_warnings swaps the process-wide filters, so under threads this error filter can
        # outlive the block: harmless, it only ever turns the same warning into an error.
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            return Image.open(io.BytesIO(data), formats=_DECODERS)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as error:
        raise _too_many_pixels() from error
    except _DECODING_ERRORS as error:
        raise ValidationError(
            _("This file is not a photo we can read: send a JPEG, PNG, WebP or HEIC picture."),
            code="photo_unreadable",
        ) from error


def _refuse_web_markup(data: bytes) -> None:
    if _WEB_MARKUP.search(data.lower()):
        raise ValidationError(
            _(
                "This picture contains hidden web page code, so we cannot accept it: open the "
                "photo in a photo app, save or export a new copy and send that copy."
            ),
            code="photo_with_markup",
        )


def _check_dimensions(width: int, height: int) -> None:
    if width * height > MAX_PHOTO_PIXELS:
        raise _too_many_pixels()
    short_side, long_side = sorted((width, height))
    size = {"width": width, "height": height}
    if short_side < MIN_PHOTO_SIDE:
        raise ValidationError(
            _(
                "This picture is too small (%(width)s × %(height)s pixels): send a photo at least "
                "%(minimum)s pixels wide and high."
            ),
            code="photo_too_small",
            params={**size, "minimum": MIN_PHOTO_SIDE},
        )
    if long_side > short_side * MAX_PHOTO_ASPECT_RATIO:
        raise ValidationError(
            _(
                "This picture is too long and narrow (%(width)s × %(height)s pixels): send a photo "
                "whose long side is at most %(ratio)s times its short side, or crop it first."
            ),
            code="photo_too_narrow",
            params={**size, "ratio": MAX_PHOTO_ASPECT_RATIO},
        )


def _decode_pixels(image: Image.Image) -> None:
    """Decode every pixel now, so a truncated or corrupt file fails here and not half-saved."""
    try:
        image.load()
    except _DECODING_ERRORS as error:
        raise ValidationError(
            _(
                "This photo is damaged or incomplete: send it again, or send another copy of it "
                "(for example the one saved on your phone or computer)."
            ),
            code="photo_damaged",
        ) from error


def _reencode(image: Image.Image) -> CleanPhoto:
    image = _upright(image)
    if _has_transparency(image):
        image, file_format, extension, options = _in_srgb(image, "RGBA"), "PNG", "png", {}
    else:
        image, file_format, extension = _in_srgb(image, "RGB"), "JPEG", "jpg"
        options = {"quality": JPEG_QUALITY, "optimize": True, "progressive": True}
    # Pillow writes some of .info back on save (ICC profile in PNG, comment in JPEG).
    image.info = {}
    buffer = io.BytesIO()
    image.save(buffer, file_format, **options)
    return CleanPhoto(buffer.getvalue(), extension, image.width, image.height)


def _upright(image: Image.Image) -> Image.Image:
    """The picture turned the way the camera was held (EXIF or XMP Orientation).

    Not ImageOps.exif_transpose: it also rewrites the EXIF block, which is dropped here anyway and
    can fail when malformed. A photo whose EXIF cannot be read is kept as shot rather than refused.
    """
    try:
        orientation = image.getexif().get(_EXIF_ORIENTATION_TAG)
    except _DECODING_ERRORS:
        return image
    rotation = _ROTATION_FOR_EXIF_ORIENTATION.get(orientation)
    return image.transpose(rotation) if rotation is not None else image


def _has_transparency(image: Image.Image) -> bool:
    """True only if some pixel is see-through: many PNGs carry an alpha channel full of 255s."""
    if image.mode not in ("RGBA", "LA", "PA", "RGBa", "La") and "transparency" not in image.info:
        return False
    alpha = image.convert("RGBA").getchannel("A")
    return alpha.getextrema()[0] < 255


def _in_srgb(image: Image.Image, mode: str) -> Image.Image:
    """``image`` in ``mode`` ("RGB" or "RGBA"), its colours converted from its ICC profile to sRGB.

    Phones shoot in Display P3 and scanners often in Adobe RGB or CMYK: dropping the profile without
    converting would leave those colours dull or wrong. A profile that cannot be used is ignored.
    """
    image = _eight_bits(image)
    # CMYK and greyscale go into the colour transform as they are: their profile describes them.
    if image.mode != mode and not (mode == "RGB" and image.mode in ("CMYK", "L")):
        image = image.convert(mode)
    profile = image.info.get("icc_profile")
    if profile:
        try:
            return ImageCms.profileToProfile(image, io.BytesIO(profile), _SRGB, outputMode=mode)
        except (ImageCms.PyCMSError, *_DECODING_ERRORS):
            pass
    return image.convert(mode)


def _eight_bits(image: Image.Image) -> Image.Image:
    """16-bit greyscale (scans) scaled to 8 bits: Pillow's own conversion clips it to white."""
    if image.mode not in ("I", "I;16", "I;16B", "I;16L", "I;16N"):
        return image
    scaled = image.convert("I").point(lambda value: value * (1 / 256)).convert("L")
    scaled.info = dict(image.info)
    return scaled


def _too_heavy() -> ValidationError:
    return ValidationError(
        _(
            "This photo is larger than %(megabytes)s MB: send a smaller copy (phones usually offer "
            "one when you share or e-mail a photo)."
        ),
        code="photo_too_heavy",
        params={"megabytes": MAX_PHOTO_BYTES // (1024 * 1024)},
    )


def _too_many_pixels() -> ValidationError:
    return ValidationError(
        _(
            "This photo has more than %(megapixels)s megapixels: send a smaller copy of it "
            "(phones usually offer one when you share or e-mail a photo)."
        ),
        code="photo_too_many_pixels",
        params={"megapixels": MAX_PHOTO_PIXELS // 1_000_000},
    )
