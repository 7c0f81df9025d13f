"""The task workers' heartbeats: how the queue tells a worker that died from one still busy."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class WorkerBeat(models.Model):
    worker_id = models.CharField(_("worker"), max_length=64, primary_key=True)
    beat_at = models.DateTimeField(_("last heartbeat"), db_index=True)

    class Meta:
        verbose_name = _("task worker heartbeat")
        verbose_name_plural = _("task worker heartbeats")

    def __str__(self) -> str:
        return self.worker_id
