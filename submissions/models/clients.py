"""The client register: clients a story may name, with their spellings and whether they agreed."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Client(models.Model):
    name = models.CharField(_("name"), max_length=160, unique=True)
    variants = models.TextField(
        _("other spellings"),
        blank=True,
        help_text=_("One per line: abbreviations, former names, brands."),
    )
    consented = models.BooleanField(
        _("agreed to be named"),
        default=False,
        help_text=_("Stories may name this client only when this is ticked."),
    )
    consent_note = models.CharField(
        _("consent reference"),
        max_length=250,
        blank=True,
        help_text=_("Who agreed, when and how (e.g. an e-mail of 2 March 2026)."),
    )

    class Meta:
        verbose_name = _("client")
        verbose_name_plural = _("client register")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    @property
    def variant_list(self) -> list[str]:
        return [line.strip() for line in self.variants.splitlines() if line.strip()]
