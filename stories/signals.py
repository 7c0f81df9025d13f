"""Purges the anonymous page cache whenever what a visitor sees may have changed."""

from django.core.cache import caches
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.signals import page_published, page_unpublished, post_page_move

from stories.models import Contributor, Era, Theme


def purge_page_cache(**kwargs) -> None:
    caches["pages"].clear()


page_published.connect(purge_page_cache, dispatch_uid="stories_purge_on_publish")
page_unpublished.connect(purge_page_cache, dispatch_uid="stories_purge_on_unpublish")
post_page_move.connect(purge_page_cache, dispatch_uid="stories_purge_on_move")

for model in (Contributor, Era, Theme):
    receiver(post_save, sender=model, dispatch_uid=f"stories_purge_{model.__name__}_save")(
        purge_page_cache
    )
    receiver(post_delete, sender=model, dispatch_uid=f"stories_purge_{model.__name__}_delete")(
        purge_page_cache
    )
