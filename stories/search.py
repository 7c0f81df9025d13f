"""Full-text search over stories: cleaning what a visitor typed, and highlighting what matched."""

import re
import unicodedata

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

MAX_QUERY_LENGTH = 200
MIN_TERM_LENGTH = 2
# Control characters (NUL included) break the database's text search and mean nothing to a reader.
CONTROL_CHARACTERS = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def clean_query(raw: str | None) -> str:
    """What we search for: control characters removed, spaces collapsed, at most 200 characters."""
    if not raw:
        return ""
    text = CONTROL_CHARACTERS.sub(" ", raw.replace("\ufffd", " "))
    return " ".join(text.split())[:MAX_QUERY_LENGTH].strip()


def backend_query(query: str) -> str:
    """The words of the query only: punctuation means nothing to a visitor's search, and some
    backends (SQLite's FTS5) read it as syntax."""
    return " ".join(re.findall(r"\w+", query))


def _fold(text: str) -> str:
    """Lower case without accents, one character for each character of the input."""
    folded = []
    for char in text:
        base = unicodedata.normalize("NFD", char)[0]
        folded.append(base.lower() if len(base.lower()) == 1 else char)
    return "".join(folded)


def search_terms(query: str) -> list[str]:
    words = re.findall(r"\w+", _fold(query))
    return sorted({word for word in words if len(word) >= MIN_TERM_LENGTH}, key=len, reverse=True)


def highlight(text: str, query: str) -> SafeString:
    """The text, escaped, with every query word wrapped in <mark> (accents and case ignored)."""
    terms = search_terms(query)
    if not terms or not text:
        return escape(text)
    pattern = re.compile("|".join(re.escape(term) for term in terms))
    pieces, position = [], 0
    for match in pattern.finditer(_fold(text)):
        pieces.append(escape(text[position : match.start()]))
        pieces.append(f"<mark>{escape(text[match.start() : match.end()])}</mark>")
        position = match.end()
    pieces.append(escape(text[position:]))
    return mark_safe("".join(pieces))
