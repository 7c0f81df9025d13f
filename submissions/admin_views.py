"""Admin views: the moderation queue report, and a submitted original for editors only."""

from django.contrib.auth.decorators import permission_required
from django.http import FileResponse, Http404, HttpRequest
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from submissions.models import SubmissionPhoto
from submissions.queue import moderation_queue, queue_summary


class ModerationQueueView(WagtailAdminTemplateMixin, TemplateView):
    page_title = _("Stories awaiting moderation")
    header_icon = "tasks"
    template_name = "submissions/admin/moderation_queue.html"

    def get_breadcrumbs_items(self) -> list[dict]:
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs) -> dict:
        entries = moderation_queue()
        return super().get_context_data(entries=entries, summary=queue_summary(entries), **kwargs)


@permission_required("submissions.view_submission", raise_exception=True)
def original_photo(request: HttpRequest, photo_id: int) -> FileResponse:
    photo = get_object_or_404(SubmissionPhoto, pk=photo_id)
    if not photo.original:
        raise Http404
    return FileResponse(
        photo.original.open("rb"),
        as_attachment=True,
        filename=photo.original_name or f"photo-{photo.position}",
    )
