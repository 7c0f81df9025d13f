"""The page tree every installation needs: one home page per site, with the stories and the
contributors' index under it at the addresses the URL contract fixes (/stories/, /contributors/)."""

from urllib.parse import urlsplit

from django.conf import settings
from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import override
from wagtail.models import Locale, Page, Site

from stories.models import ContributorIndexPage, HomePage, StoryIndexPage


@transaction.atomic
def ensure_site_tree() -> tuple[HomePage, StoryIndexPage, ContributorIndexPage]:
    """Creates what is missing (idempotent) and returns the home, story and contributor indexes."""
    locale = Locale.get_default()
    with override(locale.language_code):
        home = HomePage.objects.filter(locale=locale).first() or _create_home(locale)
        stories = StoryIndexPage.objects.child_of(home).first() or _add_child(
            home, StoryIndexPage(title=_("Stories"), slug="stories")
        )
        people = ContributorIndexPage.objects.child_of(home).first() or _add_child(
            home, ContributorIndexPage(title=_("Contributors"), slug="contributors")
        )
    return home, stories, people


def _create_home(locale: Locale) -> HomePage:
    root = Page.get_first_root_node()
    # Wagtail's initial migration makes a placeholder "Welcome" page and points the site at it.
    for placeholder in Page.objects.filter(depth=2, content_type__model="page"):
        placeholder.delete()
    home = root.add_child(
        instance=HomePage(
            title=_("A hundred years of stories"),
            slug="home",
            locale=locale,
            headline=_("A hundred years, told by those who lived them"),
        )
    )
    site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True)
    address = urlsplit(settings.WAGTAILADMIN_BASE_URL)
    site.hostname, site.root_page = address.hostname, home
    site.port = address.port or (443 if address.scheme == "https" else 80)
    site.site_name = _("Centenary")
    site.save()
    return home


def _add_child(parent: Page, page: Page) -> Page:
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page
