"""Admin: the campaign kit (Reports → Campaign kit). An editor picks stories, the kit is built in
the background (sharing.kits, sharing.tasks), its page follows the progress (a static script
polls the status view) and then offers the ZIP, served to editors only.

Who may: the editors of the sharing report (sharing.admin_views.EDITOR_ACTIONS); any editor sees
and downloads any kit, since the social team shares them.
"""

from functools import partial

from django.db import transaction
from django.http import FileResponse, Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext_lazy as _
from django.views import View
from django.views.generic import FormView, TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.permissions import page_permission_policy

from sharing.admin_views import EDITOR_ACTIONS
from sharing.kit_forms import CampaignKitForm
from sharing.kits import KIT_KEPT_DAYS, MAX_KIT_STORIES, ask_for_kit
from sharing.models import CampaignKit
from sharing.tasks import build_campaign_kit
from stories.queries import theme_from_slug

RECENT_KITS = 10


class EditorsOnly(PermissionCheckedMixin):
    permission_policy = page_permission_policy
    any_permission_required = EDITOR_ACTIONS


def progress_text(kit: CampaignKit) -> str:
    return ngettext("%(done)s of %(total)s story", "%(done)s of %(total)s stories", kit.total) % {
        "done": kit.done,
        "total": kit.total,
    }


class CampaignKitView(EditorsOnly, WagtailAdminTemplateMixin, FormView):
    page_title = _("Campaign kit")
    header_icon = "download"
    template_name = "sharing/admin/kit.html"
    form_class = CampaignKitForm

    def get_breadcrumbs_items(self) -> list[dict]:
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def form_valid(self, form: CampaignKitForm) -> HttpResponse:
        kit = ask_for_kit(form.filters, self.request.user, get_language())
        transaction.on_commit(partial(build_campaign_kit.enqueue, kit.pk))
        return redirect("sharing_kit", kit_id=kit.pk)

    def get_context_data(self, **kwargs) -> dict:
        return super().get_context_data(
            kits=CampaignKit.objects.select_related("requested_by")[:RECENT_KITS],
            max_stories=MAX_KIT_STORIES,
            kept_days=KIT_KEPT_DAYS,
            **kwargs,
        )


class KitView(EditorsOnly, WagtailAdminTemplateMixin, TemplateView):
    page_title = _("Campaign kit")
    header_icon = "download"
    template_name = "sharing/admin/kit_detail.html"

    def get_breadcrumbs_items(self) -> list[dict]:
        return [
            *self.breadcrumbs_items,
            {"url": reverse("sharing_kits"), "label": self.page_title},
            {"url": "", "label": _("Kit %(number)s") % {"number": self.kit.pk}},
        ]

    def get(self, request: HttpRequest, kit_id: int) -> HttpResponse:
        self.kit = get_object_or_404(CampaignKit.objects.select_related("requested_by"), pk=kit_id)
        return super().get(request)

    def get_context_data(self, **kwargs) -> dict:
        theme = theme_from_slug(self.kit.theme)
        return super().get_context_data(
            kit=self.kit,
            theme_name=theme.label if theme else self.kit.theme,
            progress_text=progress_text(self.kit),
            **kwargs,
        )


class KitStatusView(EditorsOnly, View):
    """The kit's state as JSON, for the page's script."""

    def get(self, request: HttpRequest, kit_id: int) -> JsonResponse:
        kit = get_object_or_404(CampaignKit, pk=kit_id)
        return JsonResponse(
            {
                "state": kit.state,
                "done": kit.done,
                "total": kit.total,
                "progress_text": progress_text(kit),
            }
        )


class KitDownloadView(EditorsOnly, View):
    def get(self, request: HttpRequest, kit_id: int) -> FileResponse:
        kit = get_object_or_404(CampaignKit, pk=kit_id, state=CampaignKit.State.READY)
        if not kit.file or not kit.file.storage.exists(kit.file.name):
            raise Http404("The kit's file is gone.")
        return FileResponse(
            kit.file.open("rb"),
            as_attachment=True,
            filename=kit.file.name.rsplit("/", 1)[-1],
            content_type="application/zip",
        )
