"""`manage.py prepare_site`: everything `make run` needs before serving, in one process (each
`manage.py` start costs seconds): migrations, static files, the demo content, the admin account."""

from django.core.management import call_command
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Migrates, collects static files, loads the demo (idempotent) and ensures the admin."

    def handle(self, *args, **options) -> None:
        call_command("migrate", interactive=False, verbosity=0)
        call_command("collectstatic", interactive=False, verbosity=0)
        call_command("load_demo", stdout=self.stdout, stderr=self.stderr)
        call_command("load_demo_submissions", stdout=self.stdout)
        call_command("ensure_admin", stdout=self.stdout)
