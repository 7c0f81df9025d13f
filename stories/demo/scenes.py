"""The ten kinds of scene a demo story picture can show, drawn in flat colours.

``SCENE_DRAWERS`` maps each scene name to its drawer. The outdoor and people scenes live here,
the indoor ones in ``stories.demo.interiors``. Each drawer paints a whole canvas in place from
its size, the story's decade (which decides what is in the picture: a tram or a car, smoking
chimneys or not) and a seeded generator. The period look (grain, sepia, fading) is applied
afterwards by ``stories.demo.images``.
"""

import random
from collections.abc import Callable

from PIL import Image, ImageDraw, ImageOps

from stories.demo.drawing import (
    BLACK,
    HAIR,
    SKIN,
    WHITE,
    Colour,
    clothes,
    figure,
    jitter,
    mix,
    mountains,
    sky,
)
from stories.demo.interiors import computer, office, product, workshop

FLAGS: tuple[Colour, ...] = ((200, 50, 50), (40, 80, 170), (240, 200, 60), (60, 150, 90), WHITE)


def factory(img: Image.Image, decade: int, rng: random.Random) -> None:
    """Sawtooth-roofed halls, brick walls and chimneys against the sky."""
    w, h = img.size
    ground = h * 0.74
    sky(img, ground, decade)
    draw = ImageDraw.Draw(img)
    if decade >= 1970:  # the Grenoble plant sits among mountains
        mountains(draw, w, ground - h * 0.18, h * 0.25, (150, 160, 180), rng, snow=True)
    draw.rectangle((0, ground, w, h), fill=(110, 105, 95))
    brick = jitter((150, 85, 65) if decade < 1990 else (205, 200, 190), rng)
    left, right, top = w * 0.06, w * 0.94, h * 0.47
    for _ in range(rng.randint(1, 3)):
        _chimney(
            draw,
            rng.uniform(left + w * 0.07, right - w * 0.07),
            top,
            img.size,
            brick,
            rng,
            smoke=decade < 1980,
        )
    teeth = rng.randint(6, 10)
    step = (right - left) / teeth
    for i in range(teeth):
        x = left + i * step
        draw.polygon(
            [(x, top), (x, top - step * 0.7), (x + step, top)], fill=mix(brick, BLACK, 0.5)
        )
        draw.rectangle(
            (x + step * 0.02, top - step * 0.62, x + step * 0.12, top), fill=(215, 225, 230)
        )
    draw.rectangle((left, top, right, ground), fill=brick)
    pane_h = (ground - top) * 0.26
    for row in (0.18, 0.6):
        for i in range(teeth * 2):
            x, y = left + (i + 0.25) * step / 2, top + (ground - top) * row
            draw.rectangle((x, y, x + step * 0.25, y + pane_h), fill=(60, 70, 80))
    draw.rectangle((w * 0.45, ground - h * 0.12, w * 0.55, ground), fill=(50, 45, 40))


def _chimney(
    draw: ImageDraw.ImageDraw,
    x: float,
    base: float,
    size: tuple[int, int],
    brick: Colour,
    rng: random.Random,
    smoke: bool,
) -> None:
    w, h = size
    top = h * rng.uniform(0.08, 0.2)
    draw.rectangle((x - w * 0.018, top, x + w * 0.018, base), fill=mix(brick, BLACK, 0.2))
    for k in range(5 if smoke else 0):  # puffs grow and drift with the wind
        r = w * (0.02 + k * 0.012)
        sx, sy = x + k * w * 0.035, top - r - k * h * 0.025
        draw.ellipse((sx - r, sy - r * 0.7, sx + r, sy + r * 0.7), fill=(200, 200, 200))


def team(img: Image.Image, decade: int, rng: random.Random) -> None:
    """A group photo: one row standing, one row seated on a bench, in front of a wall."""
    w, h = img.size
    draw = ImageDraw.Draw(img)
    wall = (170, 120, 95) if decade < 1990 else (215, 215, 210)
    draw.rectangle((0, 0, w, h * 0.72), fill=wall)
    for row in range(0, int(h * 0.72), max(6, h // 40)):
        draw.line([(0, row), (w, row)], fill=mix(wall, BLACK, 0.12), width=1)
    draw.rectangle((0, h * 0.72, w, h), fill=(115, 110, 100))
    back, front = rng.randint(5, 8), rng.randint(4, 7)
    for i in range(back):
        figure(draw, w * (i + 0.5) / back, h * 0.8, h * 0.62, decade, rng)
    draw.rectangle((w * 0.03, h * 0.8, w * 0.97, h * 0.84), fill=(90, 65, 45))  # the bench
    for i in range(front):
        figure(draw, w * (i + 0.5) / front, h * 0.98, h * 0.52, decade, rng, seated=True)


def portrait(img: Image.Image, decade: int, rng: random.Random) -> None:
    """Head and shoulders against a studio backdrop lit from behind."""
    w, h = img.size
    backdrop = jitter((150, 140, 130) if decade < 1990 else (120, 150, 175), rng, 20)
    glow = Image.radial_gradient("L").resize((w, h))  # 0 in the centre, 255 towards the edges
    img.paste(ImageOps.colorize(glow, mix(backdrop, WHITE, 0.3), mix(backdrop, BLACK, 0.5)))
    draw = ImageDraw.Draw(img)
    cx, cy, r = w / 2 + rng.uniform(-0.04, 0.04) * w, h * 0.4, min(w, h) * 0.15
    skin, hair = rng.choice(SKIN), rng.choice(HAIR)
    draw.ellipse((cx - r * 3, h * 0.66, cx + r * 3, h * 1.5), fill=clothes(decade, rng))
    draw.rectangle((cx - r * 0.45, cy + r * 0.6, cx + r * 0.45, h * 0.72), fill=skin)
    draw.polygon([(cx - r * 0.6, h * 0.68), (cx + r * 0.6, h * 0.68), (cx, h * 0.8)], fill=WHITE)
    if rng.random() < 0.5:  # long hair falls behind the face
        draw.rounded_rectangle((cx - r * 1.15, cy - r * 1.1, cx + r * 1.15, cy + r * 1.6), r, hair)
    draw.ellipse((cx - r * 0.85, cy - r, cx + r * 0.85, cy + r * 1.05), fill=skin)
    draw.chord((cx - r * 0.95, cy - r * 1.2, cx + r * 0.95, cy + r * 0.4), 180, 360, fill=hair)


def street(img: Image.Image, decade: int, rng: random.Random) -> None:
    """A row of facades, a pavement and a street lamp; a tram before 1950, a car afterwards."""
    w, h = img.size
    sky(img, h * 0.5, decade)
    draw = ImageDraw.Draw(img)
    x = 0.0
    while x < w:
        width = w * rng.uniform(0.14, 0.24)
        _facade(draw, x, width, h * rng.uniform(0.08, 0.3), h, rng)
        x += width
    draw.rectangle((0, h * 0.7, w, h * 0.76), fill=(160, 155, 150))
    draw.rectangle((0, h * 0.76, w, h), fill=(90, 90, 92))
    draw.line(
        [(w * 0.12, h * 0.28), (w * 0.12, h * 0.74)], fill=(40, 40, 40), width=max(2, w // 200)
    )
    if decade < 1950:
        _tram(draw, w, h, rng)
    else:
        _car(draw, w * rng.uniform(0.3, 0.55), h * 0.9, w * 0.3, decade, rng)


def _facade(
    draw: ImageDraw.ImageDraw, x: float, width: float, top: float, h: int, rng: random.Random
) -> None:
    wall = jitter(rng.choice(((200, 185, 160), (180, 150, 120), (215, 205, 190))), rng)
    draw.rectangle((x, top, x + width, h * 0.7), fill=wall)
    for wy in range(int(top + h * 0.05), int(h * 0.55), max(8, int(h * 0.08))):
        for wx in range(int(x + width * 0.12), int(x + width * 0.85), max(6, int(width * 0.25))):
            draw.rectangle((wx, wy, wx + width * 0.12, wy + h * 0.045), fill=(70, 75, 85))
    draw.rectangle((x + width * 0.1, h * 0.6, x + width * 0.9, h * 0.7), fill=mix(wall, BLACK, 0.4))


def _tram(draw: ImageDraw.ImageDraw, w: int, h: int, rng: random.Random) -> None:
    left, right, top, bottom = w * 0.25, w * 0.8, h * 0.52, h * 0.88
    draw.line([(0, h * 0.42), (w, h * 0.42)], fill=(30, 30, 30), width=2)  # overhead wire
    draw.line([(w * 0.5, top), (w * 0.58, h * 0.42)], fill=(30, 30, 30), width=3)
    draw.rounded_rectangle((left, top, right, bottom), h * 0.03, jitter((150, 60, 45), rng))
    for i in range(6):
        wx = left + (right - left) * (0.05 + i * 0.155)
        draw.rectangle((wx, top + h * 0.05, wx + (right - left) * 0.12, top + h * 0.16), WHITE)
    r = h * 0.035
    for wx in (left + w * 0.08, right - w * 0.08):
        draw.ellipse((wx - r, bottom - r, wx + r, bottom + r), fill=(20, 20, 20))


def _car(
    draw: ImageDraw.ImageDraw,
    x: float,
    ground: float,
    length: float,
    decade: int,
    rng: random.Random,
) -> None:
    paint = jitter(rng.choice(((40, 60, 110), (170, 40, 40), (220, 215, 200), (60, 110, 80))), rng)
    tall = length * (0.28 if decade < 1980 else 0.24)  # cars got lower
    draw.rounded_rectangle(
        (x, ground - tall * 0.75, x + length, ground - tall * 0.15), tall / 4, paint
    )
    cabin = (x + length * 0.22, ground - tall * 1.2, x + length * 0.72, ground - tall * 0.6)
    draw.rounded_rectangle(cabin, tall * 0.2, paint)
    glass = (x + length * 0.27, ground - tall * 1.1, x + length * 0.67, ground - tall * 0.7)
    draw.rectangle(glass, fill=(190, 205, 215))
    r = tall * 0.22
    for wx in (x + length * 0.2, x + length * 0.8):
        draw.ellipse((wx - r, ground - tall * 0.4, wx + r, ground + tall * 0.04), fill=(20, 20, 20))


def celebration(img: Image.Image, decade: int, rng: random.Random) -> None:
    """Bunting over a courtyard, people standing behind a long table laid with a white cloth."""
    w, h = img.size
    draw = ImageDraw.Draw(img)
    draw.rectangle((0, 0, w, h * 0.7), fill=(205, 195, 175) if decade < 1990 else (200, 215, 230))
    draw.rectangle((0, h * 0.7, w, h), fill=(125, 115, 100))
    for k in range(rng.randint(2, 4)):
        _bunting(draw, w, h * (0.06 + k * 0.09), h * rng.uniform(0.05, 0.12), h * 0.06, k)
    for _ in range(rng.randint(7, 11)):
        x, feet = w * rng.uniform(0.04, 0.96), h * rng.uniform(0.8, 0.86)
        figure(draw, x, feet, h * 0.55, decade, rng)
    draw.rectangle((w * 0.1, h * 0.78, w * 0.9, h * 0.84), fill=(245, 245, 240))
    draw.rectangle((w * 0.1, h * 0.84, w * 0.9, h * 0.95), fill=(230, 230, 225))
    for i in range(12):  # bottles of red and green glass
        gx = w * (0.14 + i * 0.065)
        bottle = (110, 60, 60) if i % 3 else (40, 80, 50)
        draw.rectangle((gx, h * 0.75, gx + w * 0.012, h * 0.785), fill=bottle)


def _bunting(
    draw: ImageDraw.ImageDraw, w: int, y: float, sag: float, flag: float, offset: int
) -> None:
    """A string of triangular flags hanging in a parabola from one side to the other."""

    def rope(t: float) -> float:
        return y + sag * 4 * t * (1 - t)

    for i in range(18):
        t0, t1 = i / 18, (i + 0.8) / 18
        tip = ((t0 + t1) * w / 2, (rope(t0) + rope(t1)) / 2 + flag)
        draw.polygon([(t0 * w, rope(t0)), (t1 * w, rope(t1)), tip], fill=FLAGS[(i + offset) % 5])
    draw.line([(w * i / 40, rope(i / 40)) for i in range(41)], fill=(60, 60, 60), width=2)


def landscape(img: Image.Image, decade: int, rng: random.Random) -> None:
    """The Alps: snowy peaks, a nearer range, rounded foothills and fir trees."""
    w, h = img.size
    sky(img, h * 0.7, decade)
    draw = ImageDraw.Draw(img)
    mountains(draw, w, h * 0.62, h * 0.42, (150, 160, 185), rng, snow=True)
    mountains(draw, w, h * 0.72, h * 0.22, (95, 115, 105), rng, snow=False)
    for k in range(3):  # nearer hills are darker
        colour = mix((110, 140, 90), (50, 75, 45), k / 2)
        for _ in range(4):
            hx, hw = rng.uniform(-0.2, 1.0) * w, rng.uniform(0.3, 0.6) * w
            draw.ellipse((hx, h * (0.7 + k * 0.08), hx + hw, h * (1.1 + k * 0.08)), fill=colour)
    for _ in range(rng.randint(6, 14)):
        tx, ty, th = rng.uniform(0, w), rng.uniform(h * 0.78, h * 0.95), h * rng.uniform(0.05, 0.1)
        draw.polygon([(tx, ty - th), (tx - th * 0.3, ty), (tx + th * 0.3, ty)], fill=(35, 60, 40))


SCENE_DRAWERS: dict[str, Callable[[Image.Image, int, random.Random], None]] = {
    "factory": factory,
    "workshop": workshop,
    "office": office,
    "computer": computer,
    "team": team,
    "portrait": portrait,
    "street": street,
    "product": product,
    "celebration": celebration,
    "landscape": landscape,
}
SCENES: tuple[str, ...] = tuple(SCENE_DRAWERS)
