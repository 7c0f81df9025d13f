"""What sharing keeps: the campaign's settings (one set per Wagtail site: hashtag, colours, logo)
and its default texts per network and language, each story's drawn cards and its rewritten texts,
the daily counts of shares and visits (numbers only: nothing about a person), and campaign kits.

The campaign is a site setting (Settings → Campaign in the admin) rather than Django settings,
because the social team changes the hashtag, colours, logo and texts without a deployment. Its
default texts are snippets of their own (Settings → Default post texts), so that wagtail-localize
translates them and tells editors when a translation is out of date.
"""

import secrets
import unicodedata

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, HelpPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.images import get_image_model_string
from wagtail.models import TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

from sharing.text_templates import template_errors
from sharing.validators import (
    HASHTAG_MAX_LENGTH,
    validate_hashtag,
    validate_hex_colour,
    validate_x_handle,
)
from stories.models import StoryPage

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


class Network(models.TextChoices):
    """Where a story is shared; e-mail too, since many alumni forward stories by mail."""

    X = "x", "X"
    LINKEDIN = "linkedin", "LinkedIn"
    FACEBOOK = "facebook", "Facebook"
    BLUESKY = "bluesky", "Bluesky"
    EMAIL = "email", _("E-mail")


@register_setting(icon="tag")
class CampaignSettings(ClusterableModel, BaseSiteSetting):
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
        HelpPanel(
            content=_(
                "The default texts of the posts, per network and language, are edited under "
                "Settings → Default post texts, where they are translated like the stories."
            ),
            heading=_("Default post texts"),
        ),
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


class CampaignTextForm(WagtailAdminModelForm):
    def clean(self) -> dict:
        """One text per network and language for a campaign. The database says so too, but the
        admin sets the locale outside the form, and Django checks a unique constraint only on
        the fields a form holds: without this, a second French X text would fail on saving."""
        cleaned_data = super().clean()
        campaign, network = cleaned_data.get("campaign"), cleaned_data.get("network")
        same = CampaignText.objects.filter(
            campaign=campaign, network=network, locale_id=self.instance.locale_id
        )
        if campaign and network and same.exclude(pk=self.instance.pk).exists():
            self.add_error(
                "network",
                _(
                    "This campaign already has a default text for this network in this "
                    "language: edit that one instead."
                ),
            )
        return cleaned_data


class CampaignText(TranslatableMixin, models.Model):
    """The text a story's post starts from on one network in one language (its locale);
    placeholders such as {quote} and {link} are filled from the story (sharing.texts).

    A snippet translated through wagtail-localize rather than a row per language typed in by
    hand: when the French text changes, the editor shows its English translation as having a
    string to translate again, and "Sync translated snippets" brings it up to date."""

    campaign = models.ForeignKey(
        CampaignSettings,
        verbose_name=_("campaign"),
        on_delete=models.CASCADE,
        related_name="text_templates",
    )
    network = models.CharField(_("network"), max_length=12, choices=Network)
    template = models.TextField(_("text"))

    # Only the words are translated. wagtail-localize synchronises a field with choices and a key
    # to a model without locale anyway, but would let the translator override the campaign: the
    # English translation of an X text stays the X text of its source's campaign.
    override_translatable_fields = [
        SynchronizedField("network", overridable=False),
        SynchronizedField("campaign", overridable=False),
        TranslatableField("template"),
    ]

    panels = [
        FieldRowPanel([FieldPanel("network"), FieldPanel("campaign")]),
        FieldPanel(
            "template",
            help_text=_(
                "Placeholders: {quote}, {contributor}, {decade}, {title}, {link}, {hashtag}; keep "
                "{link} and {hashtag}. For e-mail, the first line is the subject. On X the quote "
                "is shortened to fit 280 characters (a link counts as 23)."
            ),
        ),
    ]
    base_form_class = CampaignTextForm

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("default text")
        verbose_name_plural = _("default texts")
        constraints = [
            models.UniqueConstraint(
                fields=["campaign", "network", "locale"], name="one_default_text_per_network"
            )
        ]

    def __str__(self) -> str:
        return f"{self.get_network_display()} ({self.locale.language_code})"

    def clean(self) -> None:
        """Refuses an unknown placeholder, a text without {hashtag} or {link}, an e-mail without
        a subject line, and an X text too long before the quote is in (sharing.text_templates)."""
        super().clean()
        errors = template_errors(self.template or "", self.network)
        if errors:
            raise ValidationError({"template": errors})


def card_path(card: "StoryCard", filename: str) -> str:
    return f"cards/{card.story_id}/{filename}"


class StoryCard(models.Model):
    """A story's card in one format, drawn in the background. Its file name carries a hash of
    what it shows, so a changed card gets a new address and the networks fetch it again."""

    story = models.ForeignKey(StoryPage, on_delete=models.CASCADE, related_name="share_cards")
    format = models.CharField(_("format"), max_length=12)
    file = models.FileField(_("file"), upload_to=card_path, max_length=200)
    width = models.PositiveSmallIntegerField(default=0)
    height = models.PositiveSmallIntegerField(default=0)
    inputs_hash = models.CharField(max_length=64)
    drawn_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("share card")
        verbose_name_plural = _("share cards")
        constraints = [
            models.UniqueConstraint(fields=["story", "format"], name="one_card_per_format")
        ]

    def __str__(self) -> str:
        return f"{self.story_id} {self.format}"


class StoryShareText(models.Model):
    """An editor's own text for one network, in the story's language, instead of the generated
    one. It always keeps the campaign hashtag and, for X, fits the 280-character budget."""

    story = ParentalKey(StoryPage, on_delete=models.CASCADE, related_name="share_texts")
    network = models.CharField(_("network"), max_length=12, choices=Network)
    text = models.TextField(_("text"))

    panels = [FieldPanel("network"), FieldPanel("text")]

    class Meta:
        verbose_name = _("text to share")
        verbose_name_plural = _("texts to share")
        constraints = [
            models.UniqueConstraint(fields=["story", "network"], name="one_share_text_per_network")
        ]

    def __str__(self) -> str:
        return self.get_network_display()


class ShareCount(models.Model):
    """How many times a story was shared to a network on a day, and how many visits came back
    from it. Counts only: no cookie, no address, nothing that tells one person from another."""

    story = models.ForeignKey(StoryPage, on_delete=models.CASCADE, related_name="+")
    network = models.CharField(max_length=12, choices=Network)
    day = models.DateField()
    shares = models.PositiveIntegerField(default=0)
    visits = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("share count")
        verbose_name_plural = _("share counts")
        constraints = [
            models.UniqueConstraint(fields=["story", "network", "day"], name="one_count_per_day")
        ]
        indexes = [models.Index(fields=["day"], name="share_count_day")]

    def __str__(self) -> str:
        return f"{self.story_id} {self.network} {self.day}"


def kit_path(kit: "CampaignKit", filename: str) -> str:
    """A folder name nobody can guess: the default storage may be served as it is."""
    return f"kits/{secrets.token_urlsafe(24)}/{filename}"


class CampaignKit(models.Model):
    """A ZIP of cards and texts the social team asked for, built in the background
    (sharing.kits): the stories it picks (its filters), how far the building went and its file."""

    class State(models.TextChoices):
        PENDING = "pending", _("Waiting")
        BUILDING = "building", _("Building")
        READY = "ready", _("Ready")
        FAILED = "failed", _("Failed")

    decade = models.PositiveSmallIntegerField(_("decade"), null=True, blank=True)
    # The slug, not a key: a theme deleted meanwhile makes the kit fail instead of growing.
    theme = models.CharField(_("theme"), max_length=100, blank=True)
    published_from = models.DateField(_("published from"), null=True, blank=True)
    published_to = models.DateField(_("published until"), null=True, blank=True)
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    state = models.CharField(_("state"), max_length=10, choices=State, default=State.PENDING)
    done = models.PositiveIntegerField(_("stories done"), default=0)
    total = models.PositiveIntegerField(_("stories"), default=0)
    message = models.TextField(_("message"), blank=True)
    file = models.FileField(_("file"), upload_to=kit_path, max_length=200, blank=True)
    created_at = models.DateTimeField(_("asked at"), auto_now_add=True)
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("asked by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("campaign kit")
        verbose_name_plural = _("campaign kits")
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.pk} {self.state}"
