"""Guideline flags on a story's text: contact data, clients, confidentiality words."""

import json

import pytest
from django.utils import translation

from submissions.flags import Flag, FlagKind, KnownClient, blocking_flags, find_flags

RENAULT = KnownClient(name="Renault")
SOCIETE_GENERALE = KnownClient(name="societe generale", variants=("SocGen", "la Générale"))
LOREAL = KnownClient(name="L’Oréal", consented=True)


def excerpts(flags: list[Flag], kind: FlagKind) -> list[str]:
    return [flag.excerpt for flag in flags if flag.kind == kind]


def found(text: str, kind: FlagKind, clients=()) -> list[str]:
    return excerpts(find_flags({"body": text}, clients), kind)


# Contact data


@pytest.mark.parametrize(
    "number",
    [
        "06 12 34 56 78",
        "04.78.12.34.56",
        "+33 6 12 34 56 78",
        "0612345678",
        "06-12-34-56-78",
        "+33 (0)6 12 34 56 78",
        "+44 20 7946 0958",
    ],
)
def test_phone_numbers_are_found_in_common_formats(number):
    assert found(f"Appelez-moi au {number} le soir.", FlagKind.PHONE) == [number]


def test_phone_number_with_french_no_break_spaces_is_reported_as_written():
    number = "06\u202f12\u202f34\u202f56\u202f78"
    assert found(f"Mon portable : {number}.", FlagKind.PHONE) == [number]


@pytest.mark.parametrize(
    "text",
    [
        "Je suis entré à l’usine en 1968.",
        "J’y ai travaillé de 1962–1998, puis de 1962-1998 à mi-temps.",
        "La prime était de 1 234 euros, soit 12 345 678 francs pour l’usine.",
        "Le 12/05/1968, tout s’est arrêté ; le 12.05.1968 aussi.",
        "Nous étions 2 500 salariés en 1975 et 3 000 en 1985.",
    ],
)
def test_years_ranges_amounts_and_dates_are_not_phone_numbers(text):
    assert find_flags({"body": text}) == []


@pytest.mark.parametrize(
    "address",
    [
        "jean.dupont@example.fr",
        "j-dupont+centenaire@mail.example.co.uk",
        "jean.dupont [at] example [dot] fr",
        "jean(at)example.fr",
        "jean (arobase) example (point) fr",
    ],
)
def test_email_addresses_are_found_plain_and_spelled_out(address):
    assert found(f"Écrivez à {address}.", FlagKind.EMAIL) == [address]


def test_email_in_a_mailto_link_is_found_even_when_the_link_text_hides_it():
    body = '<p>Pour en savoir plus, <a href="mailto:jean.dupont@example.fr">écrivez-moi</a>.</p>'
    assert found(body, FlagKind.EMAIL) == ["jean.dupont@example.fr"]


def test_phone_in_a_tel_link_is_found():
    body = '<p><a href="tel:+33612345678">Appelez-moi</a></p>'
    assert found(body, FlagKind.PHONE) == ["+33612345678"]


def test_html_entities_are_read_as_the_characters_they_stand_for():
    assert found("<p>jean&#64;example.fr</p>", FlagKind.EMAIL) == ["jean@example.fr"]


def test_tags_between_paragraphs_do_not_glue_words_together():
    body = "<p>Un projet pour Renault</p><p>secret</p>"
    flags = find_flags({"body": body}, [RENAULT])
    assert [(flag.kind, flag.excerpt) for flag in flags] == [
        (FlagKind.CLIENT, "Renault"),
        (FlagKind.CONFIDENTIAL, "secret"),
    ]


def test_tag_attributes_are_not_read_as_text():
    body = '<p class="internal secret"><a href="https://renault.example/">un lien</a></p>'
    assert find_flags({"body": body}, [RENAULT]) == []


# Clients


def test_client_is_matched_ignoring_accents_and_case_and_reported_as_written():
    text = "J’ai longtemps travaillé pour la SOCIÉTÉ Générale à Lyon."
    assert found(text, FlagKind.CLIENT, [SOCIETE_GENERALE]) == ["SOCIÉTÉ Générale"]


def test_client_is_matched_by_its_variants():
    text = "Chez SocGen, puis à la Generale, on disait…"
    assert found(text, FlagKind.CLIENT, [SOCIETE_GENERALE]) == ["SocGen", "la Generale"]


def test_typographic_and_straight_apostrophes_match_each_other():
    assert found("Un contrat avec L'Oreal.", FlagKind.NAMED_CLIENT, [LOREAL]) == ["L'Oreal"]


def test_client_name_split_over_a_line_break_is_still_found():
    text = "la Société\nGénérale"
    assert found(text, FlagKind.CLIENT, [SOCIETE_GENERALE]) == ["Société\nGénérale"]


def test_client_name_inside_a_longer_word_is_not_a_match():
    assert found("La Renaultine, c’était notre cantine.", FlagKind.CLIENT, [RENAULT]) == []


def test_unconsented_client_blocks_approval():
    [flag] = find_flags({"body": "Nos camions Renault."}, [RENAULT])
    assert flag.kind == FlagKind.CLIENT
    assert flag.blocking


def test_consented_client_is_a_notice_that_does_not_block():
    [flag] = find_flags({"body": "La campagne L’Oréal de 1985."}, [LOREAL])
    assert flag.kind == FlagKind.NAMED_CLIENT
    assert not flag.blocking


# Confidentiality words


@pytest.mark.parametrize(
    "word",
    [
        "confidentiel",
        "Confidentielles",
        "interne",
        "internes",
        "SECRÈTE",
        "secretes",
        "ne pas diffuser",
        "Diffusion restreinte",
        "confidential",
        "internal",
        "do not distribute",
        "not for distribution",
        "strictly private",
    ],
)
def test_confidentiality_words_are_noticed_without_blocking(word):
    flags = find_flags({"body": f"Le rapport portait la mention {word}."})
    assert [(flag.kind, flag.excerpt, flag.blocking) for flag in flags] == [
        (FlagKind.CONFIDENTIAL, word, False)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Internet est arrivé au bureau en 1996.",
        "La secrétaire du directeur savait tout.",
        "Le comité international s’est réuni.",
    ],
)
def test_longer_words_that_start_like_confidentiality_words_are_not_noticed(text):
    assert find_flags({"body": text}) == []


# The list as a whole


def test_each_excerpt_is_flagged_once_per_field():
    text = "Renault, encore Renault, toujours Renault ; renault aussi."
    assert found(text, FlagKind.CLIENT, [RENAULT]) == ["Renault", "renault"]


def test_flags_follow_field_order_then_reading_order():
    texts = {
        "title": "Mes années Renault",
        "body": "C’était secret. Écrivez à jean@example.fr ou au 06 12 34 56 78. Renault !",
    }
    flags = find_flags(texts, [RENAULT])
    assert [(flag.field, flag.kind) for flag in flags] == [
        ("title", FlagKind.CLIENT),
        ("body", FlagKind.CONFIDENTIAL),
        ("body", FlagKind.EMAIL),
        ("body", FlagKind.PHONE),
        ("body", FlagKind.CLIENT),
    ]


def test_clean_story_has_no_flags():
    texts = {"title": "Mon premier jour", "body": "<p>En 1968, j’avais 18 ans.</p>", "empty": ""}
    assert find_flags(texts, [RENAULT, SOCIETE_GENERALE, LOREAL]) == []


def test_blocking_flags_keeps_contact_data_and_unconsented_clients_only():
    text = "Secret : L’Oréal et Renault, jean@example.fr, 06 12 34 56 78."
    flags = find_flags({"body": text}, [RENAULT, LOREAL])
    assert [flag.kind for flag in blocking_flags(flags)] == [
        FlagKind.CLIENT,
        FlagKind.EMAIL,
        FlagKind.PHONE,
    ]


def test_flag_survives_a_json_round_trip():
    [flag] = find_flags({"body": "Appelez le 06 12 34 56 78."})
    stored = json.loads(json.dumps(flag.as_dict()))
    assert Flag.from_dict(stored) == flag


def test_message_says_what_was_found_and_where():
    flag = Flag(FlagKind.PHONE, "body", "06 12 34 56 78", blocking=True)
    with translation.override("en"):
        message = flag.message
    assert "06 12 34 56 78" in message
    assert "body" in message


@pytest.mark.parametrize("kind", list(FlagKind))
def test_every_kind_has_a_message(kind):
    with translation.override("en"):
        assert "Acme" in Flag(kind, "title", "Acme", blocking=False).message
