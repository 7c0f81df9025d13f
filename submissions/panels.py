"""What editors see beside a contributor's story: the submission exactly as sent, what they have
changed since, and the guideline flags of the text they are editing."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import Panel
from wagtail.admin.ui.components import Component

from submissions.diff import has_changes, text_changes
from submissions.flags import find_flags
from submissions.models import Submission
from submissions.moderation import known_clients, story_texts
from submissions.queue import moderation_queue, queue_summary


class SubmissionPanel(Panel):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("heading", _("Sent by the contributor"))
        super().__init__(*args, **kwargs)

    class BoundPanel(Panel.BoundPanel):
        template_name = "submissions/admin/submission_panel.html"

        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self.submission = None
            if self.instance.pk:
                self.submission = (
                    Submission.objects.filter(page_id=self.instance.pk)
                    .prefetch_related("photos")
                    .first()
                )

        def is_shown(self) -> bool:
            return self.submission is not None

        def get_context_data(self, parent_context=None) -> dict:
            context = super().get_context_data(parent_context)
            changes = text_changes(self.submission.story, self.instance)
            context.update(
                submission=self.submission,
                changes=changes,
                changed=has_changes(changes),
                flags=find_flags(story_texts(self.instance), known_clients()),
            )
            return context


class ModerationQueuePanel(Component):
    name = "moderation_queue"
    template_name = "submissions/admin/moderation_queue_panel.html"
    order = 50

    def get_context_data(self, parent_context) -> dict:
        entries = moderation_queue()
        return {"entries": entries[:5], "summary": queue_summary(entries)}
