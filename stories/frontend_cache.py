"""Purges the CDN in front of the site when a story is published or unpublished.

Wagtail's frontend cache app purges the story's own address (in each language); a story also
shows on the home page, the story listing and its feed, its decade, theme and era archives and
their feeds, its contributor's profile and the sitemap: those are purged here in the same batch
of requests. Nothing is sent unless a CDN is configured (settings.WAGTAILFRONTENDCACHE, from the
environment); the pages' own cache is purged by stories.signals either way.
"""

from wagtail.contrib.frontend_cache.utils import PurgeBatch, get_backends
from wagtail.signals import page_published, page_unpublished

from stories.archives import archives_of
from stories.models import ContributorIndexPage, StoryPage


def pages_showing(story: StoryPage) -> list[str]:
    """Absolute URLs, in the story's language, of the pages besides its own that show it."""
    index = story.get_parent().specific
    home = index.get_parent()
    urls = [home.full_url, index.full_url, index.full_url + "feed/"]
    for kind, slug in archives_of(story):
        archive = index.full_url + index.reverse_subpage("archive", args=[kind, slug])
        urls += [archive, archive + "feed/"]
    contributors = ContributorIndexPage.objects.child_of(home).live().first()
    if contributors and story.contributor:
        contributors = contributors.specific
        urls.append(
            contributors.full_url
            + contributors.reverse_subpage("profile", args=[story.contributor.slug])
        )
    urls.append(home.get_site().root_url + "/sitemap.xml")
    return urls


def purge_pages_showing(instance: StoryPage, **kwargs) -> None:
    if get_backends():
        PurgeBatch(pages_showing(instance)).purge()


def connect() -> None:
    page_published.connect(
        purge_pages_showing, sender=StoryPage, dispatch_uid="cdn_story_published"
    )
    page_unpublished.connect(
        purge_pages_showing, sender=StoryPage, dispatch_uid="cdn_story_unpublished"
    )
