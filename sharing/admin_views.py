"""Admin: the sharing report (Reports → Sharing), on the page or as a CSV file (`?format=csv`).

Editors see it: a user who may reach the admin (checked for every admin address) and add, edit
or publish pages, the rule of Wagtail's own page reports. The figures are counts and labels only.
"""

from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.permissions import page_permission_policy

from sharing.report_csv import csv_filename, report_csv
from sharing.reports import (
    DEFAULT_WEEKS,
    default_period,
    format_count,
    parse_period,
    report_sections,
    sharing_report,
)

EDITOR_ACTIONS = ["add", "change", "publish"]
PRESET_WEEKS = (4, DEFAULT_WEEKS, 52)


class SharingReportView(PermissionCheckedMixin, WagtailAdminTemplateMixin, TemplateView):
    page_title = _("Sharing")
    header_icon = "link-external"
    template_name = "sharing/admin/sharing_report.html"
    permission_policy = page_permission_policy
    any_permission_required = EDITOR_ACTIONS

    def get_breadcrumbs_items(self) -> list[dict]:
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get(self, request: HttpRequest, *args, **kwargs) -> HttpResponse:
        self.period, self.period_error = parse_period(request.GET, timezone.localdate())
        self.report = sharing_report(self.period)
        if request.GET.get("format") == "csv":
            response = HttpResponse(
                report_csv(self.report, get_language()), content_type="text/csv; charset=utf-8"
            )
            response["Content-Disposition"] = f'attachment; filename="{csv_filename(self.period)}"'
            return response
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs) -> dict:
        today = timezone.localdate()
        presets = [(weeks, default_period(today, weeks)) for weeks in PRESET_WEEKS]
        sections = report_sections(self.report)
        return super().get_context_data(
            report=self.report,
            period=self.period,
            period_error=self.period_error,
            default_weeks=DEFAULT_WEEKS,
            presets=presets,
            shares_display=format_count(self.report.total.shares),
            visits_display=format_count(self.report.total.visits),
            # The charts escape every text they draw (sharing.charts).
            sections=[(section, mark_safe(section.chart)) for section in sections],
            **kwargs,
        )
