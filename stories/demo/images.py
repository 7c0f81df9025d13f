"""Archival-style pictures for the demo stories, drawn with Pillow only (no external files).

``render_archival_photo(scene, decade, seed)`` draws a stylised scene (see ``SCENES``) and then
ages it the way a print of that decade looks today: black-and-white with grain, dust and a
vignette before 1950, sepia with a hint of colour 1950–1969, faded warm colour 1970–1989,
lightly grained colour in the 1990s and clean digital colour afterwards.
``render_portrait(seed)`` draws a contributor's profile photo.

The output depends only on the arguments (no global random state, no hash randomisation), so
the demo data can be rebuilt identically, and one 1200×800 picture takes a few tens of
milliseconds on one core.
"""

import io
import random
import zlib
from functools import lru_cache

from PIL import Image, ImageChops, ImageDraw, ImageEnhance, ImageOps

from stories.demo.scenes import SCENE_DRAWERS, SCENES

__all__ = ["SCENES", "render_archival_photo", "render_portrait"]

_SEPIA_DARK, _SEPIA_LIGHT = (45, 30, 18), (240, 222, 190)


def _seeded(*parts: object) -> random.Random:
    # crc32, not hash(): str hashes change from one process to the next, pictures must not
    return random.Random(zlib.crc32(":".join(map(str, parts)).encode()))


def _period_look(decade: int) -> tuple[int, float]:
    """Grain amplitude and vignette strength: older prints are grainier and darker at the edges."""
    if decade < 1950:
        return 60, 0.55
    if decade < 1970:
        return 40, 0.4
    if decade < 1990:
        return 24, 0.25
    if decade < 2000:
        return 12, 0.12
    return 0, 0.0


@lru_cache(maxsize=16)
def _vignette(size: tuple[int, int], strength: float, mode: str) -> Image.Image:
    """A multiply mask: white in the middle, darker towards the corners (cached per size)."""
    ramp = Image.radial_gradient("L").resize(size)
    lut = [255 - int(strength * 255 * max(0.0, (v - 90) / 165) ** 1.6) for v in range(256)]
    return ramp.point(lut).convert(mode)


def _grain(size: tuple[int, int], amount: int, mode: str, rng: random.Random) -> Image.Image:
    """Noise around mid-grey, for an overlay blend that keeps the mean brightness."""
    noise = Image.frombytes("L", size, rng.randbytes(size[0] * size[1]))
    return noise.point([128 + (v - 128) * amount // 128 for v in range(256)]).convert(mode)


def _tone(img: Image.Image, decade: int) -> Image.Image:
    """The colour of the period: silver print (mode L), sepia, faded warm print or digital."""
    if decade < 1950:
        return img.convert("L").point([int(22 + v * 0.8) for v in range(256)])
    if decade < 1970:
        sepia = ImageOps.colorize(img.convert("L"), _SEPIA_DARK, _SEPIA_LIGHT)
        return Image.blend(sepia, img, 0.22)
    if decade < 1990:  # washed out, blacks lifted, blue gone first as in old colour prints
        red, green, blue = (
            [int(lo + v * k) for v in range(256)] for lo, k in ((28, 0.86), (18, 0.84), (12, 0.72))
        )
        return ImageEnhance.Color(img).enhance(0.7).point(red + green + blue)
    return img.point([max(0, min(255, int((v - 128) * 1.06 + 128))) for v in range(256)] * 3)


def _age(img: Image.Image, decade: int, rng: random.Random) -> Image.Image:
    """Tone, then grain and vignette, on the canvas as drawn (before any enlargement)."""
    img = _tone(img, decade)
    grain, vignette = _period_look(decade)
    if grain:
        img = ImageChops.overlay(img, _grain(img.size, grain, img.mode, rng))
    if vignette:
        img = ImageChops.multiply(img, _vignette(img.size, vignette, img.mode))
    return img


def _dust(img: Image.Image, rng: random.Random) -> None:
    """Specks and a hair-thin scratch, drawn at full size so they stay sharp."""
    draw = ImageDraw.Draw(img)
    light, dark = (245, 25) if img.mode == "L" else ((245,) * 3, (25,) * 3)
    for _ in range(rng.randint(15, 40)):
        x, y, r = rng.uniform(0, img.width), rng.uniform(0, img.height), rng.uniform(0.5, 2.2)
        draw.ellipse((x - r, y - r, x + r, y + r), fill=rng.choice((light, dark)))
    scratch = 190 if img.mode == "L" else (190,) * 3  # faint: a scratch, not a crack
    for _ in range(rng.randint(0, 1)):
        x = rng.uniform(0, img.width)
        draw.line([(x, 0), (x + rng.uniform(-8, 8), img.height)], fill=scratch, width=1)


def _jpeg(img: Image.Image) -> bytes:
    buffer = io.BytesIO()
    img.convert("RGB").save(buffer, "JPEG", quality=85)
    return buffer.getvalue()


def render_archival_photo(
    scene: str, decade: int, seed: int, size: tuple[int, int] = (1200, 800)
) -> bytes:
    """Return a JPEG of ``scene`` (one of ``SCENES``) in the photographic style of ``decade``.

    Film-era pictures (before 2000) are drawn and aged at half size and enlarged once at the
    end: the softness is part of the look, and every per-pixel step costs a quarter as much.
    """
    if scene not in SCENE_DRAWERS:
        raise ValueError(f"unknown scene {scene!r}; expected one of: {', '.join(SCENES)}")
    rng = _seeded(scene, decade, seed)
    film = decade < 2000
    work = (max(1, size[0] // 2), max(1, size[1] // 2)) if film else size
    canvas = Image.new("RGB", work, (128, 128, 128))
    SCENE_DRAWERS[scene](canvas, decade, rng)
    picture = _age(canvas, decade, rng)
    if picture.size != size:
        picture = picture.resize(size, Image.Resampling.BILINEAR)
    if decade < 1970:
        _dust(picture, rng)
    return _jpeg(picture)


def render_portrait(seed: int, size: tuple[int, int] = (600, 600)) -> bytes:
    """Return a JPEG head-and-shoulders photo for a contributor profile card."""
    rng = _seeded("contributor-portrait", seed)
    canvas = Image.new("RGB", size, (128, 128, 128))
    SCENE_DRAWERS["portrait"](canvas, 2020, rng)
    return _jpeg(_age(canvas, 2020, rng))
