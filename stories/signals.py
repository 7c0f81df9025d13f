"""Purges the anonymous page cache whenever what a visitor sees may have changed, and keeps the
search index of a story in step with the transcripts of its videos."""

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.models import PageViewRestriction
from wagtail.search.index import insert_or_update_object
from wagtail.signals import page_published, page_unpublished, post_page_move

from stories.alternates import redirect_other_language_slugs
from stories.cache import purge_page_cache
from stories.frontend_cache import stories_showing_video
from stories.models import Contributor, Era, Theme, Video, VideoCaption
from stories.models.themes import source_language

page_published.connect(purge_page_cache, dispatch_uid="stories_purge_on_publish")
page_published.connect(redirect_other_language_slugs, dispatch_uid="stories_translated_slugs")
page_unpublished.connect(purge_page_cache, dispatch_uid="stories_purge_on_unpublish")
post_page_move.connect(purge_page_cache, dispatch_uid="stories_purge_on_move")

# A page made private (or public again) leaves (or joins) the listings, and its cached copy must
# not outlive the change.
for model in (Contributor, Era, Theme, PageViewRestriction):
    receiver(post_save, sender=model, dispatch_uid=f"stories_purge_{model.__name__}_save")(
        purge_page_cache
    )
    receiver(post_delete, sender=model, dispatch_uid=f"stories_purge_{model.__name__}_delete")(
        purge_page_cache
    )


def reindex_stories_showing(video: Video) -> None:
    """A story's search entry holds its videos' transcripts: it is rebuilt when one changes."""
    for story in stories_showing_video(video):
        insert_or_update_object(story)


@receiver(post_save, sender=Video, dispatch_uid="stories_reindex_on_video_save")
def video_saved(instance: Video, **kwargs) -> None:
    reindex_stories_showing(instance)
    purge_page_cache()


@receiver(post_save, sender=VideoCaption, dispatch_uid="stories_reindex_on_caption_save")
def caption_saved(instance: VideoCaption, **kwargs) -> None:
    reindex_stories_showing(instance.video)
    purge_page_cache()


@receiver(post_delete, sender=Video, dispatch_uid="stories_delete_video_original")
def delete_video_original(instance: Video, **kwargs) -> None:
    # wagtailmedia deletes the file and the poster; the private original is ours to delete.
    if instance.original:
        transaction.on_commit(lambda: instance.original.delete(save=False))


@receiver(post_delete, sender=VideoCaption, dispatch_uid="stories_delete_caption_file")
def delete_caption_file(instance: VideoCaption, **kwargs) -> None:
    if instance.file:
        transaction.on_commit(lambda: instance.file.delete(save=False))


@receiver(post_delete, sender=Theme, dispatch_uid="stories_delete_theme_translations")
def delete_theme_translations(instance: Theme, **kwargs) -> None:
    """A French theme's translations go with it: they would name a theme no story can have, and
    hold its slug against a new theme of that name."""
    if instance.locale.language_code == source_language():
        instance.get_translations().delete()
