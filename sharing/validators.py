"""Validators for the campaign settings: what the social networks and the card renderer accept.

They run in the Wagtail settings form, so an editor's mistake is reported on the field rather than
surfacing later as a card that cannot be drawn or a hashtag the networks do not link.
"""

import re

from django.core.validators import RegexValidator
from django.utils.translation import gettext_lazy as _

# "#" then letters, digits or underscores (any script: #Centenaire100, #Élan, #百年), with at least
# one letter or underscore: X and LinkedIn do not link a hashtag made of digits only.
HASHTAG_PATTERN = re.compile(r"^#(?=\w*[^\W\d])\w+$")
HASHTAG_MAX_LENGTH = 60

# X handles: 1 to 15 ASCII letters, digits or underscores.
X_HANDLE_PATTERN = re.compile(r"^@[A-Za-z0-9_]{1,15}$")

HEX_COLOUR_PATTERN = re.compile(r"^#[0-9A-Fa-f]{6}$")

validate_hashtag = RegexValidator(
    HASHTAG_PATTERN,
    _("A hashtag is “#” followed by letters, digits or underscores (no spaces), not digits only."),
    code="invalid_hashtag",
)

validate_x_handle = RegexValidator(
    X_HANDLE_PATTERN,
    _("An X handle is “@” followed by up to 15 letters, digits or underscores."),
    code="invalid_x_handle",
)

validate_hex_colour = RegexValidator(
    HEX_COLOUR_PATTERN,
    _("Give the colour as “#” and six hexadecimal digits, such as #1b2a4a."),
    code="invalid_colour",
)


def hex_to_rgb(colour: str) -> tuple[int, int, int]:
    """ "#1b2a4a" -> (27, 42, 74)."""
    if not HEX_COLOUR_PATTERN.match(colour):
        raise ValueError(f"Not a #rrggbb colour: {colour!r}")
    return int(colour[1:3], 16), int(colour[3:5], 16), int(colour[5:7], 16)
