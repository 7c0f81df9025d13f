from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SharingConfig(AppConfig):
    name = "sharing"
    verbose_name = _("Sharing")

    def ready(self) -> None:
        from sharing import signals  # noqa: F401  (cards drawn again when what they show changes)
        from sharing.panels import ShareTextsPanel
        from stories.models import StoryPage

        # The editor's own texts to share, at the end of the story's fields (after whatever other
        # apps added to them).
        StoryPage.content_panels = [*StoryPage.content_panels, ShareTextsPanel()]
