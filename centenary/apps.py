from django.apps import AppConfig
from django.db import connections
from django.db.models.signals import post_migrate


def analyze_tables(using: str = "default", **kwargs) -> None:
    """Planner statistics for every table once `migrate` is done, the empty ones included.

    Autovacuum never analyzes a table that stays empty, and PostgreSQL then guesses it holds over a
    thousand rows: with Wagtail's page view restrictions so misjudged, the search page took 2.8 s
    at 10,000 stories instead of 0.4 s (bench/README.md). Tables that fill up later are analyzed
    by autovacuum as they grow. Other databases plan without such statistics."""
    connection = connections[using]
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")


class CentenaryConfig(AppConfig):
    name = "centenary"

    def ready(self) -> None:
        # Sent once per app: tied to this one, the whole database is analyzed once per migrate.
        post_migrate.connect(analyze_tables, sender=self, dispatch_uid="centenary_analyze")
