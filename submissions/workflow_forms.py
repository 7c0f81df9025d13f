"""The forms of the moderation actions in the Wagtail admin's workflow modal."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.forms import TaskStateCommentForm


class DeclineForm(forms.Form):
    """Rejecting a story for good needs a reason: the contributor receives it."""

    comment = forms.CharField(
        label=_("Reason sent to the contributor"),
        widget=forms.Textarea({"rows": 4}),
        help_text=_("Say kindly why the story will not be published; the contributor reads this."),
    )


class OverrideFlagsForm(forms.Form):
    """Approving despite blocking guideline flags needs a reason, kept in the audit log."""

    comment = forms.CharField(
        label=_("Why the flagged text may be published"),
        widget=forms.Textarea({"rows": 3}),
        help_text=_("For example: the client's written consent has been received."),
    )


ACTION_FORMS = {"decline": DeclineForm, "override": OverrideFlagsForm}


def form_for_action(action: str) -> type[forms.Form]:
    return ACTION_FORMS.get(action, TaskStateCommentForm)
