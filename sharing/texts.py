"""Ready-to-post texts: for each story and network, in the story's language, the words an employee
posts (or sends, for e-mail) when sharing the story.

Where a text comes from, first found first:
1. the editor's own text for that network on the story (`StoryShareText`);
2. the campaign's default text for that network in the story's language (`CampaignText`,
   Settings → Default post texts, translated through wagtail-localize);
3. the defaults below, written as the social team would and translated with the site.

Placeholders ({quote}, {contributor}, {decade}, {title}, {link}, {hashtag}) are filled from the
story; the quote gets the language's quotation marks and typography (sharing.typography). Every
text carries the campaign hashtag and the link. X's text always fits its 280 characters (a link
counts 23) and Bluesky's its 300: the quote is shortened at a word, with "…", until it does.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace

from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from sharing.models import CampaignSettings, Network
from sharing.text_templates import fill, has_hashtag, placeholders_in, with_link
from sharing.typography import display_quote, typography
from sharing.x_length import X_MAX_LENGTH, x_weighted_length
from stories import dates
from stories.models import StoryPage

BLUESKY_MAX_LENGTH = 300  # graphemes; a code point count is never less, so never too long

# {quote} comes with its quotation marks; {decade} reads "the 1960s" / "années 1960".
DEFAULT_TEXTS = {
    Network.X: _("{quote} — {contributor}, {decade}\n{link} {hashtag}"),
    Network.LINKEDIN: _(
        "A hundred years of our company, told by the people who lived them.\n\n"
        "{quote}\n— {contributor}, {decade}\n\n"
        "Read “{title}” and the other stories of our centenary: {link}\n\n"
        "{hashtag}"
    ),
    Network.FACEBOOK: _(
        "Some memories deserve to be passed on. This one takes us back to {decade}:\n\n"
        "{quote}\n— {contributor}\n\n"
        "The whole story is here: {link}\n"
        "What do you remember? Tell us in the comments!\n\n"
        "{hashtag}"
    ),
    Network.BLUESKY: _("{quote} — {contributor}, {decade}\n{link} {hashtag}"),
    Network.EMAIL: _(
        "A story from our centenary: {title}\n\n"
        "Hello,\n\n"
        "I came across this story on our centenary site and thought of you:\n\n"
        "{quote}\n— {contributor}, {decade}\n\n"
        "Read it here: {link}\n\n"
        "{hashtag}"
    ),
}

Measure = Callable[[str], int]
BUDGETS: dict[str, tuple[int, Measure]] = {
    Network.X: (X_MAX_LENGTH, x_weighted_length),
    Network.BLUESKY: (BLUESKY_MAX_LENGTH, len),
}
# What gives way, in this order, when a text is too long for its network.
SHORTENED_FIRST = ("quote", "title", "contributor")


@dataclass(frozen=True)
class StoryWords:
    """What a story's texts are made of, as written (the quote without its quotation marks)."""

    language: str
    quote: str
    contributor: str
    decade: str
    title: str
    link: str
    hashtag: str

    def values(self) -> dict[str, str]:
        """The placeholders' values, in the language's typography."""
        return {
            "quote": display_quote(self.quote, self.language) if self.quote else "",
            "contributor": self.contributor,
            "decade": self.decade,
            "title": typography(self.title, self.language) if self.title else "",
            "link": self.link,
            "hashtag": self.hashtag,
        }


@dataclass(frozen=True)
class TextSources:
    """The campaign's default texts in the story's language and the editor's own texts, by
    network: read once (two queries at most) for all the texts of a story."""

    templates: dict[str, str]
    editor_texts: dict[str, str]


def story_language(story: StoryPage) -> str:
    return story.locale.language_code


def story_words(story: StoryPage, campaign: CampaignSettings, link: str) -> StoryWords:
    """The words of `story` for a post linking to `link`. A story without a contributor is told
    in the company's name; the decade follows the year even before the story is saved."""
    language = story_language(story)
    decade = dates.decade_of(story.year) if story.year is not None else story.decade
    with translation.override(language):
        decade_label = dates.decade_label(decade) if decade is not None else ""
    contributor = story.contributor
    return StoryWords(
        language=language,
        quote=(story.pull_quote or story.teaser or "").strip(),
        contributor=contributor.name if contributor else settings.CENTENARY["COMPANY_NAME"],
        decade=decade_label,
        title=story.title or "",
        link=link,
        hashtag=campaign.hashtag,
    )


def text_sources(
    story: StoryPage, campaign: CampaignSettings, networks: Iterable[str] = Network.values
) -> TextSources:
    """The texts `story` is shared with on `networks`: the campaign's in the story's locale (an
    English story takes the English translation of a text, a French story the French one). The
    editor's texts are read through the story's relation, so that a preview shows the draft's
    texts rather than the published ones."""
    networks = set(networks)
    templates = {}
    if campaign.pk:
        rows = campaign.text_templates.filter(
            locale__language_code=story_language(story), network__in=networks
        )
        templates = {row.network: row.template for row in rows}
    editor_texts = {
        row.network: row.text for row in story.share_texts.all() if row.network in networks
    }
    return TextSources(templates, editor_texts)


def cut_at_word(text: str, length: int) -> str:
    """The first `length` characters of `text`, back to the last whole word, with "…" marking
    the cut ("" when not even a word fits); the whole text when it is not longer."""
    if length >= len(text):
        return text
    kept = text[:length]
    if " " in kept:
        kept = kept.rsplit(" ", 1)[0]
    kept = kept.rstrip(" ,;:.…—–-")
    return f"{kept}…" if kept else ""


def _longest_that_fits(
    template: str, words: StoryWords, field: str, fits: Callable[[str], bool]
) -> StoryWords:
    """`words` with `field` cut at a word so that the filled template is as long as still fits."""
    full = getattr(words, field)
    low, high = 0, len(full)  # cut_at_word(full, low) always fits once `field` is emptied
    while low < high:
        middle = (low + high + 1) // 2
        if fits(fill(template, replace(words, **{field: cut_at_word(full, middle)}).values())):
            low = middle
        else:
            high = middle - 1
    return replace(words, **{field: cut_at_word(full, low)})


def fitted_text(template: str, words: StoryWords, network: str) -> str:
    """The template filled with `words`, shortened to the network's budget if it has one: the
    quote first, then the title, then the contributor's name; when even that is not enough (a
    campaign text far too long), the link and the hashtag alone."""
    text = fill(template, words.values())
    if network not in BUDGETS:
        return text
    limit, measure = BUDGETS[network]

    def fits(candidate: str) -> bool:
        return measure(candidate) <= limit

    for field in SHORTENED_FIRST:
        if fits(text):
            return text
        emptied = replace(words, **{field: ""})
        if fits(fill(template, emptied.values())):
            words = _longest_that_fits(template, words, field, fits)
        else:
            words = emptied
        text = fill(template, words.values())
    return text if fits(text) else f"{words.link} {words.hashtag}"


def _complete(template: str) -> str:
    """A template with {link} and {hashtag} added at the end if it lacks them (the admin refuses
    such a template, but a row may come from elsewhere)."""
    present = placeholders_in(template)
    missing = [f"{{{name}}}" for name in ("link", "hashtag") if name not in present]
    return f"{template.rstrip()}\n{' '.join(missing)}" if missing else template


def default_template(network: str, language: str) -> str:
    with translation.override(language):
        return str(DEFAULT_TEXTS[network])


def ready_to_post_text(
    story: StoryPage,
    network: str,
    link: str,
    campaign: CampaignSettings,
    sources: TextSources | None = None,
) -> str:
    """The text to post on `network` for `story`, linking to `link` (already carrying its UTM
    tags). For e-mail, the subject is the first line (see `email_parts`)."""
    if sources is None:
        sources = text_sources(story, campaign, [network])
    words = story_words(story, campaign, link)
    editor_text = sources.editor_texts.get(network, "").strip()
    if editor_text:
        text = fill(with_link(editor_text), words.values())
        if not has_hashtag(text, campaign.hashtag):  # the hashtag changed since it was written
            text = f"{text.rstrip()} {campaign.hashtag}"
        limit, measure = BUDGETS.get(network, (None, len))
        if limit is None or measure(text) <= limit:
            return text
        # Too long since the quote changed: the generated text, which always fits, instead.
    template = sources.templates.get(network) or default_template(network, words.language)
    return fitted_text(_complete(template), words, network)
