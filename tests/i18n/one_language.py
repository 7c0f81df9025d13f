"""What a visitor reads on a page, and the interface strings of the other language it must not hold.

The interface strings come from the catalogues: an English page must hold none of the French
msgstrs that differ from their English msgid, a French page none of those English msgids. The
visitor's text is the page's text nodes and the attributes a person reads or hears (alt, title,
aria-label, placeholder, a button's value, the description), without scripts, styles and the
parts marked as being in another language (the switch's "English" on a French page). Stories,
names and bios are not catalogue strings, so they need no special treatment: comparing with the
catalogue alone keeps the check to the interface.
"""

import re
from functools import cache
from html.parser import HTMLParser
from pathlib import Path

import polib

LOCALE = Path(__file__).resolve().parents[2] / "locale"
# Shorter strings ("Thème", "Video") are single words or names that both languages share or that
# a story may use; a leak of the interface shows in its sentences and labels of several words.
SHORTEST_LEAK = 12
PLACEHOLDER = re.compile(r"%\(\w+\)[sd]|%[sd]|\{\{.*?\}\}|\{\w*\}|<[^>]+>")
SPACES = re.compile(r"[\s\u00a0\u202f\u2009]+")
SKIPPED_ELEMENTS = {"script", "style", "template", "noscript", "svg"}
VOID_ELEMENTS = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta"}
VOID_ELEMENTS |= {"source", "track", "wbr"}
READ_ATTRIBUTES = {"alt", "title", "aria-label", "placeholder"}


def normalise(text: str) -> str:
    """One space for any run of spaces (non-breaking ones too), straight apostrophes and quotes,
    lower case: a leak is the same words whatever the typography."""
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    return SPACES.sub(" ", text).strip().casefold()


def _translations(entry: polib.POEntry) -> list[tuple[str, str]]:
    """(English, French) pairs of an entry of the French catalogue, both plural forms included."""
    if entry.msgid_plural:
        plurals = entry.msgstr_plural
        return [(entry.msgid, plurals.get(0, "")), (entry.msgid_plural, plurals.get(1, ""))]
    return [(entry.msgid, entry.msgstr)]


def _longest_literal(text: str) -> str:
    """The longest run of words between placeholders and tags: what a page shows verbatim."""
    parts = [normalise(part.replace("%%", "%")) for part in PLACEHOLDER.split(text)]
    return max(parts, key=len)


@cache
def interface_strings() -> dict[str, list[str]]:
    """Per language, the normalised interface texts the catalogues give it ("fr": the msgstrs,
    "en": the msgids), with the distinct (translated) pairs only."""
    french = polib.pofile(LOCALE / "fr" / "LC_MESSAGES" / "django.po")
    texts = {"fr": [], "en": []}
    for entry in french:
        if entry.obsolete or entry.fuzzy:
            continue
        for english, translated in _translations(entry):
            if translated and normalise(english) != normalise(translated):
                texts["en"].append(english)
                texts["fr"].append(translated)
    return texts


@cache
def other_language_strings(language: str) -> frozenset[str]:
    """The literal parts of the other language's interface strings that cannot be read as the
    page language's own: long enough, and found in none of its strings ("Facebook" and "Instagram"
    are both languages' words)."""
    texts = interface_strings()
    other = "en" if language == "fr" else "fr"
    own = " | ".join(normalise(text) for text in texts[language])
    literals = {_longest_literal(text) for text in texts[other]}
    return frozenset(
        literal
        for literal in literals
        if len(literal) >= SHORTEST_LEAK and " " in literal and literal not in own
    )


class _VisitorText(HTMLParser):
    """Collects the page's readable text, leaving out what a visitor does not read in the page
    language."""

    def __init__(self, language: str, skipped_classes: frozenset[str] = frozenset()):
        super().__init__(convert_charrefs=True)
        self.language = language
        self.skipped_classes = skipped_classes
        self.skipping: list[str] = []
        self.parts: list[str] = []
        self.html_lang: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "html":
            self.html_lang = values.get("lang")
            return
        lang = values.get("lang")
        classes = set((values.get("class") or "").split())
        other_language = lang and lang != self.language
        if (
            self.skipping
            or tag in SKIPPED_ELEMENTS
            or other_language
            or classes & self.skipped_classes
        ):
            if tag not in VOID_ELEMENTS:
                self.skipping.append(tag)
            return
        self.parts.extend(values[name] or "" for name in READ_ATTRIBUTES if name in values)
        if tag == "input" and values.get("type") in ("submit", "button"):
            self.parts.append(values.get("value") or "")
        if tag == "meta" and values.get("name") == "description":
            self.parts.append(values.get("content") or "")

    def handle_endtag(self, tag: str) -> None:
        if self.skipping and self.skipping[-1] == tag:
            self.skipping.pop()

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(data)


def visitor_parts(
    html: str, language: str, skipped_classes: frozenset[str] = frozenset()
) -> tuple[str | None, list[str]]:
    """The page's ``<html lang>`` and the pieces of text a visitor reads in ``language``, as
    written, without the elements of ``skipped_classes``."""
    parser = _VisitorText(language, skipped_classes)
    parser.feed(html)
    parser.close()
    return parser.html_lang, parser.parts


def visitor_text(html: str, language: str) -> tuple[str | None, str]:
    """The page's ``<html lang>`` and the text a visitor reads in ``language``, normalised."""
    html_lang, parts = visitor_parts(html, language)
    return html_lang, normalise(" ".join(parts))


def leaks(text: str, language: str) -> list[str]:
    """The other language's interface strings found in ``text`` (normalised visitor text)."""
    return sorted(literal for literal in other_language_strings(language) if literal in text)


def html_problems(url: str, html: str, language: str) -> list[str]:
    """What is wrong with one HTML page in ``language``: its declared language, and each interface
    string of the other language it shows."""
    html_lang, text = visitor_text(html, language)
    problems = []
    if html_lang != language:
        problems.append(f'{url}: <html lang="{html_lang}">, expected "{language}"')
    problems.extend(f"{url}: shows {leak!r}" for leak in leaks(text, language))
    return problems


# French typography: a non-breaking space (U+00A0, or the narrow U+202F) before : ; ! ? and
# inside « ». A "?" or ":" followed by a letter is an address or a time ("?q=", "10:30").
FRENCH_SPACING_FAULT = re.compile(
    r"[^\u00a0\u202f][:;!?](?=[\s\u00a0»)]|$)|«[^\u00a0\u202f]|[^\u00a0\u202f]»"
)


def french_spacing_faults(text: str) -> list[str]:
    """Each place of ``text`` where French typography wants a non-breaking space, with a few
    characters around it."""
    return [
        text[max(0, fault.start() - 20) : fault.end() + 10]
        for fault in FRENCH_SPACING_FAULT.finditer(text)
    ]
