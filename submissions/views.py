"""The contributor's pages: the form, the private status page (with sign-off and withdrawal), and
the friendly refusals (too many submissions, a missing CSRF token). Thin: rules live elsewhere."""

import logging

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import NON_FIELD_ERRORS
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST, require_safe
from django_ratelimit.decorators import ratelimit
from wagtail.models import Locale

from submissions import direct_uploads, moderation, services
from submissions.diff import has_changes, text_changes
from submissions.forms import (
    PhotoFormSet,
    ShareStoryForm,
    VideoUploadForm,
    new_form_token,
)
from submissions.models import Guidelines, Submission
from submissions.status import EXPLANATIONS, Stage, stage_of

logger = logging.getLogger(__name__)

# Lazy: translated in the visitor's language when the formset reports it, not once at import.
PHOTO_ERRORS = {"too_many_forms": gettext_lazy("Send at most %(num)s photos.")}
STORAGE_UNAVAILABLE = gettext_lazy(
    "Your story could not be saved just now (a fault on our side) and nothing was kept. "
    "Please send it again in a few minutes."
)


def current_guidelines() -> Guidelines | None:
    locale = Locale.objects.filter(language_code=get_language()).first() or Locale.get_default()
    return Guidelines.current(locale) or Guidelines.current(Locale.get_default())


def _photo_formset(request: HttpRequest) -> PhotoFormSet:
    if request.method == "POST":
        return PhotoFormSet(
            request.POST, request.FILES, prefix="photos", error_messages=PHOTO_ERRORS
        )
    return PhotoFormSet(prefix="photos", error_messages=PHOTO_ERRORS)


def submission_rate(group: str, request: HttpRequest) -> str:
    """The per-IP limit, read at each request so that a change of settings applies at once."""
    return settings.SUBMISSION_RATE_LIMIT


@never_cache
@ratelimit(key="ip", rate=submission_rate, method="POST", block=False)
@require_http_methods(["GET", "HEAD", "POST"])
def share_story(request: HttpRequest) -> HttpResponse:
    guidelines = current_guidelines()
    if guidelines is None:
        return render(request, "submissions/closed.html", status=503)
    if getattr(request, "limited", False):
        return render(request, "submissions/rate_limited.html", status=429)
    # An empty POST is a form sent blank, not a form shown: it gets its "required" messages.
    data = request.POST if request.method == "POST" else None
    files = request.FILES if request.method == "POST" else None
    form = ShareStoryForm(data, files, initial={"form_token": new_form_token()})
    photos = _photo_formset(request)
    if request.method == "POST" and form.is_valid() & photos.is_valid():
        try:
            submission, created = services.create_submission(
                _sent_story(request, form, photos, guidelines), form.cleaned_data["form_token"][0]
            )
        except services.StorageUnavailable:
            form.add_error(None, STORAGE_UNAVAILABLE)
        else:
            _discard_uploaded_video(form)
            if created:
                messages.success(request, _("Thank you! Your story has been sent."))
            return redirect("submissions:status", token=submission.token)
    if "form_token" in form.errors:
        form.data = form.data.copy()
        form.data["form_token"] = new_form_token()
    context = {
        "form": form,
        "photos": photos,
        "guidelines": guidelines,
        "photos_lost": request.method == "POST"
        and any(name.startswith("photos-") for name in request.FILES),
        "video_lost": request.method == "POST" and "video" in request.FILES,
        "more_photos_open": any(photo.errors for photo in photos.forms[2:]),
        "error_fields": _error_anchors(form, photos) if request.method == "POST" else [],
        # Offered to the browser's script only where S3 can take the video directly.
        "video_upload_url": reverse("submissions:video_upload")
        if direct_uploads.upload_storage()
        else "",
    }
    status_code = 400 if request.method == "POST" else 200
    return render(request, "submissions/share_story.html", context, status=status_code)


def _discard_uploaded_video(form: ShareStoryForm) -> None:
    """The video sent straight to S3 is now the story's own copy: the upload is deleted (or left,
    when S3 cannot do it now, for the bucket's expiry rule of the uploads folder)."""
    if name := form.cleaned_data.get("video_upload"):
        try:
            direct_uploads.upload_storage().delete(name)
        except services.STORAGE_ERRORS:
            logger.exception("Could not delete the uploaded video %s: it is left orphaned.", name)


@never_cache
@require_POST
@ratelimit(key="ip", rate=submission_rate, method="POST", block=False)
def video_upload(request: HttpRequest) -> JsonResponse:
    """A presigned POST for one video of the form (JSON), only where the originals are on S3; an
    error is a message the script shows before sending the file the ordinary way."""
    storage = direct_uploads.upload_storage()
    if storage is None:
        raise Http404
    if getattr(request, "limited", False):
        return JsonResponse({"error": _("Too many sendings from your connection.")}, status=429)
    form = VideoUploadForm(request.POST)
    if not form.is_valid():
        errors = [error for field in form.errors.values() for error in field]
        return JsonResponse({"error": " ".join(errors)}, status=400)
    name = direct_uploads.new_upload_name(
        form.cleaned_data["form_token"][0], form.cleaned_data["file_name"]
    )
    post = direct_uploads.presigned_video_post(storage, name, form.cleaned_data["content_type"])
    return JsonResponse({"name": name, "url": post["url"], "fields": post["fields"]})


def _sent_story(request, form, photos, guidelines) -> services.SentStory:
    data = form.cleaned_data
    sent_photos = [
        services.SentPhoto(
            upload=photo.cleaned_data["file"],
            clean=photo.cleaned_photo,
            caption=photo.cleaned_data["caption"],
            credit=photo.cleaned_data["credit"],
        )
        for photo in photos
        if photo.cleaned_data.get("file")
    ]
    video = data.get("video")
    return services.SentStory.from_answers(
        data,
        video=services.SentVideo(upload=video, info=form.video_info) if video else None,
        video_link=data["video_link"],
        themes=list(data["themes"]),
        language=data["language"],
        contact_language=get_language(),
        consents=form.consents,
        guidelines=guidelines,
        photos=sent_photos,
    )


def _error_anchors(form, photos) -> list[tuple[str, str]]:
    """(anchor, message) for the error summary, in the order of the page."""
    anchors = []
    for name, errors in form.errors.items():
        anchors += [(_field_anchor(form, name), error) for error in errors]
    for photo in photos.forms:
        for name, errors in photo.errors.items():
            anchors += [(f"#id_{photo.prefix}-{name}", error) for error in errors]
    anchors += [("#photos", error) for error in photos.non_form_errors()]
    return anchors


def _field_anchor(form, name: str) -> str:
    """Where a summary link leads: the field's control (a group's first option), or, for errors
    of the whole form or of a field nobody sees (the form token), the send button."""
    if name == NON_FIELD_ERRORS or form[name].is_hidden:
        return "#send-story"
    field = form[name]
    if field.use_fieldset and field.subwidgets:
        return f"#{field.subwidgets[0].id_for_label}"
    return f"#{field.id_for_label}"


def _submission(token: str) -> Submission:
    if not token or len(token) > 64:
        raise Http404
    return get_object_or_404(Submission.objects.select_related("page", "guidelines"), token=token)


@never_cache
@require_safe
def status(request: HttpRequest, token: str) -> HttpResponse:
    submission = _submission(token)
    stage = stage_of(submission)
    context = {
        "submission": submission,
        "stage": stage,
        "stages": Stage,
        "explanation": EXPLANATIONS[stage],
    }
    if stage == Stage.AWAITING_SIGN_OFF:
        edited = moderation.pending_sign_off(submission).revision.as_object()
        context["edited"] = edited
        context["changes"] = text_changes(submission.story, edited)
        context["changed"] = has_changes(context["changes"])
    return render(request, "submissions/status.html", context)


@never_cache
@require_POST
def sign_off(request: HttpRequest, token: str) -> HttpResponse:
    submission = _submission(token)
    decision = request.POST.get("decision")
    comment = request.POST.get("comment", "").strip()[:2000]
    if stage_of(submission) != Stage.AWAITING_SIGN_OFF:
        messages.error(request, _("There is nothing to sign off at the moment."))
    elif decision not in {"approve", "changes"}:
        messages.error(request, _("Choose whether you approve this version or would like changes."))
    elif decision == "changes" and not comment:
        messages.error(request, _("Tell the editors what to change."))
    else:
        moderation.sign_off(submission, approved=decision == "approve", comment=comment)
        messages.success(
            request,
            _("Thank you: your story is published.")
            if decision == "approve"
            else _("Thank you: the editors will make the changes you asked for."),
        )
    return redirect("submissions:status", token=submission.token)


@never_cache
@require_http_methods(["GET", "POST"])
def withdraw(request: HttpRequest, token: str) -> HttpResponse:
    submission = _submission(token)
    if request.method == "POST" and not submission.is_withdrawn:
        services.withdraw(submission)
        messages.success(request, _("Your story has been withdrawn and your data erased."))
        return redirect("submissions:status", token=submission.token)
    if submission.is_withdrawn:
        return redirect("submissions:status", token=submission.token)
    return render(request, "submissions/withdraw.html", {"submission": submission})


def csrf_failure(request: HttpRequest, reason: str = "") -> HttpResponse:
    return render(request, "403_csrf.html", status=403)
