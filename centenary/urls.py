"""URLs: machine endpoints unprefixed; every public page under /fr/ or /en/ (French by default)."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path, re_path
from django.views.generic import RedirectView
from wagtail import views as wagtail_views
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from stories.cache import cache_anonymous_page
from stories.sitemap import BilingualSitemap
from stories.views import media, private, search, system

handler500 = "centenary.errors.server_error"

urlpatterns = [
    path("healthz", system.healthz, name="healthz"),
    path("robots.txt", system.robots_txt, name="robots_txt"),
    path(
        "sitemap.xml",
        cache_anonymous_page(sitemap),
        {"sitemaps": {"pages": BilingualSitemap}},
        name="sitemap",
    ),
    path("django-admin/", admin.site.urls),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("share/", include("sharing.urls")),
    # A page kept for signed-in people sends visitors to Wagtail's front-end sign-in, which this
    # site sends on to the admin's, the one rate-limited sign-in: the site has no public
    # accounts, so those people are its editors.
    path(
        "_util/login/",
        RedirectView.as_view(pattern_name="wagtailadmin_login", query_string=True),
        name="wagtailcore_login",
    ),
]

if settings.DEBUG:
    # The embedded default serves uploads itself, with Range requests so that videos can be
    # sought; production serves them from object storage or a CDN.
    urlpatterns.append(
        re_path(rf"^{settings.MEDIA_URL.strip('/')}/(?P<path>.+)$", media.serve_media, name="media")
    )

urlpatterns += i18n_patterns(
    path("search/", cache_anonymous_page(search.search), name="search"),
    path(
        "_util/authenticate_with_password/<int:page_view_restriction_id>/<int:page_id>/",
        private.authenticate_with_password,
        name="wagtailcore_authenticate_with_password",
    ),
    path("", include("submissions.urls")),
    re_path(r"^((?:[\w\-]+/)*)$", cache_anonymous_page(wagtail_views.serve), name="wagtail_serve"),
    prefix_default_language=True,
)
