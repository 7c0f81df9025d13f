"""Typography for the text drawn on share cards, where a typewriter quote or a space before "!"
shows 60 pixels high and no browser setting can correct it.

French (the source language):
- straight double quotes become « guillemets », straight apostrophes ’;
- a narrow no-break space (U+202F) goes inside the guillemets and before : ; ! ?, replacing any
  space typed there. The Imprimerie nationale's rules would put a word-width no-break space
  (U+00A0) inside guillemets and before the colon; we use the narrow one everywhere because on a
  card the text is set at 40 to 110 pixels, where a word space beside « or : opens a hole that
  detaches the mark from its word, while U+202F keeps it visibly apart yet bound to it; and one
  rule is simpler to apply and to check. Both are no-break spaces, so a line break never leaves a
  « or a ! alone at the start or end of a line. The card's three fonts all have the U+202F glyph.
English: “curly quotes”, ’ apostrophes, and no space before : ; ! ? (a French habit often carried
into English text).

Quotation marks inside the quote are second-level marks: “ ” in French, ‘ ’ in English.
Every function is pure: text in, text out.
"""

import re

NARROW_NBSP = "\u202f"
NBSP = "\u00a0"

# Characters after which a straight quote opens rather than closes.
_OPENING_CONTEXT = set(" \t\n\r\u00a0\u202f([{«“‘—–-/")
# Any run of spaces (ordinary or no-break) that may stand before French high punctuation.
_SPACES = r"[ \t\u00a0\u202f\u2009]"
# "10:30", "https://": a colon between digits or before "//" is not punctuation to space.
_HIGH_PUNCTUATION = re.compile(rf"{_SPACES}*([;!?]+|:(?!//)(?!\d))")
_SPACE_BEFORE_PUNCTUATION = re.compile(rf"{_SPACES}+(?=[;:!?])")
_ENCLOSING_QUOTES = {'"': '"', "«": "»", "“": "”", "„": "“", "'": "'", "‘": "’"}


def pair_straight_quotes(text: str, opening: str, closing: str) -> str:
    """Replaces each straight double quote by an opening or closing mark, by what precedes it: at
    the start or after a space or an opening bracket it opens, elsewhere it closes."""
    result = []
    for index, char in enumerate(text):
        if char == '"':
            before = text[index - 1] if index else " "
            char = opening if before in _OPENING_CONTEXT else closing
        result.append(char)
    return "".join(result)


def french_spacing(text: str) -> str:
    """Puts a narrow no-break space before ; : ! ? (once before a run such as "?!"), inside « »,
    and removes the spaces typed there, so that there is exactly one, unbreakable."""
    text = re.sub(rf"(?<=\d){_SPACES}*:(?=\d)", ":", text)  # times and ratios stay "10:30"
    text = _HIGH_PUNCTUATION.sub(lambda match: NARROW_NBSP + match.group(1), text)
    text = re.sub(rf"^{NARROW_NBSP}", "", text)  # punctuation opening the text has no space
    text = re.sub(rf"«{_SPACES}*", "«" + NARROW_NBSP, text)
    return re.sub(rf"{_SPACES}*»", NARROW_NBSP + "»", text)


def french_typography(text: str, nested: bool = False) -> str:
    """French display text: « » quotes (“ ” when the text is itself inside guillemets), ’, and
    narrow no-break spaces where French typography wants them."""
    text = text.replace("'", "’")
    if nested:
        text = pair_straight_quotes(text, "“", "”")
        text = re.sub(rf"«{_SPACES}*", "“", text)
        text = re.sub(rf"{_SPACES}*»", "”", text)
    else:
        text = pair_straight_quotes(text, "«", "»")
        text = text.replace("“", "«").replace("”", "»")
    return french_spacing(text)


def english_typography(text: str, nested: bool = False) -> str:
    """English display text: “ ” quotes (‘ ’ when the text is itself inside quotes), ’ for
    apostrophes, and no space before : ; ! ?."""
    opening, closing = ("‘", "’") if nested else ("“", "”")
    text = re.sub(rf"«{_SPACES}*", opening, text)
    text = re.sub(rf"{_SPACES}*»", closing, text)
    if nested:
        text = text.replace("“", opening).replace("”", closing)
    text = pair_straight_quotes(text, opening, closing)
    # A single quote opens at the start of a word that begins with a letter ('Hello'); elsewhere,
    # and before a digit ('90s), it is an apostrophe or a closing mark, both ’.
    text = re.sub(r"(?:^|(?<=[\s(\[“]))'(?=[^\W\d_])", "‘", text)
    text = text.replace("'", "’")
    return _SPACE_BEFORE_PUNCTUATION.sub("", text)


def typography(text: str, language: str, nested: bool = False) -> str:
    """The display text in the typography of `language` ("fr", "fr-ca", "en"…); languages other
    than French follow the English rules. Line breaks and runs of spaces become one space: the card
    wraps the text itself."""
    text = re.sub(r"[ \t\r\n]+", " ", text).strip()
    if language.lower().startswith("fr"):
        return french_typography(text, nested)
    return english_typography(text, nested)


def strip_enclosing_quotes(text: str) -> str:
    """'"Text"' or '« Text »' -> 'Text': an editor may have quoted the pull quote already, and the
    card adds its own marks."""
    text = text.strip()
    if len(text) >= 2 and _ENCLOSING_QUOTES.get(text[0]) == text[-1]:
        inner = text[1:-1]
        # "A" and "B": the outer marks belong to two quotations, not to one around the whole.
        if text[0] not in inner and text[-1] not in inner:
            return inner.strip(" \u00a0\u202f")
    return text


def display_quote(text: str, language: str) -> str:
    """A pull quote as the card shows it: in the language's quotation marks, with the language's
    typography inside (inner quotations get second-level marks)."""
    inner = typography(strip_enclosing_quotes(text), language, nested=True)
    if language.lower().startswith("fr"):
        return f"«{NARROW_NBSP}{inner}{NARROW_NBSP}»"
    return f"“{inner}”"
