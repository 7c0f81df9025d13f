"""Admin: the audit-log actions of a submission's life, the publication guard, the moderation
queue (dashboard panel and report), and the submissions, guidelines and client register."""

from django.contrib import messages
from django.contrib.auth.models import Permission
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from submissions import moderation
from submissions.admin_views import ModerationQueueView, original_photo
from submissions.models import Client, Guidelines, Submission
from submissions.models.submissions import SENT_FIELDS
from submissions.panels import ModerationQueuePanel

LOG_ACTIONS = {
    "centenary.submitted": _("Submitted by a contributor"),
    "centenary.flagged": _("Guideline flags raised"),
    "centenary.approval_blocked": _("Approval blocked by guideline flags"),
    "centenary.flags_overridden": _("Approved despite guideline flags"),
    "centenary.declined": _("Rejected: will not be published"),
    "centenary.sign_off_requested": _("Contributor's sign-off requested"),
    "centenary.signed_off": _("Signed off by the contributor"),
    "centenary.sign_off_changes_requested": _("Contributor asked for changes"),
    "centenary.withdrawn": _("Withdrawn by the contributor"),
    "centenary.erased": _("Personal data and files erased"),
}


@hooks.register("register_log_actions")
def register_submission_log_actions(actions) -> None:
    for action, label in LOG_ACTIONS.items():
        actions.register_action(action, label, label)


@hooks.register("before_publish_page")
def publish_only_what_the_contributor_signed_off(request, page):
    if moderation.may_publish(page):
        return None
    messages.error(
        request,
        _(
            "This story was sent by a contributor: it is published when they sign off the "
            "edited version. Approve the moderation step to ask them."
        ),
    )
    return redirect("wagtailadmin_pages:edit", page.pk)


@hooks.register("after_edit_page")
def explain_blocked_approval(request, page):
    if request.POST.get("workflow-action-name") != "approve":
        return None
    if blocking := moderation.blocking_flags_of(page):
        messages.error(
            request,
            _("Not approved: %(flags)s") % {"flags": " ".join(flag.message for flag in blocking)},
        )
    return None


@hooks.register("construct_homepage_panels")
def add_moderation_queue_panel(request, panels) -> None:
    if request.user.has_perm("submissions.view_submission"):
        panels.append(ModerationQueuePanel())


@hooks.register("register_admin_urls")
def register_submission_admin_urls():
    return [
        path(
            "reports/moderation-queue/",
            ModerationQueueView.as_view(),
            name="submissions_moderation_queue",
        ),
        path(
            "submissions/photo/<int:photo_id>/original/",
            original_photo,
            name="submissions_original_photo",
        ),
    ]


class ModerationQueueMenuItem(MenuItem):
    def is_shown(self, request) -> bool:
        return request.user.has_perm("submissions.view_submission")


@hooks.register("register_reports_menu_item")
def register_moderation_queue_menu_item():
    return ModerationQueueMenuItem(
        _("Moderation queue"), reverse("submissions_moderation_queue"), icon_name="tasks"
    )


@hooks.register("register_permissions")
def register_submission_permissions():
    return Permission.objects.filter(
        content_type__app_label="submissions",
        codename__in=["view_submission", "add_client", "change_client", "delete_client"],
    )


class ReadOnlyPermissionPolicy(ModelPermissionPolicy):
    def user_has_permission(self, user, action: str) -> bool:
        if action in {"add", "change", "delete"}:
            return False
        return super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions) -> bool:
        return any(self.user_has_permission(user, action) for action in actions)


register_permission_policy(Submission, ReadOnlyPermissionPolicy(Submission))


class SubmissionViewSet(SnippetViewSet):
    """Submissions are records: read-only in the admin, never edited."""

    model = Submission
    icon = "mail"
    menu_label = _("Submissions")
    inspect_view_enabled = True
    list_display = ["__str__", "submitted_at", "page", "withdrawn_at"]
    list_filter = ["language", "relation"]
    # Everything as sent except the private e-mail, then the outcome.
    inspect_view_fields = [
        "submitted_at",
        *(name for name in SENT_FIELDS if name != "email"),
        "page",
        "declined_reason",
        "signed_off_at",
        "withdrawn_at",
    ]


class GuidelinesViewSet(SnippetViewSet):
    model = Guidelines
    icon = "doc-full"
    menu_label = _("Contribution guidelines")
    list_display = ["title", "version", "locale", "created_at"]
    copy_view_enabled = True
    panels = [FieldPanel("title"), FieldPanel("body")]


class ClientViewSet(SnippetViewSet):
    model = Client
    icon = "group"
    menu_label = _("Client register")
    list_display = ["name", "consented", "consent_note"]
    list_filter = ["consented"]
    search_fields = ["name", "variants"]
    panels = [
        FieldPanel("name"),
        FieldPanel("variants"),
        MultiFieldPanel(
            [FieldPanel("consented"), FieldPanel("consent_note")], heading=_("Consent")
        ),
    ]


class ContributionsViewSetGroup(SnippetViewSetGroup):
    items = (SubmissionViewSet, GuidelinesViewSet, ClientViewSet)
    menu_icon = "mail"
    menu_label = _("Contributions")
    menu_name = "contributions"


register_snippet(ContributionsViewSetGroup)
