"""French typography in the interface: a non-breaking space before : ; ! ? and inside « », in
every French msgstr (the rendered pages are checked in test_one_language_per_page.py)."""

import polib
import pytest

from tests.i18n.one_language import LOCALE, french_spacing_faults


def french_msgstrs() -> list[str]:
    catalogue = polib.pofile(LOCALE / "fr" / "LC_MESSAGES" / "django.po")
    return [
        text
        for entry in catalogue
        if not entry.obsolete
        for text in ([entry.msgstr] if not entry.msgid_plural else entry.msgstr_plural.values())
    ]


def test_every_french_msgstr_puts_a_non_breaking_space_before_high_punctuation():
    faults = [(text, fault) for text in french_msgstrs() for fault in french_spacing_faults(text)]
    assert not faults, "\n".join(f"{fault!r} in {text!r}" for text, fault in faults)


@pytest.mark.parametrize(
    "text",
    [
        "Recherche : atelier",
        "Recherche: atelier",
        "Pourquoi ?",
        "Attention !",
        "Trois choses ; pas plus",
        "« Bonjour »",
        "«\u00a0Bonjour »",
    ],
)
def test_a_missing_or_breaking_space_is_a_fault(text):
    assert french_spacing_faults(text)


@pytest.mark.parametrize(
    "text",
    [
        "Recherche\u00a0: atelier",
        "Pourquoi\u202f?",
        "«\u00a0Bonjour\u00a0»",
        "https://example.org/?q=atelier",
        "à 10:30",
    ],
)
def test_french_spacing_and_addresses_are_no_fault(text):
    assert not french_spacing_faults(text)
