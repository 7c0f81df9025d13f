"""Themes: a controlled vocabulary of tags that editors manage as snippets and pick from a list.

Themes are translated like eras and contributors, through wagtail-localize: an English theme is the
translation of a French one (same ``translation_key``), so when the French name or description
changes the editor sees the English one as out of date and syncs it. Stories are tagged with the
themes of the site's source language only: taggit's tagged items point at one tag, a story's
translation keeps its source's tagged items (wagtail-localize copies them as they are), and a theme
must select the same stories in both languages. Templates and views show ``label`` and ``summary``,
the texts of the theme's translation in the active language; the slug is synchronised, so every
theme address is the same in both languages.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import OuterRef, Subquery
from django.utils.translation import get_language, get_language_info
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from taggit.models import ItemBase, TagBase
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField


def source_language() -> str:
    """The language whose themes stories are tagged with (French)."""
    return get_supported_content_language_variant(settings.LANGUAGE_CODE)


def active_language() -> str:
    return get_supported_content_language_variant(get_language() or settings.LANGUAGE_CODE)


def in_active_language(field: str, translation_key: str = "translation_key") -> Subquery:
    """The ``field`` of the theme's translation in the active language, for an annotation on a
    query whose rows reach a theme's ``translation_key`` by the path given."""
    translations = Theme.objects.filter(
        translation_key=OuterRef(translation_key), locale__language_code=active_language()
    )
    return Subquery(translations.values(field)[:1])


class ThemeQuerySet(models.QuerySet):
    def tags(self) -> "ThemeQuerySet":
        """The themes stories are tagged with: those of the source language."""
        return self.filter(locale__language_code=source_language())

    def shown(self) -> "ThemeQuerySet":
        """With the name and description to show in the active language, read in the same query
        (``label`` and ``summary`` would otherwise ask for them theme by theme)."""
        name, description = in_active_language("name"), in_active_language("description")
        return self.annotate(shown_name=name, shown_description=description)


class Theme(TranslatableMixin, TagBase):
    # TagBase makes the name and slug unique; here they are unique per language, since a theme's
    # translation keeps its slug and may keep its name ("Innovation").
    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(_("slug"), max_length=100)
    # Editors choose among existing themes in the page editor; new ones are made as snippets.
    free_tagging = False

    description = models.TextField(_("description"), blank=True, max_length=600)

    objects = ThemeQuerySet.as_manager()

    override_translatable_fields = [
        TranslatableField("name"),
        SynchronizedField("slug", overridable=False),
        TranslatableField("description"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("theme")
        verbose_name_plural = _("themes")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["locale", "slug"], name="unique_theme_slug_per_locale"),
            models.UniqueConstraint(fields=["locale", "name"], name="unique_theme_name_per_locale"),
        ]

    def clean(self) -> None:
        """A theme is created in the source language and then translated: a story can only be
        tagged with a source-language theme, so an English-only one would select nothing."""
        super().clean()
        language = self.locale.language_code if self.locale_id else source_language()
        if language != source_language() and not self.get_translations().tags().exists():
            raise ValidationError(
                _(
                    "Create this theme in the site's main language (%(language)s) first, then "
                    "translate it: stories are tagged with the themes of that language."
                )
                % {"language": get_language_info(source_language())["name_translated"]}
            )

    @property
    def label(self) -> str:
        """The theme's name in the active language."""
        return self._in_active_language("name")

    @property
    def summary(self) -> str:
        """The theme's description in the active language."""
        return self._in_active_language("description")

    def _in_active_language(self, field: str) -> str:
        if hasattr(self, f"shown_{field}"):
            shown = getattr(self, f"shown_{field}")
        else:  # not loaded with ``shown()``: one query
            this_theme = Theme.objects.filter(pk=self.pk).shown()
            shown = this_theme.values_list(f"shown_{field}", flat=True).first()
        return shown or getattr(self, field)


class StoryTheme(ItemBase):
    tag = models.ForeignKey(Theme, related_name="tagged_stories", on_delete=models.CASCADE)
    content_object = ParentalKey(
        "stories.StoryPage", related_name="tagged_themes", on_delete=models.CASCADE
    )

    class Meta:
        verbose_name = _("story theme")
        verbose_name_plural = _("story themes")
        unique_together = [("tag", "content_object")]
