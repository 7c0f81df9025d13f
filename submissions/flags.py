"""Guideline flags: what an editor must look at in a story's text before approving it.

The contribution guidelines forbid personal contact data (e-mail addresses, phone numbers) and
naming a client who has not consented; both block approval. Words that mark information as
confidential, and clients who have agreed to be named, are notices the editor reads but that do
not block. Everything here is pure: texts and the client register in, flags out.
"""

import html
import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from enum import StrEnum
from urllib.parse import unquote

import phonenumbers
from django.utils.html import strip_tags
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

# Stories are written in French first; a number without "+" is read as a French one.
PHONE_REGION = "FR"

CONFIDENTIAL_WORDS_FR = (
    "confidentiel",
    "confidentielle",
    "confidentiels",
    "confidentielles",
    "interne",
    "internes",
    "secret",
    "secrets",
    "secrète",
    "secrètes",
    "ne pas diffuser",
    "ne pas divulguer",
    "diffusion restreinte",
    "strictement privé",
    "strictement privée",
)
CONFIDENTIAL_WORDS_EN = (
    "confidential",
    "internal",
    "secret",
    "secrets",
    "do not distribute",
    "not for distribution",
    "do not disclose",
    "restricted distribution",
    "strictly private",
)

# "name@domain.fr", and the spelled-out forms people use to dodge spam robots:
# "name [at] domain [dot] fr", "name(at)domain.fr", "nom (arobase) domaine (point) fr".
_AT = r"(?:@|\s*[\[(]\s*(?:at|arobase)\s*[\])]\s*)"
_DOT = r"(?:\.|\s*[\[(]\s*(?:dot|point)\s*[\])]\s*)"
EMAIL = re.compile(rf"(?<![\w.+-])[\w.+-]+{_AT}[\w-]+(?:{_DOT}[\w-]+)*{_DOT}[a-z]{{2,}}\b", re.I)

# A mailto:/tel: link target is contact data even when the link text is "write to me".
LINK_TAG = re.compile(r"<a\b[^>]*>", re.I)
LINK_TARGET = re.compile(r"""href\s*=\s*["']?\s*(?:mailto|tel):([^"'\s>?]+)""", re.I)
# Block tags separate words ("…Renault</p><p>secret…"); inline ones may sit inside a word.
INLINE_TAGS = "a|abbr|b|code|em|i|mark|s|small|span|strong|sub|sup|u"
BLOCK_TAG_START = re.compile(rf"<(?!/?(?:{INLINE_TAGS})\b)(?=/?[a-z!])", re.I)
# phonenumbers does not read the narrow no-break space French typography puts in numbers.
SPACES = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u2007": " "})
APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u2032": "'"})


class FlagKind(StrEnum):
    EMAIL = "email"
    PHONE = "phone"
    CLIENT = "client"  # a client who has not consented to being named
    NAMED_CLIENT = "named_client"  # a client who has consented: for information only
    CONFIDENTIAL = "confidential"


BLOCKING_KINDS = frozenset({FlagKind.EMAIL, FlagKind.PHONE, FlagKind.CLIENT})

MESSAGES = {
    FlagKind.EMAIL: gettext_noop(
        "E-mail address “%(excerpt)s” in “%(field)s”: remove personal contact details."
    ),
    FlagKind.PHONE: gettext_noop(
        "Phone number “%(excerpt)s” in “%(field)s”: remove personal contact details."
    ),
    FlagKind.CLIENT: gettext_noop(
        "Client “%(excerpt)s” named in “%(field)s” has not consented to being named: "
        "remove the name."
    ),
    FlagKind.NAMED_CLIENT: gettext_noop(
        "Client “%(excerpt)s” named in “%(field)s” has consented to being named."
    ),
    FlagKind.CONFIDENTIAL: gettext_noop(
        "“%(excerpt)s” in “%(field)s” may point to confidential information: "
        "check before approving."
    ),
}


@dataclass(frozen=True)
class KnownClient:
    """A client from the register, with the other spellings its name goes by."""

    name: str
    variants: tuple[str, ...] = ()
    consented: bool = False


@dataclass(frozen=True)
class Flag:
    kind: FlagKind
    field: str  # the key of the text it was found in ("title", "body")
    excerpt: str  # the matched text as the contributor wrote it
    blocking: bool

    @property
    def message(self) -> str:
        return _(MESSAGES[self.kind]) % {"excerpt": self.excerpt, "field": self.field}

    def as_dict(self) -> dict:
        return {
            "kind": str(self.kind),
            "field": self.field,
            "excerpt": self.excerpt,
            "blocking": self.blocking,
        }

    @classmethod
    def from_dict(cls, data: Mapping) -> "Flag":
        # `blocking` is kept as stored: the log must show what blocked at the time.
        return cls(
            kind=FlagKind(data["kind"]),
            field=data["field"],
            excerpt=data["excerpt"],
            blocking=bool(data["blocking"]),
        )


def find_flags(texts: Mapping[str, str], clients: Iterable[KnownClient] = ()) -> list[Flag]:
    """Every guideline flag in `texts` (field -> text or rich-text HTML), in field order then in
    reading order, each (kind, field, excerpt) once."""
    word_patterns = [
        (_words_pattern((client.name, *client.variants)), client.consented) for client in clients
    ]
    word_patterns.append((_words_pattern(CONFIDENTIAL_WORDS_FR + CONFIDENTIAL_WORDS_EN), None))
    flags = []
    for field, text in texts.items():
        if text:
            flags += _flags_in(field, _plain_text(text), word_patterns)
    return flags


def blocking_flags(flags: Iterable[Flag]) -> list[Flag]:
    return [flag for flag in flags if flag.blocking]


def _plain_text(text: str) -> str:
    """What a reader sees of rich text, plus the targets of mailto:/tel: links."""
    text = LINK_TAG.sub(_reveal_link_target, text)
    text = BLOCK_TAG_START.sub(" <", text)
    # Unescape after stripping, so "&lt;b&gt;" stays text instead of becoming a tag.
    return html.unescape(strip_tags(text))


def _reveal_link_target(match: re.Match) -> str:
    targets = [unquote(html.unescape(t)) for t in LINK_TARGET.findall(match.group(0))]
    return " ".join([match.group(0), *targets, ""]) if targets else match.group(0)


def _flags_in(field: str, text: str, word_patterns: list) -> list[Flag]:
    folded, origins = _fold_with_origins(text)
    found = [(start, FlagKind.EMAIL, excerpt) for start, excerpt in _emails(text)]
    found += [(start, FlagKind.PHONE, excerpt) for start, excerpt in _phones(text)]
    for pattern, consented in word_patterns:
        kind, matches = _word_kind(consented), _words(pattern, text, folded, origins)
        found += [(start, kind, excerpt) for start, excerpt in matches]
    flags, seen = [], set()
    for _start, kind, excerpt in sorted(found, key=lambda match: match[0]):
        if (kind, excerpt) not in seen:
            seen.add((kind, excerpt))
            flags.append(Flag(kind, field, excerpt, blocking=kind in BLOCKING_KINDS))
    return flags


def _word_kind(consented: bool | None) -> FlagKind:
    """None marks the confidentiality words; True/False a client and its consent."""
    if consented is None:
        return FlagKind.CONFIDENTIAL
    return FlagKind.NAMED_CLIENT if consented else FlagKind.CLIENT


def _emails(text: str) -> Iterator[tuple[int, str]]:
    for match in EMAIL.finditer(text):
        yield match.start(), match.group(0)


def _phones(text: str) -> Iterator[tuple[int, str]]:
    # Same length after translating spaces, so offsets still point into the original text.
    spaced = text.translate(SPACES)
    leniency = phonenumbers.Leniency.VALID
    for match in phonenumbers.PhoneNumberMatcher(spaced, PHONE_REGION, leniency=leniency):
        yield match.start, text[match.start : match.end]


def _words_pattern(terms: Iterable[str]) -> re.Pattern | None:
    """Whole words or phrases, compared folded; any run of spaces matches any other."""
    folded = {_fold(term) for term in terms if term.strip()}
    if not folded:
        return None
    # Longest first, so a client's full name wins over a shorter variant at the same place.
    alternatives = sorted(folded, key=len, reverse=True)
    alternation = "|".join(r"\s+".join(map(re.escape, term.split())) for term in alternatives)
    return re.compile(rf"(?<!\w)(?:{alternation})(?!\w)")


def _words(
    pattern: re.Pattern | None, text: str, folded: str, origins: list[int]
) -> Iterator[tuple[int, str]]:
    if pattern is None:
        return
    for match in pattern.finditer(folded):
        start, end = origins[match.start()], origins[match.end() - 1] + 1
        yield start, text[start:end]


def _fold(text: str) -> str:
    return _fold_with_origins(text)[0]


def _fold_with_origins(text: str) -> tuple[str, list[int]]:
    """The text without accents, case or typographic apostrophes, and for each of its characters
    the index of the original character it came from ("é" folds to one "e", "ß" to "ss")."""
    folded, origins = [], []
    for index, char in enumerate(text.translate(APOSTROPHES)):
        for part in unicodedata.normalize("NFKD", char):
            if unicodedata.combining(part):
                continue
            for piece in part.casefold():
                folded.append(piece)
                origins.append(index)
    return "".join(folded), origins
