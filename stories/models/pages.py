"""The page tree: home → story index (decade, theme and era archives, feeds) → stories, and the
contributors' index with their profile cards."""

from django.core.exceptions import ValidationError
from django.db import models
from django.http import HttpRequest, HttpResponse
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Locale, Page
from wagtail.search import index

from stories import dates
from stories.blocks import VIDEO_BLOCK_TYPES, StoryBodyBlock
from stories.models.contributors import Contributor
from stories.models.eras import Era
from stories.models.themes import StoryTheme
from stories.theme_fields import StoryPageForm

# Path words of the story index's own routes: a story may not take one of them as its slug.
RESERVED_STORY_SLUGS = {"decade", "theme", "era", "feed"}


def decade_choices() -> list[tuple[int, str]]:
    return [(decade, dates.decade_slug(decade)) for decade in dates.century_decades()]


class HomePage(Page):
    headline = models.CharField(_("headline"), max_length=200, blank=True)
    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = Page.content_panels + [FieldPanel("headline"), FieldPanel("intro")]
    subpage_types = ["stories.StoryIndexPage", "stories.ContributorIndexPage"]
    parent_page_types = ["wagtailcore.Page"]

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request: HttpRequest, *args, **kwargs) -> dict:
        from stories.views.home import home_context

        context = super().get_context(request, *args, **kwargs)
        context.update(home_context(self, request))
        return context


class StoryIndexPage(RoutablePageMixin, Page):
    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = Page.content_panels + [FieldPanel("intro")]
    subpage_types = ["stories.StoryPage"]
    parent_page_types = ["stories.HomePage"]

    class Meta:
        verbose_name = _("story index")

    @path("")
    def all_stories(self, request: HttpRequest) -> HttpResponse:
        from stories.views.listings import story_listing

        return story_listing(self, request)

    @path("feed/")
    def feed(self, request: HttpRequest) -> HttpResponse:
        from stories.feeds import story_feed

        return story_feed(self, request)

    @path("<slug:kind>/<slug:slug>/")
    def archive(self, request: HttpRequest, kind: str, slug: str) -> HttpResponse:
        from stories.archives import find_archive
        from stories.views.listings import story_listing

        return story_listing(self, request, find_archive(kind, slug, self.locale_id))

    @path("<slug:kind>/<slug:slug>/feed/")
    def archive_feed(self, request: HttpRequest, kind: str, slug: str) -> HttpResponse:
        from stories.archives import find_archive
        from stories.feeds import story_feed

        return story_feed(self, request, find_archive(kind, slug, self.locale_id))

    def get_sitemap_urls(self, request: HttpRequest | None = None) -> list[dict]:
        from stories.sitemap import story_index_sitemap_urls

        return super().get_sitemap_urls(request) + story_index_sitemap_urls(self, request)


class StoryPage(Page):
    base_form_class = StoryPageForm

    teaser = models.TextField(_("teaser"), max_length=300)
    year = models.PositiveSmallIntegerField(
        _("year"), null=True, blank=True, help_text=_("Leave empty when only the decade is known.")
    )
    decade = models.PositiveSmallIntegerField(
        _("decade"),
        db_index=True,
        choices=decade_choices,
        null=True,
        blank=True,
        help_text=_("Derived from the year when there is one."),
    )
    sort_year = models.PositiveSmallIntegerField(editable=False, default=0)
    circa = models.BooleanField(_("circa"), default=False, help_text=_("The date is approximate."))
    era_override = models.ForeignKey(
        Era,
        verbose_name=_("era"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Leave empty to use the era the date falls in."),
    )
    era = models.ForeignKey(
        Era,
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="stories",
    )
    body = StreamField(StoryBodyBlock(), verbose_name=_("story"))
    pull_quote = models.CharField(
        _("pull quote"),
        max_length=200,
        blank=True,
        help_text=_("A striking sentence from the story, shown on its share card."),
    )
    themes = ClusterTaggableManager(through=StoryTheme, blank=True, verbose_name=_("themes"))
    contributor = models.ForeignKey(
        Contributor,
        verbose_name=_("contributor"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="stories",
    )
    place = models.CharField(_("place"), max_length=160, blank=True)
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("main photo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # On the page, not the image: a photo is shared by a story's translations, and each
    # describes it in its own language (wagtail-localize translates it with the story).
    image_alt = models.CharField(
        _("description of the main photo"),
        max_length=250,
        blank=True,
        help_text=_(
            "What the photo shows, in this story's language, for those who cannot see it; the "
            "photo's own description is used while this is empty."
        ),
    )
    featured = models.BooleanField(_("featured on the home page"), default=False)
    # Derived from the body when saved: listings badge and filter on it without reading bodies.
    has_video = models.BooleanField(default=False, editable=False)

    content_panels = Page.content_panels + [
        FieldPanel("teaser"),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("year"), FieldPanel("decade"), FieldPanel("circa")])],
            heading=_("Date"),
        ),
        FieldPanel("contributor"),
        FieldPanel("image"),
        FieldPanel("image_alt"),
        FieldPanel("body"),
        FieldPanel("pull_quote"),
        FieldPanel("themes"),
        FieldPanel("era_override"),
        FieldPanel("place"),
        FieldPanel("featured"),
    ]

    search_fields = Page.search_fields + [
        index.SearchField("teaser"),
        index.SearchField("body"),
        index.SearchField("pull_quote"),
        index.RelatedFields("contributor", [index.SearchField("name")]),
        index.RelatedFields("themes", [index.SearchField("name")]),
        index.FilterField("decade"),
        index.FilterField("era"),
        index.FilterField("contributor"),
    ]

    parent_page_types = ["stories.StoryIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("story")
        verbose_name_plural = _("stories")
        indexes = [models.Index(fields=["sort_year"], name="story_chronology")]

    def clean(self) -> None:
        super().clean()
        errors = {}
        if self.slug in RESERVED_STORY_SLUGS:
            errors["slug"] = _("This address is reserved; choose another slug.")
        if self.year is not None and not dates.is_valid_year(self.year):
            errors["year"] = _("Give a year between %(first)s and this year.") % {
                "first": dates.first_decade()
            }
        elif self.year is None and self.decade is None:
            errors["decade"] = _("Give a year, or the decade when only the decade is known.")
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        self.derive_date_and_era()
        self.has_video = any(block.block_type in VIDEO_BLOCK_TYPES for block in self.body)
        return super().save(*args, **kwargs)

    def derive_date_and_era(self) -> None:
        """The decade follows the year; the era is the editor's choice or the one the date is in."""
        if self.year is not None:
            self.decade = dates.decade_of(self.year)
        # Chronological order puts a story dated by its decade only at the start of that decade.
        self.sort_year = self.year if self.year is not None else (self.decade or 0)
        if self.era_override_id:
            self.era_id = self.era_override_id
        elif self.decade is not None:
            reference_year = self.year if self.year is not None else self.decade + 5
            locale = self.locale if self.locale_id else Locale.get_default()
            era = Era.objects.containing(reference_year, locale).first()
            self.era_id = era.pk if era else None

    @property
    def date_label(self) -> str:
        return dates.fuzzy_date_label(self.year, self.decade, self.circa)

    @property
    def decade_slug(self) -> str:
        return dates.decade_slug(self.decade)

    @property
    def image_alt_text(self) -> str:
        """The main photo described in the story's language."""
        return self.image_alt or (self.image.default_alt_text if self.image else "")

    def get_context(self, request: HttpRequest, *args, **kwargs) -> dict:
        from stories.views.story import story_context

        context = super().get_context(request, *args, **kwargs)
        context.update(story_context(self))
        return context


class ContributorIndexPage(RoutablePageMixin, Page):
    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = Page.content_panels + [FieldPanel("intro")]
    subpage_types: list[str] = []
    parent_page_types = ["stories.HomePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("contributors' index")

    @path("")
    def all_contributors(self, request: HttpRequest) -> HttpResponse:
        from stories.views.contributors import contributor_listing

        return contributor_listing(self, request)

    @path("<slug:contributor_slug>/")
    def profile(self, request: HttpRequest, contributor_slug: str) -> HttpResponse:
        from stories.views.contributors import contributor_profile

        return contributor_profile(self, request, contributor_slug)

    def get_sitemap_urls(self, request: HttpRequest | None = None) -> list[dict]:
        from stories.sitemap import contributor_sitemap_urls

        return super().get_sitemap_urls(request) + contributor_sitemap_urls(self, request)
