"""Eras: named periods of the company's history ("the punched-card years")."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, TranslatableMixin
from wagtail.search import index


class EraQuerySet(models.QuerySet):
    def containing(self, year: int, locale: Locale) -> "EraQuerySet":
        return self.filter(locale=locale, start_year__lte=year, end_year__gte=year)


class Era(TranslatableMixin, index.Indexed, models.Model):
    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(_("slug"), max_length=120, allow_unicode=False)
    start_year = models.PositiveSmallIntegerField(_("first year"))
    end_year = models.PositiveSmallIntegerField(_("last year"))
    description = models.TextField(_("description"), blank=True, max_length=1000)

    objects = EraQuerySet.as_manager()

    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("era")
        verbose_name_plural = _("eras")
        ordering = ["start_year"]
        constraints = [
            models.UniqueConstraint(fields=["locale", "slug"], name="unique_era_slug_per_locale")
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.start_year}–{self.end_year})"

    def clean(self) -> None:
        if self.start_year and self.end_year and self.start_year > self.end_year:
            raise ValidationError({"end_year": _("The last year comes after the first year.")})

    @property
    def years_label(self) -> str:
        return f"{self.start_year}–{self.end_year}"
