"""The two steps of the "Story moderation" workflow: moderators review (with guideline flags that
can block approval), then the contributor signs off the edited story before it goes live."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.models import AbstractGroupApprovalTask, Task, TaskState

from submissions.workflow_forms import form_for_action


class ModerationTask(AbstractGroupApprovalTask):
    class Meta:
        verbose_name = _("story moderation")
        verbose_name_plural = _("story moderation steps")

    def get_actions(self, obj, user) -> list[tuple[str, str, bool]]:
        from submissions.moderation import blocking_flags_of

        if not super().get_actions(obj, user):
            return []
        if blocking_flags_of(obj):
            approve = ("override", _("Approve despite the flags…"), True)
        else:
            approve = ("approve", _("Approve"), False)
        return [
            ("reject", _("Request changes"), True),
            approve,
            ("decline", _("Reject (will not be published)"), True),
        ]

    def get_form_for_action(self, action: str):
        return form_for_action(action)

    def on_action(self, task_state: TaskState, user, action_name: str, **kwargs):
        from submissions import moderation

        if action_name == "approve":
            return moderation.approve(task_state, user, comment=kwargs.get("comment", ""))
        if action_name == "override":
            return moderation.approve_despite_flags(task_state, user, reason=kwargs["comment"])
        if action_name == "decline":
            return moderation.decline(task_state, user, reason=kwargs["comment"])
        return super().on_action(task_state, user, action_name, **kwargs)

    @classmethod
    def get_description(cls) -> str:
        return _("Moderators review the story; guideline flags block approval until fixed.")


class ContributorSignOffTask(Task):
    overdue_after_days = models.PositiveSmallIntegerField(
        _("overdue after (days)"),
        default=7,
        help_text=_("After this many days without an answer the sign-off shows as overdue."),
    )

    admin_form_fields = Task.admin_form_fields + ["overdue_after_days"]

    class Meta:
        verbose_name = _("contributor sign-off")
        verbose_name_plural = _("contributor sign-offs")

    def start(self, workflow_state, user=None) -> TaskState:
        from submissions import moderation

        task_state = super().start(workflow_state, user=user)
        return moderation.request_sign_off(task_state)

    def locked_for_user(self, obj, user) -> bool:
        # The contributor signs off one exact version: nobody edits it meanwhile.
        return True

    def get_actions(self, obj, user) -> list[tuple[str, str, bool]]:
        if not user.has_perm("wagtailadmin.access_admin"):
            return []
        return [
            ("remind", _("Send the sign-off link again"), False),
            ("reject", _("Take back for more editing"), True),
        ]

    def on_action(self, task_state: TaskState, user, action_name: str, **kwargs):
        from submissions import moderation

        if action_name == "remind":
            return moderation.remind_sign_off(task_state, user)
        return super().on_action(task_state, user, action_name, **kwargs)

    @classmethod
    def get_description(cls) -> str:
        return _("The contributor approves the edited story, or asks for changes, from their link.")
