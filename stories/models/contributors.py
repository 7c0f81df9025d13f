"""Contributors: the people who tell the stories, shown on public profile cards.

The e-mail address is private: it serves the submission status links only and is never rendered by a
public page, feed, sitemap or search result (tests check each).
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.fields import StreamField
from wagtail.models import TranslatableMixin
from wagtail.search import index


class Relation(models.TextChoices):
    EMPLOYEE = "employee", _("Employee")
    ALUMNUS = "alumnus", _("Alumnus / alumna")
    RETIREE = "retiree", _("Retiree")
    CLIENT = "client", _("Client")
    PARTNER = "partner", _("Partner")
    OTHER = "other", _("Other")


class PublicLinkBlock(blocks.StructBlock):
    label = blocks.CharBlock(label=_("label"), max_length=60)
    url = blocks.URLBlock(label=_("address"))

    class Meta:
        icon = "link"
        label = _("public link")


class Contributor(TranslatableMixin, index.Indexed, models.Model):
    name = models.CharField(_("public name"), max_length=120)
    slug = models.SlugField(_("slug"), max_length=120)
    relation = models.CharField(_("relation to the company"), max_length=20, choices=Relation)
    role = models.CharField(_("role"), max_length=160, blank=True)
    years_start = models.PositiveSmallIntegerField(_("joined in"), null=True, blank=True)
    years_end = models.PositiveSmallIntegerField(
        _("left in"), null=True, blank=True, help_text=_("Empty while still with the company.")
    )
    skills = models.CharField(
        _("skills"), max_length=300, blank=True, help_text=_("Separated by commas.")
    )
    bio = models.TextField(_("short bio"), max_length=800, blank=True)
    photo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("photo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    links = StreamField([("link", PublicLinkBlock())], verbose_name=_("public links"), blank=True)
    email = models.EmailField(
        _("private e-mail"), blank=True, help_text=_("Never shown publicly; used for status links.")
    )

    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("contributor")
        verbose_name_plural = _("contributors")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                fields=["locale", "slug"], name="unique_contributor_slug_per_locale"
            )
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def skill_list(self) -> list[str]:
        return [skill.strip() for skill in self.skills.split(",") if skill.strip()]

    @property
    def years_label(self) -> str:
        """ "1962–1998", "since 2011", or "" when the person never worked here."""
        if self.years_start and self.years_end:
            return f"{self.years_start}–{self.years_end}"
        if self.years_start:
            return _("since %(year)s") % {"year": self.years_start}
        return ""
