"""`report.py RESULTS_DIR`: reads the raw wrk outputs and per-page query counts of one benchmark
run, prints them as Markdown tables and writes them beside the raw files (results.md, results.json).

Raw files are named `<size>--cache-<off|on>--<page>.txt`; each page's ratio is its requests per
second over the bare view's, measured by the same gunicorn at the same size and cache state."""

import json
import re
import sys
from pathlib import Path

BARE = "bare"
PAGE_ORDER = (BARE, "home", "decade", "story", "search")
UNIT_TO_MS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0}
RAW_NAME = re.compile(r"(?P<size>.+?)--cache-(?P<cache>on|off)--(?P<page>\w+)\.txt$")


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
            f"| {run['size']} | {run['cache']} | {run['page']} "
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


def main(results: Path) -> None:
    runs = read_runs(results)
    if not runs:
        sys.exit(f"No wrk output under {results / 'raw'}")
    meta = results / "meta.txt"
    lines = [f"# Benchmark run {results.name}", ""]
    if meta.exists():
        lines += [f"- {line}" for line in meta.read_text(encoding="utf-8").splitlines()] + [""]
    lines += ["## Throughput (wrk, gunicorn 2 workers)", "", *throughput_table(runs), ""]
    query_lines, queries = queries_table(results)
    if query_lines:
        lines += ["## One render per page, no load (page cache off)", "", *query_lines, ""]
    text = "\n".join(lines)
    print(text)
    (results / "results.md").write_text(text, encoding="utf-8")
    summary = {"runs": runs, "queries": queries}
    (results / "results.json").write_text(
        json.dumps(summary, indent=2, ensure_ascii=False), encoding="utf-8"
    )
    print(f"Raw outputs and results.md / results.json: {results}/")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(Path(sys.argv[1]))
