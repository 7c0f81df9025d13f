"""Drawing primitives shared by the demo scenes: colours, gradients, people, rooms, mountains.

Coordinates are floats in pixels of the canvas being drawn; every helper takes the random
generator it may use, so that a picture depends only on its seed.
"""

import random

from PIL import Image, ImageDraw, ImageOps

Colour = tuple[int, int, int]

BLACK: Colour = (0, 0, 0)
WHITE: Colour = (255, 255, 255)
SKIN: tuple[Colour, ...] = ((241, 204, 170), (224, 172, 128), (198, 134, 90), (141, 85, 54))
HAIR: tuple[Colour, ...] = ((40, 30, 25), (90, 60, 35), (160, 120, 70), (200, 200, 195))

# What people wore, roughly: dark wool before 1950, navy and grey suits, the browns and
# oranges of the 1970s, then anything.
_CLOTHES_BY_PERIOD: tuple[tuple[int, tuple[Colour, ...]], ...] = (
    (1950, ((45, 45, 50), (70, 60, 50), (35, 40, 60), (110, 105, 100))),
    (1970, ((40, 50, 80), (90, 90, 95), (120, 85, 60), (225, 225, 215))),
    (1990, ((200, 110, 40), (120, 70, 40), (200, 160, 50), (40, 110, 110), (130, 40, 50))),
    (9999, ((40, 80, 160), (190, 50, 50), (40, 130, 80), (30, 30, 35), (235, 235, 235))),
)


def mix(a: Colour, b: Colour, t: float) -> Colour:
    """The colour ``t`` of the way from ``a`` to ``b``."""
    return (
        int(a[0] + (b[0] - a[0]) * t),
        int(a[1] + (b[1] - a[1]) * t),
        int(a[2] + (b[2] - a[2]) * t),
    )


def jitter(colour: Colour, rng: random.Random, amount: int = 14) -> Colour:
    """A slightly different shade, so that repeated objects do not look stamped."""
    r, g, b = (max(0, min(255, c + rng.randint(-amount, amount))) for c in colour)
    return (r, g, b)


def gradient(size: tuple[int, int], top: Colour, bottom: Colour) -> Image.Image:
    """A vertical gradient; built from Pillow's 256-pixel ramp, far cheaper than per-row lines."""
    return ImageOps.colorize(Image.linear_gradient("L").resize(size), top, bottom)


def sky(img: Image.Image, horizon: float, decade: int) -> None:
    """Paint the sky down to ``horizon``: bluer in colour decades, paler in old ones."""
    top, bottom = ((120, 160, 210), (230, 232, 235))
    if decade < 1970:
        top, bottom = ((150, 165, 185), (225, 225, 220))
    img.paste(gradient((img.width, max(1, int(horizon))), top, bottom), (0, 0))


def clothes(decade: int, rng: random.Random) -> Colour:
    """A garment colour plausible for the decade."""
    choices = next(c for limit, c in _CLOTHES_BY_PERIOD if decade < limit)
    return jitter(rng.choice(choices), rng, 10)


def figure(
    draw: ImageDraw.ImageDraw,
    x: float,
    feet: float,
    height: float,
    decade: int,
    rng: random.Random,
    seated: bool = False,
    legs: bool = True,
) -> None:
    """A person seen from the front: head, hair, rounded torso and legs.

    ``seated`` figures end at the hips (behind a desk) unless ``legs`` asks for legs bent down
    to ``feet`` (on a bench).
    """
    r = height * 0.085
    head_y = feet - height + r
    body = clothes(decade, rng)
    width = height * rng.uniform(0.24, 0.3)
    hip = feet - height * (0.3 if seated and legs else 0.0 if seated else 0.42)
    draw.rounded_rectangle(
        (x - width / 2, head_y + r * 1.1, x + width / 2, hip), radius=width * 0.3, fill=body
    )
    if legs:
        trousers = mix(body, (30, 30, 35), 0.6)
        draw.rectangle((x - width * 0.42, hip - 2, x - width * 0.04, feet), fill=trousers)
        draw.rectangle((x + width * 0.04, hip - 2, x + width * 0.42, feet), fill=trousers)
    draw.ellipse((x - r, head_y - r, x + r, head_y + r), fill=rng.choice(SKIN))
    draw.chord((x - r, head_y - r * 1.05, x + r, head_y + r * 0.5), 180, 360, fill=rng.choice(HAIR))


class Room:
    """A one-point-perspective box room that maps (lateral, depth, height) to pixels.

    ``u`` runs from -1 (left wall) to 1 (right wall), ``t`` from the back wall (``far``) to the
    picture plane (1), ``z`` from the floor (0) to the ceiling (1).
    """

    def __init__(self, size: tuple[int, int], far: float = 0.3, horizon: float = 0.45) -> None:
        self.w, self.h = size
        self.far = far
        self.vx, self.vy = self.w / 2, self.h * horizon

    def at(self, u: float, t: float, z: float = 0.0) -> tuple[float, float]:
        floor_y = self.vy + (self.h * 1.05 - self.vy) * t
        ceiling_y = self.vy - self.vy * 1.1 * t
        return self.vx + u * self.w * 0.62 * t, floor_y + (ceiling_y - floor_y) * z

    def scale(self, t: float) -> float:
        """The size, in pixels, of a one-unit object standing at depth ``t``."""
        return self.h * 0.5 * t

    def shell(
        self, draw: ImageDraw.ImageDraw, wall: Colour, floor: Colour, ceiling: Colour
    ) -> None:
        """Side walls, floor, ceiling and back wall."""
        back = {(u, z): self.at(u, self.far, z) for u in (-1, 1) for z in (0, 1)}
        near = {(u, z): self.at(u, 1.0, z) for u in (-1, 1) for z in (0, 1)}
        draw.rectangle((0, 0, self.w, self.h), fill=mix(wall, BLACK, 0.15))
        draw.polygon([near[-1, 0], near[1, 0], back[1, 0], back[-1, 0]], fill=floor)
        draw.polygon([near[-1, 1], near[1, 1], back[1, 1], back[-1, 1]], fill=ceiling)
        draw.rectangle((*back[-1, 1], *back[1, 0]), fill=wall)


def mountains(
    draw: ImageDraw.ImageDraw,
    width: int,
    base: float,
    height: float,
    colour: Colour,
    rng: random.Random,
    snow: bool,
) -> None:
    """A jagged range standing on ``base``; snow caps follow the slopes of each peak."""
    points, x = [(0.0, base)], 0.0
    while x < width:
        points.append((x + rng.uniform(20, 60) * width / 600, base - height * rng.uniform(0.45, 1)))
        x += rng.uniform(50, 110) * width / 600
        points.append((x, base - height * rng.uniform(0.1, 0.4)))
    points.append((float(width), base))
    draw.polygon(points, fill=colour)
    if not snow:
        return
    for i in range(1, len(points) - 1, 2):
        (px, py), (lx, ly), (rx, ry) = points[i], points[i - 1], points[i + 1]
        cap = 0.3  # the top 30 % of each slope is under snow
        draw.polygon(
            [
                (px, py),
                (px + (lx - px) * cap, py + (ly - py) * cap),
                (px + (rx - px) * cap, py + (ry - py) * cap),
            ],
            fill=(245, 245, 248),
        )
