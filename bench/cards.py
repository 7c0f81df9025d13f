"""`python bench/cards.py [--json OUTPUT.json]`: how long a share card takes to render, format by
format, as a ratio to a plain Pillow JPEG encode of a picture of the same size in the same run.

For each format and each photo (the demo's 1200×800 and a 12-megapixel one, as phones send), the
median CPU time (time.process_time: the machine is shared, and wall time there measures the
neighbours) of 20 runs after a warm-up one, the five measures taking turns, in one process:
- render: what `render_card` does after its campaign look-up: `card_content` (read the photo file
  from storage, decode it at the scale the format needs, read the focal point) + `draw_card` + JPEG
  encoding. The story, contributor and photo are unsaved model instances, so no database is needed
  and the figures hold no query time (a card's look-ups are a few primary-key SELECTs);
- read: `card_content` alone (for a photo, mostly its JPEG decode);
- draw: `draw_card` alone (crop, gradient, text fitting and drawing, logo);
- glyphs: FreeType rasterising the card's lines (`line_mask` on each line the card shows), which
  `draw_card` does once per line;
- encode (the denominator): `Image.save(..., "JPEG")` of the finished card, with the same options
  `render_card` uses.
A card without a photo (brand background) is measured too. Ratio = render ÷ encode. Floor =
(read + glyphs + encode) ÷ encode: what decoding the photo, rasterising the text and encoding
cost with Pillow, which no change to the card code removes without changing what the card shows.
"""

import argparse
import io
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

import django

REPEAT = 20
CARD_QUOTE = (
    "On apprenait tout sur le tas : les machines, les gestes et le bruit. Le premier jour, le chef "
    "d'atelier m'a dit \"regarde et tais-toi\", et j'ai regardé pendant trois mois. Quelle école !"
)


def cpu_ms(action) -> float:
    started = time.process_time()
    action()
    return (time.process_time() - started) * 1000


def interleaved_medians(actions: dict) -> dict[str, float]:
    """The median CPU time of each action over REPEAT rounds, the actions taking turns in each
    round after a warm-up one, so that all see the same state of a shared machine."""
    for action in actions.values():
        action()  # warm-up: fonts, per-character widths, gradient masks
    runs: dict[str, list[float]] = {name: [] for name in actions}
    for _ in range(REPEAT):
        for name, action in actions.items():
            runs[name].append(cpu_ms(action))
    return {name: statistics.median(times) for name, times in runs.items()}


def unsaved_story(photo_path: Path | None):
    """A story with a contributor, a locale and a photo, none of them saved."""
    from django.core.files import File
    from wagtail.images import get_image_model
    from wagtail.models import Locale

    from stories.models import Contributor, Relation, StoryPage

    story = StoryPage(title="Banc d'essai", teaser="Un souvenir.", pull_quote=CARD_QUOTE)
    story.decade = 1960
    story.locale = Locale(language_code="fr")
    story.contributor = Contributor(name="Camille Martin", relation=Relation.ALUMNUS)
    if photo_path is not None:
        from PIL import Image

        with Image.open(photo_path) as picture:
            width, height = picture.size
        image = get_image_model()(title="Banc d'essai", width=width, height=height)
        image.file = File(photo_path.open("rb"), name=str(photo_path))
        image.focal_point_x, image.focal_point_y = width * 2 // 3, height // 3
        image.focal_point_width = image.focal_point_height = min(width, height) // 5
        story.image = image
    return story


def measure(story, card_format) -> dict:
    from sharing.card_layout import layout_card
    from sharing.card_text import line_mask
    from sharing.cards import card_content, draw_card, encode_jpeg
    from sharing.models import CampaignSettings

    campaign = CampaignSettings()

    def render() -> bytes:
        return encode_jpeg(draw_card(card_content(story, campaign, cover=card_format), card_format))

    content = card_content(story, campaign, cover=card_format)
    card = draw_card(content, card_format)
    texts = layout_card(content, card_format).texts
    encode_options = {"quality": 88}

    def rasterise_glyphs() -> None:
        for text in texts:
            for line in text.lines:
                line_mask(text.font, line.text)

    def plain_encode() -> None:
        card.save(io.BytesIO(), "JPEG", **encode_options)

    medians = interleaved_medians(
        {
            "render_ms": render,
            "read_ms": lambda: card_content(story, campaign, cover=card_format),
            "draw_ms": lambda: draw_card(content, card_format),
            "glyphs_ms": rasterise_glyphs,
            "encode_ms": plain_encode,
        }
    )
    floor = medians["read_ms"] + medians["glyphs_ms"] + medians["encode_ms"]
    return {
        **medians,
        "ratio": medians["render_ms"] / medians["encode_ms"],
        "floor_ratio": floor / medians["encode_ms"],
        "bytes": len(render()),
    }


def demo_photos(folder: Path) -> dict[str, Path]:
    from stories.demo.images import render_archival_photo

    photos = {}
    for label, size in (("photo 1200×800", (1200, 800)), ("photo 4000×3000", (4000, 3000))):
        path = folder / f"{size[0]}x{size[1]}.jpg"
        path.write_bytes(render_archival_photo("workshop", 1960, 7, size))
        photos[label] = path
    return photos


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--json", help="also write the figures to this JSON file")
    args = parser.parse_args()
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "centenary.settings")
    django.setup()
    from sharing.card_text import layout_engine
    from sharing.cards import CardFormat

    print(f"Pillow layout engine: {layout_engine().name}; median CPU ms of {REPEAT} runs")
    print("| card | format | render | read | draw | glyphs | encode | ratio | floor | JPEG bytes |")
    print("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    results = []
    with tempfile.TemporaryDirectory() as folder:
        sources = {"no photo": None, **demo_photos(Path(folder))}
        for label, photo_path in sources.items():
            story = unsaved_story(photo_path)
            for card_format in CardFormat:
                figures = {
                    "card": label,
                    "format": card_format.value,
                    **measure(story, card_format),
                }
                results.append(figures)
                print(
                    f"| {label} | {card_format.value} | {figures['render_ms']:.1f}"
                    f" | {figures['read_ms']:.1f} | {figures['draw_ms']:.1f}"
                    f" | {figures['glyphs_ms']:.1f} | {figures['encode_ms']:.1f}"
                    f" | {figures['ratio']:.2f} | {figures['floor_ratio']:.2f}"
                    f" | {figures['bytes']:,} |"
                )
            if story.image is not None:
                story.image.file.close()
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
