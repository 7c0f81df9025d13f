"""Which locale's content a non-page view shows."""

from django.http import HttpRequest
from wagtail.models import Locale, Site


def content_locale(request: HttpRequest) -> Locale:
    """The locale of the home page served in the active language.

    Until a language has its own translated home page, Wagtail serves the source (French) tree under
    its prefix; search and other views follow the same rule so that every page agrees."""
    site = Site.find_for_request(request) or Site.objects.get(is_default_site=True)
    return site.root_page.localized.locale
