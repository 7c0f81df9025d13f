"""The photo behind a share card: read from the image library, cropped around its focal point, and
darkened where the text goes.

Reading never raises on a bad file: a story whose photo is missing from storage or unreadable gets
a card on the brand's background instead (the failure is logged), because a card is made in a
background task when a story is published, and publishing must not fail for it.
"""

import functools
import logging
import struct

from PIL import Image, ImageOps

logger = logging.getLogger(__name__)

# How Pillow fails on a file it cannot read, and how storage fails on a missing one.
READING_ERRORS = (
    OSError,
    SyntaxError,
    ValueError,
    EOFError,
    IndexError,
    struct.error,
    Image.DecompressionBombError,
)
# Formats the image library holds (Wagtail's defaults); the other Pillow plugins are never tried.
PICTURE_FORMATS = ("JPEG", "PNG", "WEBP", "GIF", "AVIF")

# The dark gradient's opacity (0–255): none over the picture above the text, rising to TEXT_SHADE
# where the text starts and to BOTTOM_SHADE at the bottom. Under TEXT_SHADE even a white photo
# turns dark grey (75), on which white text has a contrast of 8:1; the hashtag's colour is checked
# against PHOTO_BACKDROP (card_layout.py), the shade near the bottom.
TEXT_SHADE = 180
BOTTOM_SHADE = 220

FocalBox = tuple[float, float, float, float]  # left, top, width, height in the photo's pixels


def open_picture(wagtail_image, cover: tuple[int, int] | None = None) -> Image.Image | None:
    """A Wagtail image's file as an upright Pillow image (RGB, or RGBA when it has transparency),
    or None if it cannot be read. With `cover` (a card's size), a JPEG is decoded at the smallest
    scale that still covers it: a 12-megapixel photo decodes several times faster."""
    try:
        with wagtail_image.open_file() as file:
            picture = Image.open(file, formats=PICTURE_FORMATS)
            if cover is not None:
                scale = max(cover[0] / picture.width, cover[1] / picture.height)
                picture.draft("RGB", (round(picture.width * scale), round(picture.height * scale)))
            picture.load()
    except READING_ERRORS as error:
        logger.warning("Share card without the picture %s: %s", wagtail_image.pk, error)
        return None
    ImageOps.exif_transpose(picture, in_place=True)
    has_alpha = picture.mode in ("RGBA", "LA", "PA") or "transparency" in picture.info
    mode = "RGBA" if has_alpha else "RGB"
    return picture if picture.mode == mode else picture.convert(mode)


def focal_box(wagtail_image, picture: Image.Image) -> FocalBox | None:
    """The image's focal point (set by editors in the admin) as a box in `picture`'s pixels, which
    may be a reduced decode of the original."""
    rect = wagtail_image.get_focal_point()
    if rect is None or not wagtail_image.width or not wagtail_image.height:
        return None
    scale_x = picture.width / wagtail_image.width
    scale_y = picture.height / wagtail_image.height
    return (
        rect.left * scale_x,
        rect.top * scale_y,
        (rect.right - rect.left) * scale_x,
        (rect.bottom - rect.top) * scale_y,
    )


def _centred_span(length: float, centre: float, span: float) -> float:
    """Start of a span of `span` pixels centred on `centre`, kept within 0…`length`."""
    return min(max(centre - span / 2, 0.0), length - span)


def crop_box(
    picture_size: tuple[int, int], card_size: tuple[int, int], focal: FocalBox | None = None
) -> tuple[float, float, float, float]:
    """The largest box of the card's proportions inside the picture, centred on the focal point
    (the picture's centre when there is none) and moved inside the picture when the focal point is
    near an edge. The focal point stays inside the box whenever it is not larger than the box.
    Returns (left, top, right, bottom)."""
    width, height = picture_size
    ratio = card_size[0] / card_size[1]
    crop_width, crop_height = (
        (height * ratio, height) if width / height > ratio else (width, width / ratio)
    )
    if focal is None:
        centre_x, centre_y = width / 2, height / 2
    else:
        left, top, focal_width, focal_height = focal
        centre_x, centre_y = left + focal_width / 2, top + focal_height / 2
    left = _centred_span(width, centre_x, crop_width)
    top = _centred_span(height, centre_y, crop_height)
    return left, top, left + crop_width, top + crop_height


def cover_photo(
    picture: Image.Image, card_size: tuple[int, int], focal: FocalBox | None
) -> Image.Image:
    """The picture cropped to the card's proportions around its focal point and scaled to the
    card, as a new RGB image (transparent parts on black)."""
    if picture.mode == "RGBA":
        backdrop = Image.new("RGB", picture.size)
        backdrop.paste(picture, mask=picture.getchannel("A"))
        picture = backdrop
    box = crop_box(picture.size, card_size, focal)
    # Bilinear: a third cheaper than bicubic, and the difference does not show under the shade
    # and the text; reducing_gap first shrinks a large picture by whole factors, cheaply.
    return picture.resize(card_size, Image.Resampling.BILINEAR, box=box, reducing_gap=2.0)


@functools.lru_cache(maxsize=64)
def gradient_mask(card_size: tuple[int, int], text_top: int) -> tuple[int, Image.Image]:
    """Where the dark gradient starts (the photo above is left as it is) and its opacity mask from
    there to the bottom, for text starting at `text_top`; made once per card size and text
    position (callers must not modify it)."""
    width, height = card_size
    text_top = min(max(text_top, 1), height - 1)
    ramp = min(text_top, height // 4)
    start = text_top - ramp
    column = [round(TEXT_SHADE * (y + 1) / (ramp + 1)) for y in range(ramp)]
    below = height - text_top
    column += [round(TEXT_SHADE + (BOTTOM_SHADE - TEXT_SHADE) * y / below) for y in range(below)]
    mask = Image.frombytes("L", (1, height - start), bytes(column))
    return start, mask.resize((width, height - start), Image.Resampling.NEAREST)


@functools.lru_cache(maxsize=8)
def _black(size: tuple[int, int]) -> Image.Image:
    # Pasting a black picture through a mask is about twice as fast as pasting a colour.
    return Image.new("RGB", size)


def darken(photo: Image.Image, text_top: int) -> None:
    """Lays the dark gradient over the photo, in place, so that white text from `text_top` down
    stays legible whatever the photo."""
    start, mask = gradient_mask(photo.size, text_top)
    photo.paste(_black(mask.size), (0, start), mask)
