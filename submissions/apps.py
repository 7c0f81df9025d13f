from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SubmissionsConfig(AppConfig):
    name = "submissions"
    verbose_name = _("Submissions")

    def ready(self) -> None:
        from stories.models import StoryPage
        from submissions import signals  # noqa: F401  (connects the workflow and e-mail reactions)
        from submissions.panels import SubmissionPanel

        # The submission as sent shows above the story's fields (only on stories that have one).
        StoryPage.content_panels = [SubmissionPanel(), *StoryPage.content_panels]
