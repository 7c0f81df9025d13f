"""Admin: the campaign's default post texts as translatable snippets under Settings, the live
character counter under the texts to share (story editor), the sharing report
(sharing.admin_views) and the campaign kit (sharing.kit_views) under Reports."""

from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.safestring import SafeString
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.permissions import page_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from sharing.admin_views import EDITOR_ACTIONS, SharingReportView
from sharing.kit_views import CampaignKitView, KitDownloadView, KitStatusView, KitView
from sharing.models import CampaignText
from sharing.x_length import X_MAX_LENGTH, X_URL_LENGTH


class CampaignTextViewSet(SnippetViewSet):
    """The default texts, one per network and language: wagtail-localize adds "Translate" to a
    French text and "Sync translated snippets" once it has translations; Wagtail filters the
    listing by language."""

    model = CampaignText
    icon = "comment"
    menu_label = gettext_lazy("Default post texts")
    add_to_settings_menu = True
    list_display = ["network", "campaign", "locale"]
    list_filter = ["network"]

    def get_queryset(self, request):
        return CampaignText.objects.select_related("campaign__site", "locale").order_by(
            "campaign", "network"
        )


register_snippet(CampaignTextViewSet)


@hooks.register("insert_editor_js")
def share_text_counter_js() -> SafeString:
    """The counter's script, with its messages in the editor's language (__COUNT__ is the count)."""
    limits = {"limit": X_MAX_LENGTH, "url": X_URL_LENGTH}
    return format_html(
        '<script src="{}" data-x-count="{}" data-x-over="{}" data-count="{}" '
        'data-template-note="{}"></script>',
        static("sharing/share-text-counter.js"),
        _("On X: __COUNT__ of %(limit)s characters (a link counts as %(url)s).") % limits,
        _("On X: __COUNT__ characters, at most %(limit)s (a link counts as %(url)s).") % limits,
        _("Characters: __COUNT__."),
        _("(Before the placeholders are filled in.)"),
    )


@hooks.register("register_admin_urls")
def register_sharing_report_url():
    return [path("reports/sharing/", SharingReportView.as_view(), name="sharing_report")]


@hooks.register("register_admin_urls")
def register_campaign_kit_urls():
    return [
        path("reports/campaign-kit/", CampaignKitView.as_view(), name="sharing_kits"),
        path("reports/campaign-kit/<int:kit_id>/", KitView.as_view(), name="sharing_kit"),
        path(
            "reports/campaign-kit/<int:kit_id>/status/",
            KitStatusView.as_view(),
            name="sharing_kit_status",
        ),
        path(
            "reports/campaign-kit/<int:kit_id>/download/",
            KitDownloadView.as_view(),
            name="sharing_kit_download",
        ),
    ]


class SharingReportMenuItem(MenuItem):
    def is_shown(self, request) -> bool:
        return page_permission_policy.user_has_any_permission(request.user, EDITOR_ACTIONS)


@hooks.register("register_reports_menu_item")
def register_sharing_report_menu_item():
    return SharingReportMenuItem(
        gettext_lazy("Sharing"),
        reverse("sharing_report"),
        name="sharing",
        icon_name="link-external",
        order=1300,
    )


@hooks.register("register_reports_menu_item")
def register_campaign_kit_menu_item():
    return SharingReportMenuItem(
        gettext_lazy("Campaign kit"),
        reverse("sharing_kits"),
        name="campaign-kit",
        icon_name="download",
        order=1310,
    )
