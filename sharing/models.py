"""The campaign's settings, one set per Wagtail site: what every share card and post carries.

A site setting (Settings → Campaign in the admin) rather than Django settings, because the social
team changes the hashtag, colours and logo without a deployment. Texts per network and language
come later.
"""

import unicodedata

from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.images import get_image_model_string

from sharing.validators import (
    HASHTAG_MAX_LENGTH,
    validate_hashtag,
    validate_hex_colour,
    validate_x_handle,
)

DEFAULT_HASHTAG = "#Centenaire100"
DEFAULT_PRIMARY_COLOUR = "#7a1f2b"
DEFAULT_ACCENT_COLOUR = "#cf5b3f"
DEFAULT_BACKGROUND_COLOUR = "#fbf8f2"

COLOUR_WIDGET = forms.TextInput(attrs={"type": "color"})


def colour_field(verbose_name: str, default: str, help_text: str) -> models.CharField:
    return models.CharField(
        verbose_name,
        max_length=7,
        default=default,
        validators=[validate_hex_colour],
        help_text=help_text,
    )


@register_setting(icon="tag")
class CampaignSettings(BaseSiteSetting):
    name = models.CharField(
        _("campaign name"),
        max_length=120,
        default="Centenaire",
        help_text=_("How the team calls the campaign, e.g. “Nos 100 ans”."),
    )
    hashtag = models.CharField(
        _("hashtag"),
        max_length=HASHTAG_MAX_LENGTH,
        default=DEFAULT_HASHTAG,
        validators=[validate_hashtag],
        help_text=_("Shown on every card and added to every post, e.g. #Centenaire100."),
    )
    primary_colour = colour_field(
        _("primary colour"),
        DEFAULT_PRIMARY_COLOUR,
        _("The quote's colour on cards without a photo."),
    )
    accent_colour = colour_field(
        _("accent colour"), DEFAULT_ACCENT_COLOUR, _("The hashtag and the rule above the quote.")
    )
    background_colour = colour_field(
        _("background colour"),
        DEFAULT_BACKGROUND_COLOUR,
        _("The card's background when the story has no photo."),
    )
    logo = models.ForeignKey(
        get_image_model_string(),
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("A PNG with a transparent background works best on photos and colours alike."),
    )
    x_handle = models.CharField(
        _("X handle"),
        max_length=16,
        blank=True,
        validators=[validate_x_handle],
        help_text=_("The company's account on X, e.g. @Ferrandier."),
    )

    select_related = ["logo"]

    panels = [
        FieldPanel("name"),
        FieldPanel("hashtag"),
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [
                        FieldPanel("primary_colour", widget=COLOUR_WIDGET),
                        FieldPanel("accent_colour", widget=COLOUR_WIDGET),
                        FieldPanel("background_colour", widget=COLOUR_WIDGET),
                    ]
                )
            ],
            heading=_("Brand colours"),
        ),
        FieldPanel("logo"),
        FieldPanel("x_handle"),
    ]

    class Meta:
        verbose_name = _("campaign")
        verbose_name_plural = _("campaigns")

    def clean_fields(self, exclude: list[str] | None = None) -> None:
        """Normalises before validating: a hashtag typed on a Mac may hold "é" as "e" + a combining
        accent (NFD), which networks treat as a different tag; colours are stored in lower case."""
        self.hashtag = unicodedata.normalize("NFC", self.hashtag.strip())
        self.x_handle = self.x_handle.strip()
        for field in ("primary_colour", "accent_colour", "background_colour"):
            setattr(self, field, getattr(self, field).strip().lower())
        super().clean_fields(exclude)
