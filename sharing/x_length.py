"""How long X says a post is: its "weighted length", which must stay within 280.

X does not count characters one by one (its rules are published with its own twitter-text library,
configuration "v3"):
- every URL counts as 23, however long it is, because X shortens it to a t.co link;
- a character counts 1 in the ranges U+0000–U+10FF (Latin, Greek, Cyrillic, Arabic, Hebrew…),
  U+2000–U+200D, U+2010–U+201F and U+2032–U+2037 (spaces, dashes, quotes, primes), and 2
  everywhere else: CJK scripts, and emoji, which count 2 each even when made of several code
  points (a skin tone, a ZWJ family, a flag, "❤️" with its variation selector);
- the text is NFC-normalised and "\r\n" is one character.

The Python port of twitter-text on PyPI (twitter-text-parser) is no longer maintained: its last
release dates from May 2023 and it imports `pkg_resources`, which Python 3.12+ environments no
longer ship, so this module implements the rule itself. It is deliberately small, and errs on the
long side where it simplifies: a URL is "http(s)://…", "www.…", or a bare domain ending in one of
the common endings below ("ferrandier.fr"); X's own list of domain endings is longer, so a bare
"example.museum" counts as typed here. An emoji is recognised by its code point outside the
ranges above, and "©" and "®", which X treats as emoji too.

sharing/static/sharing/share-text-counter.js counts the same way in the admin; keep them in step.
"""

import re
import unicodedata

X_MAX_LENGTH = 280
X_URL_LENGTH = 23

# Ranges of code points that weigh 1; everything else weighs 2.
_LIGHT_RANGES = ((0x0000, 0x10FF), (0x2000, 0x200D), (0x2010, 0x201F), (0x2032, 0x2037))
# Inside the light ranges, but emoji for X.
_HEAVY_SYMBOLS = {"\u00a9", "\u00ae"}
_ZWJ = "\u200d"
# What continues an emoji: variation selectors, the keycap mark, skin tones, tag characters.
_EMOJI_MODIFIERS = re.compile("[\ufe0e\ufe0f\u20e3\U0001f3fb-\U0001f3ff\U000e0020-\U000e007f]")
_REGIONAL_INDICATOR = re.compile("[\U0001f1e6-\U0001f1ff]")
# The same expression works in JavaScript (the admin's counter): no \b, whose meaning differs.
URL_PATTERN = re.compile(
    r"https?://[^\s<>\"]+"
    r"|www\.[^\s<>\"]+"
    r"|(?<![A-Za-z0-9_])(?:[a-z0-9-]+\.)+(?:com|fr|org|net|eu|io|co|info|be|ch|ca|uk|de|es|it)"
    r"(?![A-Za-z0-9_])(?:/[^\s<>\"]*)?",
    re.IGNORECASE,
)
# Punctuation that ends a sentence after a link rather than belonging to it.
_URL_TRAILING = ".,;:!?)]}'\"»’”…"


def _character_weight(char: str) -> int:
    code = ord(char)
    if char in _HEAVY_SYMBOLS:
        return 2
    return 1 if any(start <= code <= end for start, end in _LIGHT_RANGES) else 2


def _text_weight(text: str) -> int:
    """The weight of text without URLs: characters by their range, an emoji sequence as one."""
    weight = 0
    index = 0
    while index < len(text):
        char = text[index]
        end = index + 1
        if _REGIONAL_INDICATOR.match(char) and _REGIONAL_INDICATOR.match(text[end : end + 1]):
            end += 1  # a flag: two regional indicators
        while end < len(text) and (
            _EMOJI_MODIFIERS.match(text[end]) or (text[end] == _ZWJ and end + 1 < len(text))
        ):
            end += 2 if text[end] == _ZWJ else 1
        if end - index > 1:
            weight += 2  # an emoji sequence counts as one emoji
        else:
            weight += _character_weight(char)
        index = end
    return weight


def url_spans(text: str) -> list[tuple[int, int]]:
    """Where the URLs are in `text`, as (start, end), without the punctuation that follows them."""
    spans = []
    for match in URL_PATTERN.finditer(text):
        url = match.group().rstrip(_URL_TRAILING)
        if url:
            spans.append((match.start(), match.start() + len(url)))
    return spans


def x_weighted_length(text: str) -> int:
    """The length X gives `text`: each URL 23, CJK characters and emoji 2, other characters 1."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n"))
    weight = 0
    position = 0
    for start, end in url_spans(text):
        weight += _text_weight(text[position:start]) + X_URL_LENGTH
        position = end
    return weight + _text_weight(text[position:])


def fits_x(text: str) -> bool:
    return x_weighted_length(text) <= X_MAX_LENGTH
