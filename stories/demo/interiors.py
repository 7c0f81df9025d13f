"""Indoor scenes of the demo pictures: workshops, offices, computer rooms and products.

Like every scene drawer, each function paints a whole canvas in place from its size, the
story's decade (a typewriter or a screen, tape reels or server racks) and a seeded generator.
"""

import random

from PIL import Image, ImageDraw

from stories.demo.drawing import BLACK, WHITE, Room, figure, gradient, jitter, mix


def workshop(img: Image.Image, decade: int, rng: random.Random) -> None:
    """Rows of machine tools under a glass roof; line shafts and belts before electric drives."""
    room, draw = Room(img.size, far=0.28, horizon=0.42), ImageDraw.Draw(img)
    room.shell(draw, (170, 165, 155), (95, 90, 85), (80, 80, 85))
    for i in range(9):  # glass panes between iron bars, receding to the back wall
        t0, t1 = 0.28 + i * 0.08, 0.348 + i * 0.08
        pane = [
            room.at(-0.7, t0, 1),
            room.at(0.7, t0, 1),
            room.at(0.7, t1, 1),
            room.at(-0.7, t1, 1),
        ]
        draw.polygon(pane, fill=(235, 238, 240))
    if decade < 1950:
        for u in (-0.55, 0.55):
            draw.line([room.at(u, 0.28, 0.85), room.at(u, 1.0, 0.85)], fill=(40, 40, 40), width=4)
    for t in (0.34, 0.45, 0.58, 0.72, 0.88):
        for u in (-0.55, 0.55):
            _machine(draw, room, u, t, decade, rng)
        if rng.random() < 0.7:
            x, y = room.at(rng.choice((-0.25, 0.25)), t)
            figure(draw, x, y, room.scale(t) * 0.85, decade, rng)


def _machine(
    draw: ImageDraw.ImageDraw, room: Room, u: float, t: float, decade: int, rng: random.Random
) -> None:
    """A lathe on its cabinet: bed, headstock and chuck, tailstock; belt-driven before 1950."""
    x, y = room.at(u, t)
    s = room.scale(t)
    body = jitter((70, 85, 80) if decade < 1970 else (90, 120, 110), rng, 8)
    dark = mix(body, BLACK, 0.35)
    draw.rectangle((x - s * 0.42, y - s * 0.38, x + s * 0.42, y), fill=body)  # the cabinet
    draw.rectangle((x - s * 0.4, y - s * 0.46, x + s * 0.4, y - s * 0.38), fill=dark)  # the bed
    draw.rectangle((x - s * 0.4, y - s * 0.74, x - s * 0.14, y - s * 0.46), fill=body)
    draw.ellipse((x - s * 0.15, y - s * 0.68, x - s * 0.03, y - s * 0.52), fill=dark)  # chuck
    draw.rectangle((x + s * 0.2, y - s * 0.62, x + s * 0.34, y - s * 0.46), fill=body)
    draw.rectangle((x - s * 0.3, y - s * 0.3, x - s * 0.1, y - s * 0.16), fill=dark)  # a door
    if decade < 1950:  # a pulley on the headstock, its belt climbing to the line shaft
        pulley = (x - s * 0.34, y - s * 0.86, x - s * 0.22, y - s * 0.74)
        draw.ellipse(pulley, outline=(30, 30, 30), width=max(1, int(s * 0.03)))
        shaft_y = room.at(u, t, 0.85)[1]
        draw.line(
            [(x - s * 0.28, y - s * 0.86), (x - s * 0.28, shaft_y)], fill=(50, 45, 40), width=2
        )


def office(img: Image.Image, decade: int, rng: random.Random) -> None:
    """Desks in rows in front of tall windows; typewriters, then terminals, then flat screens."""
    room, draw = Room(img.size, far=0.35, horizon=0.4), ImageDraw.Draw(img)
    wall = (205, 195, 175) if decade < 1990 else (232, 232, 228)
    floor = (120, 100, 85) if decade < 1990 else (150, 150, 155)
    room.shell(draw, wall, floor, (230, 228, 222))
    (x0, y0), (x1, y1) = room.at(-1, 0.35, 0.85), room.at(1, 0.35, 0.2)
    panes = rng.randint(3, 5)
    pane_w = (x1 - x0) / panes
    for i in range(panes):  # the windows are the brightest thing in the room
        wx = x0 + pane_w * (i + 0.15)
        draw.rectangle((wx, y0, wx + pane_w * 0.7, y1), fill=(240, 244, 246))
        draw.line([(wx + pane_w * 0.35, y0), (wx + pane_w * 0.35, y1)], fill=wall, width=3)
    for t in (0.5, 0.66, 0.84):
        for u in (-0.62, -0.21, 0.21, 0.62):
            _desk(draw, room, u, t, decade, rng)


def _desk(
    draw: ImageDraw.ImageDraw, room: Room, u: float, t: float, decade: int, rng: random.Random
) -> None:
    x, y = room.at(u, t)
    s = room.scale(t) * 0.9
    if rng.random() < 0.8:
        figure(draw, x - s * 0.08, y - s * 0.42, s * 0.75, decade, rng, seated=True, legs=False)
    wood = (130, 95, 60) if decade < 1990 else (215, 215, 210)
    draw.rectangle((x - s * 0.36, y - s * 0.5, x + s * 0.36, y - s * 0.42), fill=wood)
    draw.rectangle((x - s * 0.33, y - s * 0.42, x + s * 0.33, y), fill=mix(wood, BLACK, 0.25))
    if decade < 1980:  # a typewriter
        draw.rectangle((x + s * 0.08, y - s * 0.6, x + s * 0.32, y - s * 0.5), fill=(35, 35, 35))
    elif decade < 2000:  # a beige terminal
        draw.rectangle(
            (x + s * 0.06, y - s * 0.82, x + s * 0.34, y - s * 0.5), fill=(200, 190, 165)
        )
        draw.rectangle((x + s * 0.1, y - s * 0.78, x + s * 0.3, y - s * 0.58), fill=(30, 60, 40))
    else:  # a flat screen on its foot
        draw.rectangle((x + s * 0.02, y - s * 0.85, x + s * 0.35, y - s * 0.6), fill=(25, 25, 30))
        draw.rectangle(
            (x + s * 0.04, y - s * 0.83, x + s * 0.33, y - s * 0.62), fill=(90, 140, 200)
        )
        draw.rectangle((x + s * 0.17, y - s * 0.6, x + s * 0.2, y - s * 0.5), fill=(60, 60, 60))


def computer(img: Image.Image, decade: int, rng: random.Random) -> None:
    """Tabulators, then tape cabinets and a console, terminals, server racks, a flat screen."""
    if decade >= 2010:
        _screen_on_desk(img, rng)
        return
    room, draw = Room(img.size, far=0.3, horizon=0.42), ImageDraw.Draw(img)
    room.shell(draw, (215, 212, 205), (150, 150, 150), (225, 225, 225))
    if 1970 <= decade < 2000:
        for t in (0.55, 0.75, 0.95):
            for u in (-0.6, 0.0, 0.6):
                x, y = room.at(u, t)
                terminal(draw, x, y, room.scale(t), rng)
        return
    for t in (0.32, 0.45, 0.6, 0.78):
        for u in (-0.7, 0.7):
            _cabinet(draw, room, u, t, decade, rng)
    if decade >= 2000:  # a server room has no operator at a console
        return
    x, y = room.at(0, 0.7)
    s = room.scale(0.7)
    draw.rectangle((x - s * 0.6, y - s * 0.35, x + s * 0.6, y), fill=(120, 125, 130))
    lamps = ((250, 240, 200), (240, 90, 70), (120, 230, 120), (60, 60, 60))
    for _ in range(40):
        lx, ly = rng.uniform(x - s * 0.55, x + s * 0.55), rng.uniform(y - s * 0.32, y - s * 0.05)
        draw.ellipse((lx - 3, ly - 3, lx + 3, ly + 3), fill=rng.choice(lamps))
    figure(draw, x + s * 0.2, y + s * 0.2, s * 1.4, decade, rng)


def _cabinet(
    draw: ImageDraw.ImageDraw, room: Room, u: float, t: float, decade: int, rng: random.Random
) -> None:
    x, y = room.at(u, t)
    s = room.scale(t) * 1.1
    dark = decade >= 2000
    draw.rectangle(
        (x - s * 0.25, y - s * 1.1, x + s * 0.25, y),
        fill=jitter((45, 45, 50) if dark else (175, 175, 170), rng, 6),
    )
    if dark:  # a server rack: shelves of machines with status lights
        for i in range(12):
            sy = y - s * 1.05 + i * s * 0.085
            draw.line([(x - s * 0.22, sy), (x + s * 0.22, sy)], fill=(80, 80, 90), width=1)
            colour = rng.choice(((80, 230, 120), (90, 160, 250), (250, 180, 60)))
            draw.ellipse((x + s * 0.15, sy + 2, x + s * 0.15 + 4, sy + 6), fill=colour)
    elif decade < 1960:  # a tabulator's plugboard
        for i in range(20):
            px, py = x - s * 0.18 + (i % 4) * s * 0.12, y - s * 0.95 + (i // 4) * s * 0.1
            draw.ellipse((px - 2, py - 2, px + 2, py + 2), fill=(30, 30, 30))
    else:  # two tape reels
        for k in (0, 1):
            cy, r = y - s * 0.85 + k * s * 0.35, s * 0.12
            draw.ellipse((x - r, cy - r, x + r, cy + r), fill=(40, 40, 45))
            draw.ellipse((x - r / 3, cy - r / 3, x + r / 3, cy + r / 3), fill=(200, 200, 200))


def terminal(draw: ImageDraw.ImageDraw, x: float, y: float, s: float, rng: random.Random) -> None:
    """A CRT terminal with green text on a small desk, ``s`` pixels tall, standing at (x, y)."""
    draw.rectangle((x - s * 0.45, y - s * 0.45, x + s * 0.45, y), fill=(140, 110, 80))
    draw.rectangle((x - s * 0.28, y - s, x + s * 0.28, y - s * 0.55), fill=(205, 195, 170))
    draw.rectangle((x - s * 0.22, y - s * 0.94, x + s * 0.22, y - s * 0.62), fill=(15, 35, 20))
    for i in range(6):
        ly = y - s * 0.9 + i * s * 0.045
        end = x - s * 0.19 + s * rng.uniform(0.1, 0.36)
        draw.line([(x - s * 0.19, ly), (end, ly)], fill=(90, 230, 120), width=max(1, int(s / 60)))
    draw.rectangle((x - s * 0.3, y - s * 0.52, x + s * 0.3, y - s * 0.45), fill=(190, 180, 160))


def _screen_on_desk(img: Image.Image, rng: random.Random) -> None:
    """Since the 2010s the computer is a wide screen full of windows, not a machine room."""
    w, h = img.size
    img.paste(gradient((w, h), (225, 228, 232), (190, 195, 200)), (0, 0))
    draw = ImageDraw.Draw(img)
    draw.rectangle((w * 0.62, h * 0.08, w * 0.95, h * 0.55), fill=(245, 248, 250))
    draw.rectangle((0, h * 0.72, w, h), fill=(170, 140, 110))
    draw.rectangle((w * 0.12, h * 0.18, w * 0.78, h * 0.64), fill=(25, 25, 30))
    left, top, tile_w, tile_h = w * 0.14, h * 0.21, w * 0.62, h * 0.4
    cols, rows = rng.randint(2, 4), rng.randint(2, 3)
    tints = ((70, 120, 190), (235, 235, 240), (80, 160, 120), (220, 140, 60))
    for i in range(cols * rows):
        tx, ty = left + tile_w * (i % cols) / cols, top + tile_h * (i // cols) / rows
        gap = w * 0.004  # a thin frame between windows, whatever the picture size
        box = (tx + gap, ty + gap, tx + tile_w / cols - gap, ty + tile_h / rows - gap)
        draw.rectangle(box, fill=jitter(rng.choice(tints), rng))
    draw.rectangle((w * 0.42, h * 0.64, w * 0.48, h * 0.73), fill=(60, 60, 65))
    draw.rectangle((w * 0.3, h * 0.76, w * 0.66, h * 0.82), fill=(220, 220, 225))


def product(img: Image.Image, decade: int, rng: random.Random) -> None:
    """The maison's object of the period on a table: calculator, cash register, terminal, laptop."""
    w, h = img.size
    img.paste(gradient((w, max(1, int(h * 0.62))), (120, 115, 110), (200, 195, 185)), (0, 0))
    draw = ImageDraw.Draw(img)
    draw.polygon([(0, h), (w, h), (w * 0.88, h * 0.62), (w * 0.12, h * 0.62)], fill=(140, 100, 70))
    cx, base = w / 2, h * 0.84
    draw.ellipse((cx - w * 0.3, base - h * 0.04, cx + w * 0.3, base + h * 0.05), fill=(95, 70, 50))
    if decade < 1930:
        _calculator(draw, cx, base, w * 0.42)
    elif decade < 1960:
        _cash_register(draw, cx, base, w * 0.36, rng)
    elif decade < 1990:
        terminal(draw, cx, base, h * 0.7, rng)
    else:
        _laptop(draw, cx, base, w * 0.5, rng)


def _calculator(draw: ImageDraw.ImageDraw, cx: float, base: float, size: float) -> None:
    draw.rectangle((cx - size / 2, base - size * 0.45, cx + size / 2, base), fill=(40, 40, 45))
    key = max(2.0, size / 70)
    for i in range(50):  # ten columns of round keys: the face of a key-driven calculator
        kx, ky = (
            cx - size * 0.42 + (i % 10) * size * 0.075,
            base - size * 0.38 + (i // 10) * size * 0.07,
        )
        draw.ellipse((kx - key, ky - key, kx + key, ky + key), fill=(230, 225, 210))
    draw.rectangle(
        (cx - size * 0.42, base - size * 0.44, cx + size * 0.3, base - size * 0.4),
        fill=(220, 210, 180),
    )
    hx, hy, hub = cx + size / 2, base - size * 0.25, size * 0.06
    draw.ellipse((hx - hub, hy - hub, hx + hub, hy + hub), fill=(60, 60, 60))  # the crank
    draw.line([(hx, hy), (hx + size * 0.1, hy - size * 0.15)], fill=(60, 60, 60), width=5)


def _cash_register(
    draw: ImageDraw.ImageDraw, cx: float, base: float, size: float, rng: random.Random
) -> None:
    metal = jitter((170, 150, 110), rng, 8)
    draw.rectangle(
        (cx - size / 2, base - size * 0.2, cx + size / 2, base), fill=mix(metal, BLACK, 0.3)
    )
    slope = [
        (cx - size / 2, base - size * 0.2),
        (cx + size / 2, base - size * 0.2),
        (cx + size * 0.4, base - size * 0.7),
        (cx - size * 0.4, base - size * 0.7),
    ]
    draw.polygon(slope, fill=metal)
    key = max(2.0, size / 50)
    for i in range(32):
        row = i // 8
        kx = cx - size * 0.35 + (i % 8) * size * 0.1 + row * size * 0.01
        ky = base - size * 0.28 - row * size * 0.1
        draw.ellipse((kx - key, ky - key, kx + key, ky + key), fill=(240, 235, 220))
    draw.rectangle((cx - size * 0.2, base - size * 0.95, cx + size * 0.2, base - size * 0.7), metal)
    draw.rectangle(
        (cx - size * 0.15, base - size * 0.9, cx + size * 0.15, base - size * 0.78), WHITE
    )


def _laptop(
    draw: ImageDraw.ImageDraw, cx: float, base: float, size: float, rng: random.Random
) -> None:
    deck = [
        (cx - size / 2, base),
        (cx + size / 2, base),
        (cx + size * 0.42, base - size * 0.12),
        (cx - size * 0.42, base - size * 0.12),
    ]
    draw.polygon(deck, fill=(185, 188, 192))
    draw.rectangle(
        (cx - size * 0.4, base - size * 0.68, cx + size * 0.4, base - size * 0.12),
        fill=(35, 35, 40),
    )
    draw.rectangle(
        (cx - size * 0.37, base - size * 0.65, cx + size * 0.37, base - size * 0.15),
        fill=jitter((80, 140, 210), rng, 20),
    )
