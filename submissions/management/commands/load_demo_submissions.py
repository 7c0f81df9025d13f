"""`manage.py load_demo_submissions`: the contribution guidelines, the client register and a few
stories waiting in the moderation queue (idempotent)."""

from django.conf import settings
from django.core.management.base import BaseCommand
from django.urls import reverse
from django.utils.translation import override

from submissions.demo.loader import load_demo_submissions


class Command(BaseCommand):
    help = "Loads the guidelines, the client register and demo submissions waiting for moderation."

    def handle(self, *args, **options) -> None:
        sent = load_demo_submissions()
        self.stdout.write(f"Demo: {len(sent)} submissions waiting for moderation added.")
        for submission in sent:
            with override(submission.contact_language):
                path = reverse("submissions:status", args=[submission.token])
            self.stdout.write(f"  status page: {settings.WAGTAILADMIN_BASE_URL}{path}")
