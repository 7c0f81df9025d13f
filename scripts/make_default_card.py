"""Draws the site's default share card, ``static/img/share-card.jpg`` (1200×630).

Link previews show it for every page that has no card of its own: the home page, listings,
search, and a story whose card has not been drawn yet (sharing.meta). It is drawn by the same code
as the stories' cards (``sharing.cards.draw_card``), with the campaign's default hashtag and
colours, the company's name and no photo, and committed: pages only ever point at it, and its size
is known without opening it. Run it again after changing the card's design, and commit the file::

    .venv/bin/python scripts/make_default_card.py
"""

import os
import sys
from pathlib import Path

import django

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # run as a file from the project, not as an installed package
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "centenary.settings")
django.setup()  # sharing.cards reads the campaign's model for its defaults

from django.conf import settings  # noqa: E402

from sharing.card_files import DEFAULT_CARD  # noqa: E402
from sharing.cards import CardContent, CardFormat, draw_card, encode_jpeg  # noqa: E402
from sharing.meta import DEFAULT_CARD_QUOTE  # noqa: E402
from sharing.models import DEFAULT_HASHTAG  # noqa: E402


def main() -> None:
    content = CardContent(
        quote=DEFAULT_CARD_QUOTE,  # French: one card for both languages
        language="fr",
        contributor_name=settings.CENTENARY["COMPANY_NAME"],
        hashtag=DEFAULT_HASHTAG,
    )
    card = draw_card(content, CardFormat.LANDSCAPE)
    target = ROOT / "static" / DEFAULT_CARD
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(encode_jpeg(card))
    print(f"{target.relative_to(ROOT)}: {card.width}×{card.height}, {target.stat().st_size} bytes")


if __name__ == "__main__":
    main()
