"""Purges the CDN in front of the site when what its pages show changes.

Wagtail's frontend cache app purges a published or unpublished story's own address (in each
language); a story also shows on the home page, the story listing and its feed, its decade, theme
and era archives and their feeds, its contributor's profile and the sitemap: those are purged here
in the same batch of requests. A contributor, era, theme, video or caption edited in the admin
purges the stories that show it and its own profile or archive. Nothing is sent unless a CDN is
configured (settings.WAGTAILFRONTENDCACHE, from the environment); the pages' own cache is purged
by stories.signals either way. Wagtail adds each URL's other languages itself
(WAGTAILFRONTENDCACHE_LANGUAGES defaults to LANGUAGES).
"""

from django.db import transaction
from django.db.models import QuerySet
from django.db.models.signals import post_delete, post_save
from wagtail.contrib.frontend_cache.utils import PurgeBatch, get_backends
from wagtail.models import PageViewRestriction, ReferenceIndex
from wagtail.signals import page_published, page_unpublished

from stories.archives import archives_of
from stories.models import (
    Contributor,
    ContributorIndexPage,
    Era,
    StoryIndexPage,
    StoryPage,
    Theme,
    Video,
    VideoCaption,
)


def pages_showing(story: StoryPage) -> list[str]:
    """Absolute URLs, in the story's language, of the pages besides its own that show it."""
    index = story.get_parent().specific
    urls = _listing_urls(index)
    for kind, slug in archives_of(story):
        urls += _archive_urls(index, kind, slug)
    if story.contributor:
        urls += _profile_urls(story.contributor)
    urls.append(index.get_site().root_url + "/sitemap.xml")
    return urls


def purge_pages_showing(instance: StoryPage, **kwargs) -> None:
    if get_backends():
        PurgeBatch(pages_showing(instance)).purge()


def stories_showing_video(video: Video) -> QuerySet:
    """The live stories whose body shows the video (Wagtail's reference index knows them)."""
    story_ids = ReferenceIndex.get_references_to(video).values_list("object_id", flat=True)
    return StoryPage.objects.live().filter(pk__in=[int(pk) for pk in story_ids])


def _listing_urls(index: StoryIndexPage) -> list[str]:
    """The home page, the story listing and its feed: every story shows on them."""
    return [index.get_parent().full_url, index.full_url, index.full_url + "feed/"]


def _archive_urls(index: StoryIndexPage, kind: str, slug: str) -> list[str]:
    """An archive's page and its feed."""
    archive = index.full_url + index.reverse_subpage("archive", args=[kind, slug])
    return [archive, archive + "feed/"]


def _listing_and_archive_urls(kind: str, slug: str, locale_id: int) -> list[str]:
    """An era's or theme's archive, and the home page and listing that link to it."""
    index = StoryIndexPage.objects.live().filter(locale_id=locale_id).first()
    if index is None:
        return []
    return [*_listing_urls(index), *_archive_urls(index, kind, slug)]


def _profile_urls(contributor: Contributor) -> list[str]:
    profiles = ContributorIndexPage.objects.live().filter(locale_id=contributor.locale_id).first()
    if profiles is None:
        return []
    profiles = profiles.specific
    return [profiles.full_url + profiles.reverse_subpage("profile", args=[contributor.slug])]


def _showing(instance) -> tuple[list[str], QuerySet]:
    """The addresses and the live stories that show a contributor, era, theme, video or caption."""
    stories = StoryPage.objects.live()
    if isinstance(instance, VideoCaption):
        # A caption deleted with its video no longer has one.
        instance = Video.objects.filter(pk=instance.video_id).first()
        if instance is None:
            return [], stories.none()
    if isinstance(instance, Video):
        return [], stories_showing_video(instance)
    if isinstance(instance, Contributor):
        return _profile_urls(instance), stories.filter(contributor=instance)
    if isinstance(instance, Era):
        urls = _listing_and_archive_urls("era", instance.slug, instance.locale_id)
        return urls, stories.filter(era=instance)
    # A theme's translation names the French theme the stories of its language are tagged with.
    urls = _listing_and_archive_urls("theme", instance.slug, instance.locale_id)
    tagged = stories.filter(
        locale_id=instance.locale_id, tagged_themes__tag__translation_key=instance.translation_key
    )
    return urls, tagged


def purge_pages_showing_snippet(instance, **kwargs) -> None:
    """Purges, once the edit is committed, the pages that show what an editor changed."""
    if not get_backends():
        return
    urls, stories = _showing(instance)
    batch = PurgeBatch(urls)
    batch.add_pages(stories)
    transaction.on_commit(batch.purge)


def purge_pages_behind_restriction(instance: PageViewRestriction, **kwargs) -> None:
    """A page made private, or public again: it and the pages under it, and for a story the pages
    that list it, once the change is committed."""
    if not get_backends():
        return
    page = instance.page.specific
    batch = PurgeBatch()
    batch.add_pages(page.get_descendants(inclusive=True).live())
    if isinstance(page, StoryPage):
        batch.add_urls(pages_showing(page))
    transaction.on_commit(batch.purge)


def connect() -> None:
    page_published.connect(
        purge_pages_showing, sender=StoryPage, dispatch_uid="cdn_story_published"
    )
    page_unpublished.connect(
        purge_pages_showing, sender=StoryPage, dispatch_uid="cdn_story_unpublished"
    )
    for model in (Contributor, Era, Theme, Video, VideoCaption):
        for event, signal in (("saved", post_save), ("deleted", post_delete)):
            signal.connect(
                purge_pages_showing_snippet,
                sender=model,
                dispatch_uid=f"cdn_{model.__name__}_{event}",
            )
    for event, signal in (("saved", post_save), ("deleted", post_delete)):
        signal.connect(
            purge_pages_behind_restriction,
            sender=PageViewRestriction,
            dispatch_uid=f"cdn_restriction_{event}",
        )
