"""French and English display typography, called directly (sharing/typography.py)."""

import pytest

from sharing.typography import (
    display_quote,
    english_typography,
    french_typography,
    strip_enclosing_quotes,
    typography,
)

NNBSP = "\u202f"


def test_french_straight_quotes_become_guillemets_with_narrow_no_break_spaces():
    assert french_typography('Il a dit "demain"') == f"Il a dit «{NNBSP}demain{NNBSP}»"


@pytest.mark.parametrize("mark", [":", ";", "!", "?"])
def test_french_high_punctuation_gets_a_narrow_no_break_space_before_it(mark):
    assert french_typography(f"Enfin{mark} la suite") == f"Enfin{NNBSP}{mark} la suite"


@pytest.mark.parametrize("typed", [" ", "\u00a0", "  "])
def test_french_spaces_typed_before_punctuation_are_replaced_by_one_narrow_space(typed):
    assert french_typography(f"Vraiment{typed}?") == f"Vraiment{NNBSP}?"


def test_french_run_of_marks_gets_a_single_space_before_it():
    assert french_typography("Quoi ?!") == f"Quoi{NNBSP}?!"


def test_french_typed_guillemets_get_exactly_one_narrow_space_inside():
    assert french_typography("«  Bonjour»") == f"«{NNBSP}Bonjour{NNBSP}»"


def test_french_apostrophes_become_typographic():
    assert french_typography("l'été d'avant") == "l’été d’avant"


def test_french_times_and_addresses_keep_their_colon():
    assert french_typography("À 10:30, voir https://example.org") == (
        "À 10:30, voir https://example.org"
    )


def test_french_quotation_inside_a_quote_gets_curly_marks():
    assert french_typography('Il a dit "demain"', nested=True) == "Il a dit “demain”"


def test_french_typography_is_stable_when_applied_twice():
    once = french_typography('Il m\'a dit : "reviens demain" !')
    assert french_typography(once) == once


def test_english_straight_quotes_become_curly():
    assert english_typography('He said "tomorrow"') == "He said “tomorrow”"


def test_english_has_no_space_before_punctuation():
    assert english_typography("Really ? Yes : twice !") == "Really? Yes: twice!"


def test_english_apostrophes_and_elided_years_become_typographic():
    assert english_typography("It's the '90s") == "It’s the ’90s"


def test_english_single_quotes_around_a_word_become_curly():
    assert english_typography("a 'small' step") == "a ‘small’ step"


def test_english_guillemets_become_curly_quotes():
    assert english_typography("« Bonjour »") == "“Bonjour”"


def test_languages_other_than_french_follow_english_rules():
    assert typography('"Hallo" !', "de") == "“Hallo”!"


def test_line_breaks_and_repeated_spaces_become_one_space():
    assert typography("Un\n  souvenir", "fr") == "Un souvenir"


def test_french_display_quote_is_in_guillemets_with_french_spacing_inside():
    assert display_quote("On apprenait tout sur le tas !", "fr") == (
        f"«{NNBSP}On apprenait tout sur le tas{NNBSP}!{NNBSP}»"
    )


def test_english_display_quote_is_in_curly_quotes():
    assert display_quote("We learnt on the job!", "en") == "“We learnt on the job!”"


def test_a_quote_already_in_quotation_marks_is_not_quoted_twice():
    assert display_quote('"Déjà cité"', "fr") == f"«{NNBSP}Déjà cité{NNBSP}»"


def test_two_quotations_side_by_side_keep_their_own_marks():
    assert strip_enclosing_quotes('"Oui" et "non"') == '"Oui" et "non"'
