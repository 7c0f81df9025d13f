"""The English demo: every French demo page, era and contributor translated into English through
wagtail-localize, with the texts of ``stories_*_en.py`` and ``vocabulary_en.py``.

Why wagtail-localize's records rather than Wagtail's ``copy_for_translation`` with the English
fields filled in: a bare copy knows nothing of its source, so when an editor changes a French
story nobody learns that the English one is out of date. Each English object here is made the way
the translation editor makes one — a ``TranslationSource`` with its segments, one
``StringTranslation`` per segment, then ``Translation.save_target`` — so the editor shows the
English demo as fully translated, and a later change to the French text shows up there as strings
to translate before the English page is synced again.

The English strings are matched to the source's segments by running wagtail-localize's own
extractor over an in-memory copy of the source with the English texts in place: same fields, same
block ids, hence the same segment paths, in the same order.
"""

from collections import defaultdict
from collections.abc import Callable, Iterable
from typing import Any

from django.db import models, transaction
from django.db.models import Q
from django.utils.translation import gettext as _
from django.utils.translation import override
from wagtail.models import Locale, Page, TranslatableMixin
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments

from stories.blocks import VIDEO_BLOCK_TYPES
from stories.demo.stories_1910s_en import STORIES_1910S_EN
from stories.demo.stories_1920s_en import STORIES_1920S_EN
from stories.demo.stories_1930s_en import STORIES_1930S_EN
from stories.demo.stories_1940s_en import STORIES_1940S_EN
from stories.demo.stories_1950s_en import STORIES_1950S_EN
from stories.demo.stories_1960s_en import STORIES_1960S_EN
from stories.demo.stories_1970s_en import STORIES_1970S_EN
from stories.demo.stories_1980s_en import STORIES_1980S_EN
from stories.demo.stories_1990s_en import STORIES_1990S_EN
from stories.demo.stories_2000s_en import STORIES_2000S_EN
from stories.demo.stories_2010s_en import STORIES_2010S_EN
from stories.demo.stories_2020s_en import STORIES_2020S_EN
from stories.demo.testimonials import LINKED_VIDEOS
from stories.demo.themes import THEMES
from stories.demo.vocabulary_en import CONTRIBUTORS_EN, ERAS_EN, THEMES_EN
from stories.models import (
    Contributor,
    ContributorIndexPage,
    Era,
    HomePage,
    StoryIndexPage,
    StoryPage,
    Theme,
)

ENGLISH = "en"
# Keyed by the French slug, as the French stories are.
STORIES_EN: dict[str, dict] = {
    **STORIES_1910S_EN,
    **STORIES_1920S_EN,
    **STORIES_1930S_EN,
    **STORIES_1940S_EN,
    **STORIES_1950S_EN,
    **STORIES_1960S_EN,
    **STORIES_1970S_EN,
    **STORIES_1980S_EN,
    **STORIES_1990S_EN,
    **STORIES_2000S_EN,
    **STORIES_2010S_EN,
    **STORIES_2020S_EN,
}
VIDEO_TITLES_EN = {link["story"]: link["title_en"] for link in LINKED_VIDEOS}
Progress = Callable[[Iterable, str], Iterable]
EnglishTexts = Callable[[Any], None]


def english_locale() -> Locale:
    return Locale.objects.get_or_create(language_code=ENGLISH)[0]


def demo_themes() -> models.QuerySet:
    """The demo's themes still named as the demo named them: a theme an editor renamed is the
    editors' to translate."""
    named_by_the_demo = Q()
    for theme in THEMES:
        named_by_the_demo |= Q(slug=theme["slug"], name=theme["name"])
    return Theme.objects.tags().filter(named_by_the_demo, slug__in=THEMES_EN)


def load_english_demo(french_home: HomePage, progress: Progress) -> dict[str, int]:
    """Translates whatever French demo object has no English translation yet (idempotent);
    returns how many stories were translated."""
    locale = english_locale()
    for theme in untranslated(demo_themes(), locale):
        translate(theme, locale, _english_theme)
    with override(ENGLISH):
        translate(french_home, locale, _english_home)
        for index in (
            StoryIndexPage.objects.child_of(french_home).first(),
            ContributorIndexPage.objects.child_of(french_home).first(),
        ):
            translate(index, locale, _english_index)
    for era in untranslated(Era.objects.filter(slug__in=ERAS_EN), locale):
        translate(era, locale, _english_era)
    people = untranslated(Contributor.objects.filter(slug__in=CONTRIBUTORS_EN), locale)
    for person in people:
        translate(person, locale, _english_contributor)
    stories = untranslated(
        StoryPage.objects.filter(locale=french_home.locale, slug__in=STORIES_EN), locale
    )
    for story in progress(stories, "English stories"):
        translate(story, locale, _english_story)
    return {"stories": len(stories)}


def untranslated(objects: models.QuerySet, locale: Locale) -> list:
    """The source-language objects of ``objects`` that have no translation in ``locale``."""
    translated = objects.model.objects.filter(locale=locale).values("translation_key")
    return list(objects.exclude(locale=locale).exclude(translation_key__in=translated))


@transaction.atomic
def translate(original: TranslatableMixin, locale: Locale, english_texts: EnglishTexts) -> None:
    """Makes (or leaves) the translation of ``original`` in ``locale`` through wagtail-localize,
    every source string translated by the English copy that ``english_texts`` writes."""
    if original.has_translation(locale):
        return
    source, _created = TranslationSource.get_or_create_from_instance(original)
    english = source.as_instance()
    english_texts(english)
    record_string_translations(source, english, locale)
    translation, _created = Translation.objects.update_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    if isinstance(original, Page):
        # Published here rather than when the transaction commits (as save_target(publish=True)
        # would): a commit deferred by an outer transaction would publish the home page from its
        # state before its children were added, and lose them.
        translation.save_target(publish=False)
        original.get_translation(locale).get_latest_revision().publish()
    else:
        translation.save_target()


def record_string_translations(source: TranslationSource, english, locale: Locale) -> None:
    """One StringTranslation per source segment, the English string found at the same path."""
    english_strings = defaultdict(list)
    for segment in extract_segments(english):
        if isinstance(segment, StringSegmentValue):
            english_strings[segment.path].append(segment.string.data)
    positions: dict[str, int] = defaultdict(int)
    translations = []
    segments = StringSegment.objects.filter(source=source).select_related("context")
    for segment in segments.order_by("order"):
        path = segment.context.path
        position = positions[path]
        positions[path] += 1
        translations.append(
            StringTranslation(
                translation_of_id=segment.string_id,
                locale=locale,
                context_id=segment.context_id,
                data=english_strings[path][position],
                translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL,
            )
        )
    StringTranslation.objects.bulk_create(translations, ignore_conflicts=True)


def _set(english, texts: dict, *names: str) -> None:
    for name in names:
        setattr(english, name, texts[name])


def _english_home(english: HomePage) -> None:
    english.title = _("A hundred years of stories")
    english.headline = _("A hundred years, told by those who lived them")


def _english_index(english: Page) -> None:
    english.title = _("Stories") if isinstance(english, StoryIndexPage) else _("Contributors")


def _english_era(english: Era) -> None:
    _set(english, ERAS_EN[english.slug], "slug", "name", "description")


def _english_theme(english: Theme) -> None:
    # The slug stays the French one (synchronised): a theme's address is the same in both languages.
    _set(english, THEMES_EN[english.slug], "name", "description")


def _english_contributor(english: Contributor) -> None:
    texts = CONTRIBUTORS_EN[english.slug]
    english.role, english.bio = texts["role"], texts["bio"]
    english.skills = ", ".join(texts["skills"])


def _english_story(english: StoryPage) -> None:
    texts = STORIES_EN[english.slug]
    english_blocks = iter(texts["body"])
    body = []
    for block in english.body.raw_data:
        if block["type"] in VIDEO_BLOCK_TYPES:
            body.append(_english_video(block, english.slug))
            continue
        block_type, value = next(english_blocks)
        if block_type != block["type"]:
            raise ValueError(f"{english.slug}: the English body does not follow the French one.")
        body.append({**block, "value": value})
    english.body = body
    _set(english, texts, "slug", "title", "teaser", "place", "pull_quote")
    if english.image_alt and texts.get("image"):
        english.image_alt = texts["image"]["alt"]


def _english_video(block: dict, french_slug: str) -> dict:
    """A linked video's block with its English title; a library video has no text of its own."""
    if block["type"] == "external_video" and french_slug in VIDEO_TITLES_EN:
        return {**block, "value": {**block["value"], "title": VIDEO_TITLES_EN[french_slug]}}
    return block
