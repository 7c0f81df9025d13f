"""What a submission becomes, in one transaction: the submission exactly as sent with its original
files kept privately, the contributor (matched by e-mail or new), a draft story page with the
cleaned photos and the video, and the moderation workflow started. E-mails and the video's
processing start only after commit. Withdrawal undoes all of it and erases the personal data,
keeping an anonymous entry in the audit log.

When the file store (S3) does not answer, a submission is refused whole rather than accepted with
its files to follow: the photos exist only in the request, so keeping them for a later upload would
need a second store on the server's disk, which app servers behind a load balancer do not share.
The sender is asked to send again; nothing of the story stays behind."""

import logging
import uuid
from dataclasses import dataclass
from pathlib import Path

from botocore.exceptions import BotoCoreError, ClientError
from django.core.files.base import ContentFile, File
from django.core.files.uploadedfile import UploadedFile
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.html import escape, linebreaks
from django.utils.text import Truncator, slugify
from django.utils.translation import gettext as _
from wagtail.images import get_image_model
from wagtail.log_actions import log
from wagtail.models import Collection, Locale, PageLogEntry

from stories.models import Contributor, StoryIndexPage, StoryPage, Theme, Video
from stories.models.pages import RESERVED_STORY_SLUGS
from stories.videos.probe import VideoInfo
from submissions import moderation, notifications
from submissions.flags import find_flags
from submissions.models import Guidelines, Notification, Submission, SubmissionPhoto
from submissions.models.submissions import ANSWER_FIELDS
from submissions.photos import CleanPhoto

SUBMISSIONS_COLLECTION = "Submissions"
# What boto3 raises when S3 cannot be reached or refuses a request (the store, not the story).
STORAGE_ERRORS = (BotoCoreError, ClientError)

logger = logging.getLogger(__name__)


class StorageUnavailable(Exception):
    """The files could not be stored: the submission was not kept and can be sent again."""


@dataclass(frozen=True)
class SentPhoto:
    upload: UploadedFile
    clean: CleanPhoto
    caption: str
    credit: str


@dataclass(frozen=True)
class SentVideo:
    upload: UploadedFile
    info: VideoInfo


@dataclass(frozen=True)
class SentStory:
    """The form's cleaned data, as the contributor sent it."""

    public_name: str
    email: str
    relation: str
    years_start: int | None
    years_end: int | None
    role: str
    title: str
    story: str
    year: int | None
    decade: int
    circa: bool
    themes: list[Theme]
    pull_quote: str
    language: str
    contact_language: str
    consents: dict[str, bool]
    guidelines: Guidelines
    photos: list[SentPhoto]
    video: SentVideo | None = None
    video_link: str = ""

    @classmethod
    def from_answers(cls, answers: dict, **context) -> "SentStory":
        """From the form's answers (or the demo's), plus what the form adds (consents, photos…)."""
        return cls(**{name: answers[name] for name in ANSWER_FIELDS}, **context)


def create_submission(sent: SentStory, idempotency_key: uuid.UUID) -> tuple[Submission, bool]:
    """Stores a story once per form (a resent POST returns the first one); (submission, created)."""
    if existing := Submission.objects.filter(idempotency_key=idempotency_key).first():
        return existing, False
    written: list = []
    try:
        with transaction.atomic():
            submission = _store(sent, idempotency_key, written)
    except IntegrityError:
        _delete_files(written)
        if existing := Submission.objects.filter(idempotency_key=idempotency_key).first():
            return existing, False  # the same form sent twice at once: the other request won
        raise
    except STORAGE_ERRORS as error:
        _delete_files(written)
        raise StorageUnavailable from error
    except BaseException:
        _delete_files(written)
        raise
    return submission, True


def _store(sent: SentStory, idempotency_key: uuid.UUID, written: list) -> Submission:
    index = story_index_for(sent.language)
    # Files first: the slow part (object storage) runs side by side with other submissions.
    images = [
        _save_image(sent, photo, position, written) for position, photo in enumerate(sent.photos, 1)
    ]
    originals = [_save_original(photo, written) for photo in sent.photos]
    video = _save_video(sent, written) if sent.video else None
    # Then stories are added under their index one at a time, the lock held until commit: the
    # page tree's next path, a free slug and a contributor found by e-mail are read, then written.
    # The index is read again under the lock: its count of children, read before, may be stale.
    index = StoryIndexPage.objects.select_for_update().get(pk=index.pk)
    contributor, created_contributor = _contributor_for(sent, index.locale)
    page = _draft_story(sent, index, contributor, images, video)
    flags = find_flags(_sent_texts(sent), moderation.known_clients())
    submission = Submission.objects.create(
        idempotency_key=idempotency_key,
        **{name: getattr(sent, name) for name in ANSWER_FIELDS},
        theme_slugs=[theme.slug for theme in sent.themes],
        language=sent.language,
        contact_language=sent.contact_language,
        guidelines=sent.guidelines,
        consents=sent.consents,
        consented_at=timezone.now(),
        flags=[flag.as_dict() for flag in flags],
        video_link=sent.video_link,
        video=video,
        page=page,
        contributor=contributor,
        created_contributor=created_contributor,
    )
    for position, (photo, image, original) in enumerate(
        zip(sent.photos, images, originals, strict=True), 1
    ):
        SubmissionPhoto.objects.create(
            submission=submission,
            position=position,
            original=original,
            original_name=(photo.upload.name or "")[:255],
            caption=photo.caption,
            credit=photo.credit,
            image=image,
        )
    log(submission, "centenary.submitted")
    log(page, "centenary.submitted")
    if flags:
        log(page, "centenary.flagged", data={"flags": submission.flags})
    workflow = page.get_workflow()
    if workflow is None:
        moderation.link_story_index(index)
        workflow = page.get_workflow()
    workflow.start(page, user=None)
    notifications.queue(submission, Notification.Kind.RECEIVED)
    return submission


def story_index_for(language: str) -> StoryIndexPage:
    """The story index of the story's language, or the source language's while none exists."""
    index = StoryIndexPage.objects.filter(locale__language_code=language).first()
    return index or StoryIndexPage.objects.get(locale=Locale.get_default())


def _contributor_for(sent: SentStory, locale: Locale) -> tuple[Contributor, bool]:
    known = Contributor.objects.filter(email__iexact=sent.email, locale=locale).first()
    if known:
        return known, False
    contributor = Contributor.objects.create(
        locale=locale,
        name=sent.public_name,
        slug=_free_slug(sent.public_name, Contributor.objects.filter(locale=locale), "contributor"),
        relation=sent.relation,
        role=sent.role,
        years_start=sent.years_start,
        years_end=sent.years_end,
        email=sent.email,
    )
    return contributor, True


def _free_slug(text: str, taken_in, fallback: str, reserved=frozenset()) -> str:
    base = slugify(text)[:60].strip("-") or fallback
    candidate, number = base, 1
    while candidate in reserved or taken_in.filter(slug=candidate).exists():
        number += 1
        candidate = f"{base}-{number}"
    return candidate


def submissions_collection() -> Collection:
    existing = Collection.objects.filter(name=SUBMISSIONS_COLLECTION).first()
    if existing:
        return existing
    # The first submissions may arrive together: one creates the collection, the others wait for
    # its commit and find it.
    root = Collection.objects.select_for_update().get(pk=Collection.get_first_root_node().pk)
    existing = Collection.objects.filter(name=SUBMISSIONS_COLLECTION).first()
    return existing or root.add_child(name=SUBMISSIONS_COLLECTION)


def _save_image(sent: SentStory, photo: SentPhoto, position: int, written: list):
    alt = photo.caption or _("Photo %(position)s of “%(title)s”") % {
        "position": position,
        "title": sent.title,
    }
    image = get_image_model()(title=alt[:255], description=alt, collection=submissions_collection())
    name = f"{uuid.uuid4().hex}.{photo.clean.extension}"
    image.file = ContentFile(photo.clean.content, name=name)
    image.save()
    written.append((image.file.storage, image.file.name))
    return image


def _save_video(sent: SentStory, written: list) -> Video:
    """The video in the library, under a random name; its processing (poster, duration, a
    playable MP4) is queued by ``Video.save`` to start after commit."""
    video = Video(title=sent.title, type="video", collection=submissions_collection())
    # The sender's file name may carry personal data: only its extension is kept.
    extension = Path(sent.video.upload.name or "").suffix.lower()[:9]
    name = uuid.uuid4().hex + (extension if extension[1:].isalnum() else "")
    sent.video.upload.seek(0)
    video.file.save(name, File(sent.video.upload), save=False)
    written.append((video.file.storage, video.file.name))
    video.save()
    return video


def _save_original(photo: SentPhoto, written: list) -> str:
    """The photo as sent, kept privately for the editors; returns its name in the storage."""
    photo.upload.seek(0)
    field = SubmissionPhoto._meta.get_field("original")
    name = field.storage.save(field.generate_filename(None, "original"), File(photo.upload))
    written.append((field.storage, name))
    return name


def _draft_story(sent: SentStory, index: StoryIndexPage, contributor, images, video) -> StoryPage:
    paragraphs = [p.strip() for p in sent.story.replace("\r\n", "\n").split("\n\n") if p.strip()]
    body = [("paragraph", linebreaks(escape(p))) for p in paragraphs]
    # The video comes after the opening paragraph, where a reader meets it before the details.
    if video:
        body.insert(1, ("video", video))
    elif sent.video_link:
        poster = images[0] if images else None
        link = {"url": sent.video_link, "title": sent.title, "poster": poster}
        body.insert(1, ("external_video", link))
    for photo, image in zip(sent.photos[1:], images[1:], strict=True):
        body.append(("image", {"image": image, "caption": photo.caption, "credit": photo.credit}))
    page = StoryPage(
        title=sent.title,
        slug=_free_slug(sent.title, index.get_children(), "story", RESERVED_STORY_SLUGS),
        teaser=Truncator(" ".join(paragraphs[0].split())).chars(280),
        year=sent.year,
        decade=sent.decade,
        circa=sent.circa,
        body=body,
        pull_quote=sent.pull_quote,
        contributor=contributor,
        image=images[0] if images else None,
        live=False,
    )
    index.add_child(instance=page)
    page.themes.set(sent.themes)
    page.save_revision()
    return page


def _sent_texts(sent: SentStory) -> dict[str, str]:
    captions = "\n".join(f"{p.caption}\n{p.credit}" for p in sent.photos)
    return {
        _("title"): sent.title,
        _("story"): sent.story,
        _("pull quote"): sent.pull_quote,
        _("photo captions"): captions.strip(),
    }


def _delete_files(written: list) -> None:
    """Deletes each file; one that the store cannot delete now is logged and left, so that the
    error that made the deletion necessary is the one reported."""
    for storage, name in written:
        try:
            storage.delete(name)
        except STORAGE_ERRORS:
            logger.exception("Could not delete %s from the file store: it is left orphaned.", name)


ERASED = {
    "public_name": "",
    "email": "",
    "role": "",
    "title": "",
    "story": "",
    "pull_quote": "",
    "years_start": None,
    "years_end": None,
    "flags": [],
    "declined_reason": "",
    "video_link": "",
}


def withdraw(submission: Submission) -> None:
    """Takes the story off the site at once and erases the contributor's data and files."""
    files: list = []
    with transaction.atomic():
        submission = Submission.objects.select_for_update().get(pk=submission.pk)
        if submission.is_withdrawn:
            return
        photos = list(submission.photos.select_related("image"))
        has_video = submission.video_id is not None
        files = [(photo.original.storage, photo.original.name) for photo in photos]
        _erase_page(submission)
        for photo in photos:
            if photo.image:
                photo.image.delete()  # Wagtail removes its file and renditions after commit
        if submission.video:
            submission.video.delete()  # its files go after commit (stories.signals)
        _erase_contributor(submission)
        submission.photos.all().delete()
        submission.notifications.all().delete()
        Submission.objects.filter(pk=submission.pk).update(
            **ERASED, page=None, contributor=None, withdrawn_at=timezone.now()
        )
        log(submission, "centenary.withdrawn")
        log(submission, "centenary.erased", data={"photos": len(photos), "video": has_video})
        transaction.on_commit(lambda: _delete_files(files))


def _erase_page(submission: Submission) -> None:
    page = submission.page
    if page is None:
        return
    page_id = page.pk
    if page.live:
        page.unpublish(log_action=False)
    page.delete()
    # The page's history stays in the audit log, without the story's title or any comment.
    PageLogEntry.objects.filter(page_id=page_id).update(label=str(submission), data={})


def _erase_contributor(submission: Submission) -> None:
    contributor = submission.contributor
    if contributor is None or not submission.created_contributor:
        return
    has_other_stories = StoryPage.objects.filter(contributor=contributor).exists()
    has_other_submissions = contributor.submissions.exclude(pk=submission.pk).exists()
    if not has_other_stories and not has_other_submissions:
        contributor.delete()
