"""The templates of ready-to-post texts: which placeholders they may hold, how they are filled, and
what the admin refuses (a placeholder that does not exist, a text without the campaign hashtag,
an X text past X's budget).

A placeholder is a word in braces, such as {quote}. Filling is a plain replacement, never
`str.format`: a template typed in the admin cannot reach into the objects behind the values.
Nothing here reads the database, so the models' `clean` methods and the formsets can call it.
"""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from sharing.x_length import X_MAX_LENGTH, X_URL_LENGTH, x_weighted_length

PLACEHOLDERS = ("quote", "contributor", "decade", "title", "link", "hashtag")
# Anything in braces looks like a placeholder to the person who typed it; a lone brace is text.
PLACEHOLDER_PATTERN = re.compile(r"\{([^{}\n]*)\}")
# The networks (sharing.models.Network values) whose posts have a length budget.
X = "x"
EMAIL = "email"


def placeholders_in(template: str) -> list[str]:
    """The placeholders of `template` in order of appearance, each once ("{quote}" -> "quote")."""
    return list(dict.fromkeys(match.strip() for match in PLACEHOLDER_PATTERN.findall(template)))


def unknown_placeholders(template: str) -> list[str]:
    return [name for name in placeholders_in(template) if name not in PLACEHOLDERS]


def known_placeholders_label() -> str:
    return ", ".join(f"{{{name}}}" for name in PLACEHOLDERS)


def fill(template: str, values: dict[str, str]) -> str:
    """The template with each known placeholder replaced by its value; the rest stays as typed."""

    def replace(match: re.Match) -> str:
        name = match.group(1).strip()
        return values.get(name, match.group()) if name in PLACEHOLDERS else match.group()

    return PLACEHOLDER_PATTERN.sub(replace, template)


def has_hashtag(text: str, hashtag: str) -> bool:
    """Whether the hashtag stands in the text as a tag of its own (any case, as the networks match
    tags): "#Centenaire100," counts, "#Centenaire1000" does not."""
    pattern = rf"(?<![\w#]){re.escape(hashtag)}(?!\w)"
    return re.search(pattern, text, re.IGNORECASE) is not None


def with_link(text: str) -> str:
    """An editor's text with the {link} placeholder at the end when they left it out: every post
    links to the story."""
    if "link" in placeholders_in(text):
        return text
    return f"{text.rstrip()}\n{{link}}"


def x_budget_error(length: int) -> ValidationError:
    return ValidationError(
        _("%(count)s characters, at most %(limit)s (a link counts as %(url)s)."),
        code="x_too_long",
        params={"count": length, "limit": X_MAX_LENGTH, "url": X_URL_LENGTH},
    )


def _unknown_placeholder_error(unknown: list[str]) -> ValidationError:
    return ValidationError(
        _("Unknown placeholder: %(names)s. Use only %(known)s."),
        code="unknown_placeholder",
        params={
            "names": ", ".join(f"{{{name}}}" for name in unknown),
            "known": known_placeholders_label(),
        },
    )


def template_errors(template: str, network: str) -> list[ValidationError]:
    """What is wrong with a campaign's default text: unknown placeholders, no {hashtag} or {link},
    an e-mail without a subject line and a message, or an X text whose fixed words alone (the
    quote, title, name and decade left empty) pass X's budget."""
    errors = []
    unknown = unknown_placeholders(template)
    if unknown:
        errors.append(_unknown_placeholder_error(unknown))
    present = placeholders_in(template)
    if "hashtag" not in present:
        errors.append(
            ValidationError(
                _("Keep {hashtag}: every post carries the campaign hashtag."), code="no_hashtag"
            )
        )
    if "link" not in present:
        errors.append(
            ValidationError(_("Keep {link}: every post links to the story."), code="no_link")
        )
    if network == EMAIL and not email_parts(template)[1]:
        errors.append(
            ValidationError(
                _("Write the subject on the first line, then the message below it."),
                code="no_subject",
            )
        )
    if network == X and not unknown:
        bare = fill(template, {"link": "https://x.co", "hashtag": "#" + "x" * 15})
        length = x_weighted_length(fill(bare, dict.fromkeys(PLACEHOLDERS, "")))
        if length > X_MAX_LENGTH:
            errors.append(x_budget_error(length))
    return errors


def share_text_errors(text: str, network: str, values: dict[str, str]) -> list[ValidationError]:
    """What is wrong with an editor's own text for a story, filled with the story's `values`:
    unknown placeholders, the campaign hashtag (`values["hashtag"]`) removed, or, on X, more than
    X's budget once the link is in."""
    errors = []
    unknown = unknown_placeholders(text)
    if unknown:
        errors.append(_unknown_placeholder_error(unknown))
    filled = fill(with_link(text), values)
    hashtag = values["hashtag"]
    if not has_hashtag(filled, hashtag):
        errors.append(
            ValidationError(
                _("Keep the campaign hashtag %(hashtag)s in the text; you may add others."),
                code="no_hashtag",
                params={"hashtag": hashtag},
            )
        )
    if network == X and not unknown:
        length = x_weighted_length(filled)
        if length > X_MAX_LENGTH:
            errors.append(x_budget_error(length))
    return errors


def email_parts(text: str) -> tuple[str, str]:
    """An e-mail text's subject (its first line) and message (what follows)."""
    subject, _newline, body = text.strip().partition("\n")
    return subject.strip(), body.strip()
