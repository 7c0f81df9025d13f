"""Admin views: the moderation queue report, and a submitted original for editors only (on S3,
a redirect to a presigned URL that expires in minutes: the file never passes through Django)."""

from django.contrib.auth.decorators import permission_required
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.utils.http import content_disposition_header
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from storages.backends.s3 import S3Storage
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
def original_photo(request: HttpRequest, photo_id: int) -> HttpResponse:
    photo = get_object_or_404(SubmissionPhoto, pk=photo_id)
    if not photo.original:
        raise Http404
    filename = photo.original_name or f"photo-{photo.position}"
    if isinstance(photo.original.storage, S3Storage):
        # S3 names the download as the sender did, as the streamed response below does.
        disposition = content_disposition_header(as_attachment=True, filename=filename)
        return redirect(
            photo.original.storage.url(
                photo.original.name, parameters={"ResponseContentDisposition": disposition}
            )
        )
    return FileResponse(photo.original.open("rb"), as_attachment=True, filename=filename)
