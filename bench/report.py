"""`report.py RESULTS_DIR`: reads the raw wrk outputs, per-page query counts and plans, and the task
worker's memory of one benchmark run, prints them as Markdown tables with the goals of issue 7
(met or not, with the figure), and writes them beside the raw files (results.md, results.json).

Raw files are named `<size>--cache-<off|on>--<page>.txt`; each page's ratio is its requests per
second over the bare view's, measured by the same gunicorn at the same size and cache state. Page
cache off is the cold cache (every request renders), on the warm one (pages served from Redis)."""

import json
import re
import sys
from pathlib import Path

BARE = "bare"
PAGE_ORDER = (BARE, "home", "decade", "story", "search")
UNIT_TO_MS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0}
RAW_NAME = re.compile(r"(?P<size>.+?)--cache-(?P<cache>on|off)--(?P<page>\w+)\.txt$")
CACHE_STATE = {"off": "cold (off)", "on": "warm (on)"}
LISTINGS = ("home", "decade")
# Goals of issue 7: warm story page against the bare view, listings at 10,000 stories against
# their own speed at the demo's size, and the spread of latencies.
WARM_STORY_GOAL = 0.7
LISTING_SCALE_GOAL = 0.8
SPREAD_GOAL = 1.5
PLAN_SHOWN_MS = 5
# Tables that grow with the stories (one row or more per story, photo or contributor): a
# sequential scan of one of them grows with the site. Eras, themes and the like stay small.
GROWING_TABLES = {
    "wagtailcore_page",
    "wagtailcore_revision",
    "stories_storypage",
    "stories_storytheme",
    "stories_contributor",
    "wagtailsearch_indexentry",
    "wagtailimages_image",
    "wagtailimages_rendition",
}


def to_ms(value: str) -> float:
    number, unit = re.fullmatch(r"([\d.]+)(us|ms|s|m)", value).groups()
    return float(number) * UNIT_TO_MS[unit]


def parse_wrk(text: str) -> dict:
    """Requests per second, latency percentiles (ms), request and error counts of one wrk run."""

    def find(pattern: str) -> re.Match | None:
        return re.search(pattern, text, re.MULTILINE)

    result = {
        "requests_per_second": float(find(r"^Requests/sec:\s+([\d.]+)").group(1)),
        "requests": int(find(r"^\s+(\d+) requests in").group(1)),
        "non_2xx_3xx": 0,
        "socket_errors": 0,
    }
    for percentile in (50, 75, 90, 99):
        match = find(rf"^\s+{percentile}%\s+(\S+)")
        result[f"p{percentile}_ms"] = to_ms(match.group(1)) if match else None
    if match := find(r"Non-2xx or 3xx responses: (\d+)"):
        result["non_2xx_3xx"] = int(match.group(1))
    if match := find(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)"):
        result["socket_errors"] = sum(int(count) for count in match.groups())
    return result


def read_runs(results: Path) -> list[dict]:
    runs = []
    for path in sorted((results / "raw").glob("*.txt")):
        if match := RAW_NAME.match(path.name):
            runs.append({**match.groupdict(), **parse_wrk(path.read_text(encoding="utf-8"))})
    bare = {(run["size"], run["cache"]): run for run in runs if run["page"] == BARE}
    for run in runs:
        denominator = bare.get((run["size"], run["cache"]))
        run["ratio_to_bare"] = (
            run["requests_per_second"] / denominator["requests_per_second"] if denominator else None
        )
    return sorted(
        runs,
        key=lambda run: (size_order(run["size"]), run["cache"], PAGE_ORDER.index(run["page"])),
    )


def size_order(size: str) -> tuple:
    """The demo first, then the larger sizes by number of stories ("10000", "10000-analyzed")."""
    number = re.match(r"\d+", size)
    return (size != "demo", int(number.group()) if number else 0, size)


def milliseconds(value: float | None) -> str:
    if value is None:
        return "–"
    return f"{value:.1f}" if value < 100 else f"{value:.0f}"


def throughput_table(runs: list[dict]) -> list[str]:
    lines = [
        "| stories | page cache | page | req/s | ratio to bare | p50 ms | p99 ms | requests "
        "| errors |",
        "|---|---|---|---:|---:|---:|---:|---:|---|",
    ]
    for run in runs:
        ratio = run["ratio_to_bare"]
        errors = str(run["non_2xx_3xx"] + run["socket_errors"])
        latencies = [milliseconds(run["p50_ms"]), milliseconds(run["p99_ms"])]
        if not run["requests"]:
            # wrk prints zeros when no answer came back within the run: no figure, not a fast one.
            errors, latencies = "no answer within the run", ["–", "–"]
        lines.append(
            f"| {run['size']} | {CACHE_STATE[run['cache']]} | {run['page']} "
            f"| {run['requests_per_second']:.1f} "
            f"| {'–' if ratio is None else f'{ratio:.3f}'} "
            f"| {latencies[0]} | {latencies[1]} | {run['requests']} | {errors} |"
        )
    return lines


def query_label(sql: str) -> str:
    """A short name for a query: what it selects and from which table."""
    table = re.search(r'FROM "(\w+)"', sql)
    kind = "COUNT" if sql.startswith("SELECT COUNT") else sql.split(" ", 1)[0]
    return f"{kind} … FROM {table.group(1)}" if table else sql[:40]


def queries_table(results: Path) -> tuple[list[str], dict]:
    """Queries, SQL time and whole time of one render per page and size, without load."""
    by_size = {
        path.stem.removeprefix("queries-"): json.loads(path.read_text(encoding="utf-8"))
        for path in sorted(results.glob("queries-*.json"))
    }
    lines = [
        "| stories | page | queries | SQL ms | total ms | slowest query |",
        "|---|---|---:|---:|---:|---|",
    ]
    for size in sorted(by_size, key=size_order):
        for page in PAGE_ORDER:
            if not (row := by_size[size].get(page)):
                continue
            label = "–"
            if slowest := (row["slowest"] or [None])[0]:
                origin = slowest.get("origin") or query_label(slowest["sql"])
                label = f"{milliseconds(slowest['ms'])} ms: {origin}"
            lines.append(
                f"| {size} | {page} | {row['queries']} | {milliseconds(row['sql_ms'])} "
                f"| {milliseconds(row['ms'])} | {label} |"
            )
    return (lines if by_size else []), by_size


def verdict(met: bool) -> str:
    return "**met**" if met else "**not met**"


def spread(run: dict) -> float | None:
    """p99 ÷ p50 of one wrk run (None when no answer came back)."""
    if not run["requests"] or not run["p50_ms"]:
        return None
    return run["p99_ms"] / run["p50_ms"]


def goal_lines(runs: list[dict]) -> list[str]:
    """Each goal of issue 7, met or not, with the figure it rests on."""
    by_key = {(run["size"], run["cache"], run["page"]): run for run in runs}
    sizes = sorted({run["size"] for run in runs}, key=size_order)
    large = max((size for size in sizes if size.isdigit()), key=int, default=None)
    lines = []
    for size in sizes:
        if story := by_key.get((size, "on", "story")):
            ratio = story["ratio_to_bare"]
            lines.append(
                f"- Warm story page ≥ {WARM_STORY_GOAL}× the bare view, {size}: "
                f"{ratio:.3f}× — {verdict(ratio >= WARM_STORY_GOAL)}"
            )
    for page in LISTINGS:
        for cache in ("off", "on"):
            demo, at_scale = by_key.get(("demo", cache, page)), by_key.get((large, cache, page))
            if not (demo and at_scale and demo["ratio_to_bare"]):
                continue
            scale = at_scale["ratio_to_bare"] / demo["ratio_to_bare"]
            met = scale >= LISTING_SCALE_GOAL
            lines.append(
                f"- {page.capitalize()} at {large} stories ≥ {LISTING_SCALE_GOAL}× its speed at "
                f"the demo size, {CACHE_STATE[cache]} cache: {at_scale['ratio_to_bare']:.3f} ÷ "
                f"{demo['ratio_to_bare']:.3f} = {scale:.2f}× — {verdict(met)} (in requests per "
                f"second, where the bare view's noise does not enter: "
                f"{at_scale['requests_per_second']:.1f} ÷ {demo['requests_per_second']:.1f} = "
                f"{at_scale['requests_per_second'] / demo['requests_per_second']:.2f}×)"
            )
    spreads = [(run, spread(run)) for run in runs]
    missed = [
        f"{run['size']} {CACHE_STATE[run['cache']]} {run['page']} "
        f"{'no answer' if value is None else f'{value:.2f}'}"
        for run, value in spreads
        if value is None or value > SPREAD_GOAL
    ]
    measured = [value for _run, value in spreads if value is not None]
    lines.append(
        f"- p99/p50 ≤ {SPREAD_GOAL} for each page: met by {len(spreads) - len(missed)} runs of "
        f"{len(spreads)} (from {min(measured):.2f} to {max(measured):.2f}) — "
        f"{verdict(not missed)}" + (f"; over the goal: {', '.join(missed)}" if missed else "")
    )
    return lines


def worker_lines(results: Path) -> tuple[list[str], dict | None]:
    """The task worker's memory (bench/worker_memory.py), if it was measured."""
    path = results / "worker.json"
    if not path.exists():
        return [], None
    worker = json.loads(path.read_text(encoding="utf-8"))
    tasks = ", ".join(
        f"{row['count']} {row['task_path'].rsplit('.', 1)[-1]} ({row['status'].lower()})"
        for row in worker["tasks"]
    )
    lines = [
        "| idle after start | peak, worker | peak, worker and children | tasks run | left |",
        "|---:|---:|---:|---:|---:|",
        f"| {worker['idle_kib'] / 1024:.0f} MiB | {worker['peak_worker_kib'] / 1024:.0f} MiB "
        f"| {worker['peak_tree_kib'] / 1024:.0f} MiB | {worker['tasks_run']} "
        f"| {worker['tasks_left']} |",
        "",
        f"Tasks: {tasks or 'none'}. Children seen: "
        f"{', '.join(worker['children_seen']) or 'none'}. VmRSS sampled every "
        f"{worker['sample_seconds']} s ({worker['samples']} samples); the queue was empty "
        f"{worker['queue_drained_seconds_after_command']} s after the demo was loaded.",
    ]
    return lines, worker


def plan_lines(queries: dict) -> list[str]:
    """What each query's plan reads at the larger sizes: sequential scans of the tables that grow
    with the stories, and the indexes used. Queries under PLAN_SHOWN_MS that scan no growing
    table are only counted."""
    left_out = 0
    lines = [
        "| stories | page | ms | query (issued by) | scans sequentially | indexes used |",
        "|---|---|---:|---|---|---|",
    ]
    for size in sorted(queries, key=size_order):
        if size == "demo":
            continue
        for page in PAGE_ORDER:
            for plan in queries[size].get(page, {}).get("plans", []):
                growing = [t for t in plan["sequential_scans"] if t in GROWING_TABLES]
                small = [t for t in plan["sequential_scans"] if t not in GROWING_TABLES]
                if not growing and plan["ms"] < PLAN_SHOWN_MS:
                    left_out += 1
                    continue
                scans = ", ".join(f"**{table}**" for table in growing)
                if small:
                    scans += ("; " if scans else "") + ", ".join(small)
                origin = plan["origin"] or query_label(plan["sql"])
                lines.append(
                    f"| {size} | {page} | {milliseconds(plan['ms'])} | {origin} "
                    f"| {scans or '–'} | {', '.join(plan['indexes']) or '–'} |"
                )
    if len(lines) == 2:
        return []
    return [
        *lines,
        "",
        f"Not shown: {left_out} queries under {PLAN_SHOWN_MS} ms that scan no table growing with "
        "the stories.",
    ]


def main(results: Path) -> None:
    runs = read_runs(results)
    if not runs:
        sys.exit(f"No wrk output under {results / 'raw'}")
    meta = results / "meta.txt"
    lines = [f"# Benchmark run {results.name}", ""]
    if meta.exists():
        lines += [f"- {line}" for line in meta.read_text(encoding="utf-8").splitlines()] + [""]
    lines += ["## Goals of issue 7", "", *goal_lines(runs), ""]
    lines += ["## Throughput (wrk, gunicorn 2 workers)", "", *throughput_table(runs), ""]
    query_lines, queries = queries_table(results)
    if query_lines:
        lines += ["## One render per page, no load (page cache off)", "", *query_lines, ""]
    if explained := plan_lines(queries):
        lines += [
            "## What each query reads (EXPLAIN ANALYZE, one render, page cache off)",
            "",
            "Bold: a sequential scan of a table that grows with the stories.",
            "",
            *explained,
            "",
        ]
    worker_table, worker = worker_lines(results)
    if worker_table:
        lines += ["## A task worker's memory (VmRSS)", "", *worker_table, ""]
    text = "\n".join(lines)
    print(text)
    (results / "results.md").write_text(text, encoding="utf-8")
    summary = {"runs": runs, "queries": queries, "worker": worker}
    (results / "results.json").write_text(
        json.dumps(summary, indent=2, ensure_ascii=False), encoding="utf-8"
    )
    print(f"Raw outputs and results.md / results.json: {results}/")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(Path(sys.argv[1]))
