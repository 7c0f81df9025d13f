"""Fuzzy dates: a story is dated by an exact year or by its decade only, either with "circa".

The decade is always known (derived from the year when there is one); these functions turn it into
the labels visitors read ("vers 1965", "années 1960") and the slugs the URLs use ("1960s").
"""

import re

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext as _

DECADE_SLUG = re.compile(r"^(\d{4})s$")


def first_decade() -> int:
    return settings.CENTENARY["FIRST_DECADE"]


def last_decade() -> int:
    return decade_of(timezone.now().year)


def decade_of(year: int) -> int:
    return year // 10 * 10


def century_decades() -> list[int]:
    """Every decade of the timeline, oldest first (1910, 1920, … the current one)."""
    return list(range(first_decade(), last_decade() + 1, 10))


def is_valid_year(year: int) -> bool:
    return first_decade() <= year <= timezone.now().year


def is_valid_decade(decade: int) -> bool:
    return decade % 10 == 0 and first_decade() <= decade <= last_decade()


def decade_slug(decade: int) -> str:
    return f"{decade}s"


def parse_decade_slug(slug: str) -> int | None:
    """ "1960s" -> 1960; anything else, or a decade outside the century, -> None."""
    match = DECADE_SLUG.match(slug)
    if not match:
        return None
    decade = int(match.group(1))
    return decade if is_valid_decade(decade) else None


def parse_decade_param(value: str | None) -> int | None:
    """A `?decade=` value ("1960" or "1960s") -> 1960; anything invalid -> None (filter ignored)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit() and len(value) == 4:
        decade = int(value)
        return decade if is_valid_decade(decade) else None
    return parse_decade_slug(value)


def decade_short_label(decade: int) -> str:
    """The decade under its bar on the timeline: "années 1960", "1960s"."""
    return _("%(decade)ss") % {"decade": decade}


def decade_label(decade: int) -> str:
    return _("the %(decade)ss") % {"decade": decade}


def fuzzy_date_label(year: int | None, decade: int, circa: bool) -> str:
    """The date as a visitor reads it ("1965", "vers 1965", "années 1960")."""
    if year is not None:
        if circa:
            return _("c. %(year)s") % {"year": year}
        return str(year)
    if circa:
        return _("around the %(decade)ss") % {"decade": decade}
    return decade_label(decade)
