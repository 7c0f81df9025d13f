"""Campaign kits: the social team picks stories by decade, theme or publication dates and gets a
ZIP holding, for each story, its three cards and a CSV of its ready-to-post texts, one row per
language and network, each with its tracked link (`utm_content` is the story's slug).

A kit is built by a background task (sharing.tasks.build_campaign_kit), never in a request. The
cards already drawn are copied from storage; a card not drawn yet is drawn here with
`render_card` and put in the ZIP only (storing cards is the card task's job). The ZIP is written
to a temporary file, one story at a time, and saved in the default storage under a name nobody
can guess; editors download it through an admin view (sharing.kit_views).

Limits, and why:
- At most MAX_KIT_STORIES (200) stories per kit. A story's three cards with a photo weigh about
  0.6 MB (587–625 KB on demo stories), so a full kit is a ZIP of ~120 MB; drawing the three
  cards of a story that has none stored took 0.4–1.1 s, under four minutes for a full kit. A
  campaign posts a few stories a day: a choice matching more is a mistake in the filters more
  often than a need, so it is refused with the count, to be narrowed.
- Kits are kept KIT_KEPT_DAYS (7) days: a kit is a snapshot of texts and cards that go out of
  date as the stories and the campaign change. Older kits and their files are deleted each time
  a kit is built.

Languages: the kit picks stories in the site's source language; a story's CSV also holds the
texts of its live translations, each linking to its own page.

CSV columns: language, network (fixed codes, as in the report's CSV), text, link; UTF-8 with a
byte-order mark and the separator Excel expects in the language of the editor who asked.
"""

from __future__ import annotations

import csv
import datetime
import io
import logging
import shutil
import tempfile
import zipfile
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from django.core.files import File
from django.utils import formats, timezone, translation
from django.utils.translation import gettext as _
from wagtail.models import Locale, PageQuerySet

from sharing.cards import CardFormat, campaign_for, render_card
from sharing.links import story_link
from sharing.models import CampaignKit, CampaignSettings, Network
from sharing.report_csv import BOM, delimiter_for, safe_cell
from sharing.texts import ready_to_post_text, story_language, text_sources
from stories.models import StoryPage, Theme
from stories.queries import live_stories, theme_from_slug

logger = logging.getLogger(__name__)

MAX_KIT_STORIES = 200
KIT_KEPT_DAYS = 7


class KitFailure(Exception):
    """A kit that cannot be built, with the message its page shows."""


@dataclass(frozen=True)
class KitFilters:
    """Which stories a kit holds: any filter left empty picks every story."""

    decade: int | None = None
    theme: Theme | None = None
    published_from: datetime.date | None = None
    published_to: datetime.date | None = None


def kit_stories(filters: KitFilters) -> PageQuerySet:
    """The live, public stories in the site's source language that `filters` pick, the most
    recently published first."""
    stories = live_stories(Locale.get_default().pk)
    if filters.decade is not None:
        stories = stories.filter(decade=filters.decade)
    if filters.theme is not None:
        stories = stories.filter(tagged_themes__tag=filters.theme)
    if filters.published_from is not None:
        stories = stories.filter(first_published_at__date__gte=filters.published_from)
    if filters.published_to is not None:
        stories = stories.filter(first_published_at__date__lte=filters.published_to)
    return stories.order_by("-first_published_at", "pk")


def dates_error(start: datetime.date | None, end: datetime.date | None) -> str | None:
    if start and end and start > end:
        return _("The dates are reversed: “from” (%(start)s) is after “until” (%(end)s).") % {
            "start": formats.date_format(start),
            "end": formats.date_format(end),
        }
    return None


def size_error(count: int) -> str | None:
    """Why a kit of `count` stories cannot be built, or None when it can."""
    if count == 0:
        return _("No published story matches these choices.")
    if count > MAX_KIT_STORIES:
        return _(
            "%(count)s stories match these choices, and a kit holds at most %(max)s: "
            "narrow the choice (a decade, a theme or shorter dates)."
        ) % {"count": count, "max": MAX_KIT_STORIES}
    return None


def ask_for_kit(filters: KitFilters, user, language: str) -> CampaignKit:
    """Records a kit to build (the caller enqueues the task once this is committed)."""
    return CampaignKit.objects.create(
        decade=filters.decade,
        theme=filters.theme.slug if filters.theme else "",
        published_from=filters.published_from,
        published_to=filters.published_to,
        language=language,
        requested_by=user,
    )


def kit_filters(kit: CampaignKit) -> KitFilters:
    """The filters the kit was asked with; a theme deleted since then makes it fail."""
    theme = None
    if kit.theme:
        theme = theme_from_slug(kit.theme)
        if theme is None:
            raise KitFailure(_("The theme “%(theme)s” no longer exists.") % {"theme": kit.theme})
    return KitFilters(kit.decade, theme, kit.published_from, kit.published_to)


def build_kit(kit_id: int) -> str:
    """Builds a waiting kit and records its progress, its file or why it failed; returns its
    final state ("" for a kit built already, or deleted).

    A kit found "building" was left by a worker that died (the queue runs the task again, see
    centenary/worker.py): it is built again from the start, its ZIP being stored only at the end."""
    unfinished = (CampaignKit.State.PENDING, CampaignKit.State.BUILDING)
    kit = CampaignKit.objects.filter(pk=kit_id, state__in=unfinished).first()
    if kit is None:
        return ""
    with translation.override(kit.language):
        try:
            stories = _stories_to_build(kit)
            _record(kit, state=CampaignKit.State.BUILDING, total=len(stories), done=0)
            _write_and_store(kit, stories)
        except KitFailure as failure:
            return _failed(kit, str(failure))
        except OSError as error:  # storage, a card file, a photo that cannot be read
            logger.warning("Campaign kit %s could not be built", kit.pk, exc_info=True)
            reason = {"reason": error.strerror or type(error).__name__}
            return _failed(kit, _("The kit could not be written (%(reason)s).") % reason)
        except Exception:
            # A programming error: the kit says so, and the task backend records the traceback.
            _failed(kit, _("The kit could not be built because of an error on the site."))
            raise
    _record(kit, state=CampaignKit.State.READY, file=kit.file.name, message="")
    forget_old_kits(timezone.now())
    return CampaignKit.State.READY


def _stories_to_build(kit: CampaignKit) -> list[StoryPage]:
    """The kit's stories, read again: the choice was checked when asked, but stories may have
    been unpublished since."""
    stories = kit_stories(kit_filters(kit))
    error = size_error(stories.count())
    if error:
        raise KitFailure(error)
    return list(
        stories.select_related("contributor", "image", "locale").prefetch_related(
            "share_cards", "share_texts"
        )
    )


def _record(kit: CampaignKit, **fields) -> None:
    CampaignKit.objects.filter(pk=kit.pk).update(**fields)
    for name, value in fields.items():
        setattr(kit, name, value)


def _failed(kit: CampaignKit, message: str) -> str:
    _record(kit, state=CampaignKit.State.FAILED, message=message[:2000])
    return CampaignKit.State.FAILED


def _write_and_store(kit: CampaignKit, stories: list[StoryPage]) -> None:
    """Writes the ZIP to a temporary file, counting each story done, then saves it in storage."""
    translations = translations_of(stories)
    with tempfile.TemporaryFile(prefix="campaign-kit-") as zip_file:
        # JPEGs do not shrink: stored as they are; the CSV files are deflated.
        with zipfile.ZipFile(zip_file, "w", compression=zipfile.ZIP_STORED) as archive:
            for done, story in enumerate(stories, start=1):
                versions = [story, *translations.get(story.translation_key, [])]
                write_story(archive, story, versions, kit.language)
                _record(kit, done=done)
        zip_file.seek(0)
        kit.file.save(kit_file_name(kit), File(zip_file), save=False)


def kit_file_name(kit: CampaignKit) -> str:
    return f"campaign-kit-{timezone.localdate(kit.created_at).isoformat()}.zip"


def translations_of(stories: Iterable[StoryPage]) -> dict[object, list[StoryPage]]:
    """The live, public translations of `stories` in the site's other languages, by
    translation key."""
    keys = [story.translation_key for story in stories]
    found = defaultdict(list)
    for locale in Locale.objects.exclude(pk=Locale.get_default().pk).order_by("language_code"):
        versions = (
            live_stories(locale.pk)
            .filter(translation_key__in=keys)
            .select_related("contributor", "locale")
            .prefetch_related("share_texts")
        )
        for version in versions:
            found[version.translation_key].append(version)
    return found


def write_story(
    archive: zipfile.ZipFile, story: StoryPage, versions: list[StoryPage], language: str
) -> None:
    """The story's folder: its three cards and the CSV of the texts of its `versions`."""
    write_cards(archive, story)
    archive.writestr(
        f"{story.slug}/texts.csv",
        texts_csv(versions, campaign_for(story), language),
        compress_type=zipfile.ZIP_DEFLATED,
    )


def card_entry_name(story: StoryPage, card_format: CardFormat) -> str:
    width, height = card_format.size
    return f"{story.slug}/{card_format}-{width}x{height}.jpg"


def write_cards(archive: zipfile.ZipFile, story: StoryPage) -> None:
    """The stored cards, copied from storage without holding them whole; the missing ones drawn."""
    stored = {card.format: card for card in story.share_cards.all()}
    for card_format in CardFormat:
        name = card_entry_name(story, card_format)
        card = stored.get(str(card_format))
        if card and card.file and card.file.storage.exists(card.file.name):
            with card.file.open("rb") as jpeg, archive.open(name, "w") as entry:
                shutil.copyfileobj(jpeg, entry)
        else:
            archive.writestr(name, render_card(story, card_format))


def text_rows(versions: list[StoryPage], campaign: CampaignSettings) -> list[list[str]]:
    """For each version of a story (its language) and each network: the text and its link."""
    rows = []
    for version in versions:
        sources = text_sources(version, campaign)
        for network in Network:
            link = story_link(version, network, campaign, None)
            text = ready_to_post_text(version, network, link, campaign, sources)
            rows.append([story_language(version), network.value, text, link])
    return rows


def texts_csv(versions: list[StoryPage], campaign: CampaignSettings, language: str) -> bytes:
    buffer = io.StringIO()
    buffer.write(BOM)
    writer = csv.writer(buffer, delimiter=delimiter_for(language), lineterminator="\r\n")
    writer.writerow([_("language"), _("network"), _("text"), _("link")])
    for row in text_rows(versions, campaign):
        writer.writerow([safe_cell(value) for value in row])
    return buffer.getvalue().encode("utf-8")


def forget_old_kits(now: datetime.datetime) -> int:
    """Deletes the kits asked for more than KIT_KEPT_DAYS days before `now`, with their files;
    returns how many."""
    old = CampaignKit.objects.filter(created_at__lt=now - datetime.timedelta(days=KIT_KEPT_DAYS))
    for kit in old:
        if kit.file:
            kit.file.delete(save=False)
    return old.delete()[0]
