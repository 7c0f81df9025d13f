"""`manage.py ensure_admin`: an `admin` superuser whose password comes from
DJANGO_SUPERUSER_PASSWORD, or is generated once and kept in the git-ignored .admin-password file."""

import os
import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand

USERNAME = "admin"


def admin_password() -> str:
    if password := os.environ.get("DJANGO_SUPERUSER_PASSWORD"):
        return password
    path = settings.BASE_DIR / ".admin-password"
    if path.exists():
        return path.read_text().strip()
    password = secrets.token_urlsafe(12)
    path.write_text(password + "\n")
    path.chmod(0o600)
    return password


class Command(BaseCommand):
    help = "Creates or updates the admin account and prints its credentials."

    def handle(self, *args, **options) -> None:
        password = admin_password()
        user, _created = get_user_model().objects.get_or_create(
            username=USERNAME, defaults={"email": "admin@example.org"}
        )
        user.is_staff = user.is_superuser = user.is_active = True
        user.set_password(password)
        user.save()
        self.stdout.write(f"Admin: {settings.WAGTAILADMIN_BASE_URL.rstrip('/')}/admin/")
        self.stdout.write(f"  user: {USERNAME}")
        self.stdout.write(f"  password: {password}")
