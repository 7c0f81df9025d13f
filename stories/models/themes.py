"""Themes: a controlled vocabulary of tags that editors manage as snippets and pick from a list.

A theme is one row in both languages, with its English name and description beside the French
ones: taggit's tags are unique by name and by slug and a story points at them through its own
tagged items, so making themes ``TranslatableMixin`` snippets would mean one tag per language and
re-tagging every translated story (wagtail-localize does not map taggit items to translated tags).
Templates and views show ``label`` and ``summary``, which follow the active language; the slug,
and so every theme address, is the same in both languages.
"""

from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from taggit.models import ItemBase, TagBase


class Theme(TagBase):
    # Editors choose among existing themes in the page editor; new ones are made as snippets.
    free_tagging = False

    description = models.TextField(_("description"), blank=True, max_length=600)
    name_en = models.CharField(
        _("name in English"),
        max_length=100,
        blank=True,
        help_text=_("Shown on the English pages; the French name is used while it is empty."),
    )
    description_en = models.TextField(_("description in English"), blank=True, max_length=600)

    class Meta:
        verbose_name = _("theme")
        verbose_name_plural = _("themes")
        ordering = ["name"]

    @property
    def label(self) -> str:
        """The theme's name in the active language."""
        return self.name_en if self.name_en and _speaks_english() else self.name

    @property
    def summary(self) -> str:
        """The theme's description in the active language."""
        return (
            self.description_en if self.description_en and _speaks_english() else self.description
        )


def _speaks_english() -> bool:
    return (get_language() or "").startswith("en")


class StoryTheme(ItemBase):
    tag = models.ForeignKey(Theme, related_name="tagged_stories", on_delete=models.CASCADE)
    content_object = ParentalKey(
        "stories.StoryPage", related_name="tagged_themes", on_delete=models.CASCADE
    )

    class Meta:
        verbose_name = _("story theme")
        verbose_name_plural = _("story themes")
        unique_together = [("tag", "content_object")]
