"""`python -m bench.queries OUTPUT.json`: what each measured page costs in one process, without
load: its database queries (count and time) and its whole response time, the median of a few
renders after a warm-up one, and the plan (EXPLAIN ANALYZE) of each of its queries, slowest first,
with what each plan reads: the tables it scans sequentially and the indexes it uses. Run it with
PAGE_CACHE_SECONDS=0, or it measures the cache. With --analyze-first, it runs PostgreSQL's ANALYZE
before measuring (planner statistics of every table, the empty ones included)."""

import argparse
import json
import re
import statistics
import sys
import time

import django

REPEAT = 5
PROJECT_APPS = ("stories", "sharing", "submissions", "centenary")
SLOWEST_SHOWN = 3
SEQUENTIAL_SCAN = re.compile(r"Seq Scan on (\w+)")
INDEX_SCAN = re.compile(r"(?:Index Scan|Index Only Scan)(?: Backward)? using (\w+) on (\w+)")
BITMAP_INDEX_SCAN = re.compile(r"Bitmap Index Scan on (\w+)")


def explain(sql: str) -> str:
    from django.db import connection

    if connection.vendor != "postgresql":
        return ""
    with connection.cursor() as cursor:
        cursor.execute(f"EXPLAIN (ANALYZE) {sql}")
        return "\n".join(row[0] for row in cursor.fetchall())


def plan_reads(plan: str) -> dict:
    """The tables a plan scans sequentially and the indexes it uses (each once, in plan order)."""
    indexes = [name for name, _table in INDEX_SCAN.findall(plan)] + BITMAP_INDEX_SCAN.findall(plan)
    return {
        "sequential_scans": list(dict.fromkeys(SEQUENTIAL_SCAN.findall(plan))),
        "indexes": list(dict.fromkeys(indexes)),
    }


def query_plans(queries: list[dict]) -> list[dict]:
    """Each query of a render with its plan, slowest first (a query run twice is shown once)."""
    seen, plans = set(), []
    for query in sorted(queries, key=lambda query: -float(query["time"])):
        if query["sql"] in seen or not query["sql"].startswith("SELECT"):
            continue
        seen.add(query["sql"])
        plan = explain(query["sql"])
        plans.append(
            {
                "ms": float(query["time"]) * 1000,
                "origin": query["origin"],
                "sql": query["sql"],
                "plan": plan,
                **plan_reads(plan),
            }
        )
    return plans


def query_origin() -> str:
    """Where the running query comes from: the innermost function of the project's apps on the
    stack, middleware excepted, else the innermost frame outside the database layer (a template,
    rendered after the view has returned, or Wagtail). Frames are walked directly (no source lines
    read), so that timing is barely disturbed."""
    frames = []
    frame = sys._getframe(1)
    while frame is not None:
        frames.append((frame.f_code.co_filename, frame.f_code.co_name))
        frame = frame.f_back
    for filename, function in frames:
        in_project = any(f"/{app}/" in filename for app in PROJECT_APPS)
        if in_project and function != "__call__":
            return f"{'/'.join(filename.split('/')[-2:])}:{function}"
    for filename, function in frames:
        if not any(part in filename for part in ("/django/db/", "/psycopg/", "/bench/")):
            return f"{filename.split('site-packages/')[-1]}:{function}"
    return "?"


def measure_page(client, path: str) -> dict:
    from django.core.cache import caches
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get(path)  # warm-up: renditions, connections, template loading
    runs = []
    origins: list[str] = []

    def note_origin(execute, sql, params, many, context):
        origins.append(query_origin())
        return execute(sql, params, many, context)

    for _ in range(REPEAT):
        origins.clear()
        # Every render counts its stories again, as the first one after a publish does: the counts
        # kept beside the pages (stories.cache.cached_counts) would otherwise hide their queries.
        caches["pages"].clear()
        with CaptureQueriesContext(connection) as captured, connection.execute_wrapper(note_origin):
            started = time.perf_counter()
            response = client.get(path)
            elapsed = time.perf_counter() - started
        queries = [
            {**query, "origin": origin}
            for query, origin in zip(captured.captured_queries, origins, strict=False)
        ]
        runs.append(
            {
                "status": response.status_code,
                "ms": elapsed * 1000,
                "queries": len(queries),
                "sql_ms": sum(float(query["time"]) for query in queries) * 1000,
                "slowest": sorted(queries, key=lambda query: -float(query["time"]))[:SLOWEST_SHOWN],
                "all": queries,
            }
        )
    typical = sorted(runs, key=lambda run: run["ms"])[len(runs) // 2]
    return {
        "status": typical["status"],
        "ms": statistics.median(run["ms"] for run in runs),
        "queries": typical["queries"],
        "sql_ms": statistics.median(run["sql_ms"] for run in runs),
        "slowest": [
            {"ms": float(query["time"]) * 1000, "origin": query["origin"], "sql": query["sql"]}
            for query in typical["slowest"]
        ],
        "plans": query_plans(typical["all"]),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("output", help="JSON file to write")
    parser.add_argument("--analyze-first", action="store_true", help="run ANALYZE first")
    args = parser.parse_args()
    django.setup()
    from django.conf import settings
    from django.db import connection
    from django.test import Client

    from bench.pages import page_paths

    if settings.PAGE_CACHE_SECONDS:
        sys.exit("Set PAGE_CACHE_SECONDS=0: this measures the pages themselves, not the cache.")
    if args.analyze_first:
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    # As nginx tells gunicorn in production (bench/measure.sh trusts the header): over HTTPS.
    client = Client(headers={"X-Forwarded-Proto": "https"})
    results = {}
    for name, path in page_paths().items():
        results[name] = {"path": path, **measure_page(client, path)}
        page = results[name]
        print(
            f"  {name:<7} {page['queries']:>3} queries  {page['sql_ms']:7.1f} ms SQL"
            f"  {page['ms']:7.1f} ms in all  {path}"
        )
    with open(args.output, "w", encoding="utf-8") as file:
        json.dump(results, file, indent=2, ensure_ascii=False)


if __name__ == "__main__":
    main()
