"""Themes: a controlled vocabulary of tags that editors manage as snippets and pick from a list."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from taggit.models import ItemBase, TagBase


class Theme(TagBase):
    # Editors choose among existing themes in the page editor; new ones are made as snippets.
    free_tagging = False

    description = models.TextField(_("description"), blank=True, max_length=600)

    class Meta:
        verbose_name = _("theme")
        verbose_name_plural = _("themes")
        ordering = ["name"]


class StoryTheme(ItemBase):
    tag = models.ForeignKey(Theme, related_name="tagged_stories", on_delete=models.CASCADE)
    content_object = ParentalKey(
        "stories.StoryPage", related_name="tagged_themes", on_delete=models.CASCADE
    )

    class Meta:
        verbose_name = _("story theme")
        verbose_name_plural = _("story themes")
        unique_together = [("tag", "content_object")]
