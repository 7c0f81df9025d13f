from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class StoriesConfig(AppConfig):
    name = "stories"
    verbose_name = _("Stories")

    def ready(self) -> None:
        from stories import frontend_cache, signals  # noqa: F401  (signals connects the cache purge)

        frontend_cache.connect()
