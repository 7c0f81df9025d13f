"""`migrate` leaves PostgreSQL with planner statistics for every table, the empty ones included
(centenary.apps.analyze_tables; the reason is in its docstring)."""

import pytest
from django.core.management import call_command
from django.db import connection

pytestmark = pytest.mark.django_db


def estimated_rows(table: str) -> float:
    with connection.cursor() as cursor:
        cursor.execute("SELECT reltuples FROM pg_class WHERE relname = %s", [table])
        return cursor.fetchone()[0]


def test_migrate_analyzes_tables_that_were_never_analyzed():
    if connection.vendor != "postgresql":
        pytest.skip("Planner statistics are PostgreSQL's; `make test` always runs on PostgreSQL")
    with connection.cursor() as cursor:
        cursor.execute("CREATE TABLE never_analyzed (id integer)")
    assert estimated_rows("never_analyzed") == -1  # PostgreSQL's "never analyzed"

    call_command("migrate", verbosity=0)

    assert estimated_rows("never_analyzed") == 0
