"""`python -m bench.queries OUTPUT.json`: what each measured page costs in one process, without
load: its database queries (count and time) and its whole response time, the median of a few
renders after a warm-up one, and the plan (EXPLAIN ANALYZE) of its slowest query. Run it with
PAGE_CACHE_SECONDS=0, or it measures the cache. With --analyze-first, it runs PostgreSQL's ANALYZE
before measuring (planner statistics of every table, the empty ones included)."""

import argparse
import json
import statistics
import sys
import time

import django

REPEAT = 5
SLOWEST_SHOWN = 3


def explain(sql: str) -> str:
    from django.db import connection

    if connection.vendor != "postgresql":
        return ""
    with connection.cursor() as cursor:
        cursor.execute(f"EXPLAIN (ANALYZE) {sql}")
        return "\n".join(row[0] for row in cursor.fetchall())


def query_origin() -> str:
    """Where the running query comes from: the innermost project function (stories/, centenary/)
    on the stack, else the innermost frame outside the database layer (a template, Wagtail).
    Frames are walked directly (no source lines read), so that timing is barely disturbed."""
    frames = []
    frame = sys._getframe(1)
    while frame is not None:
        frames.append((frame.f_code.co_filename, frame.f_code.co_name))
        frame = frame.f_back
    for filename, function in frames:
        if "/stories/" in filename or "/centenary/" in filename:
            return f"{'/'.join(filename.split('/')[-2:])}:{function}"
    for filename, function in frames:
        if not any(part in filename for part in ("/django/db/", "/psycopg/", "/bench/")):
            return f"{filename.split('site-packages/')[-1]}:{function}"
    return "?"


def measure_page(client, path: str) -> dict:
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
        "slowest_plan": explain(typical["slowest"][0]["sql"]) if typical["slowest"] else "",
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
    client = Client()
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
