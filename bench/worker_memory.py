"""`python -m bench.worker_memory OUTPUT.json [--log FILE] -- COMMAND...`: the memory of a task
worker doing real work. Starts `manage.py run_worker` on the background queue as production does,
notes its resident memory once it is idle, runs COMMAND (which enqueues tasks: `manage.py
load_demo` queues the cards of every story it publishes and the processing of its videos), waits
until the queue is empty, then stops the worker.

Every 0.2 s it reads VmRSS from /proc/<pid>/status for the worker and each of its descendants
(ffmpeg, when a video is processed): the peak of the worker alone and of the whole tree are kept.
"""

import argparse
import contextlib
import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import django

SAMPLE_SECONDS = 0.2
IDLE_SECONDS = 5
DRAIN_TIMEOUT_SECONDS = 900


def resident_kib(pid: int) -> int:
    """VmRSS of one process, 0 if it has gone (or is a zombie, which has none)."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except (FileNotFoundError, ProcessLookupError):
        return 0
    for line in status.splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def descendants(root: int) -> list[int]:
    """Every process below root, found through the parent id of each /proc entry."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
        except (FileNotFoundError, ProcessLookupError):
            continue
        # The command name, in parentheses, may hold spaces: the parent id follows its end.
        parent = int(stat[stat.rindex(")") + 2 :].split()[1])
        children.setdefault(parent, []).append(int(entry))
    found, pending = [], [root]
    while pending:
        for child in children.get(pending.pop(), []):
            found.append(child)
            pending.append(child)
    return found


class Sampler(threading.Thread):
    """Samples the worker's memory until stopped; keeps the peaks and the names of its children."""

    def __init__(self, pid: int):
        super().__init__(daemon=True)
        self.pid = pid
        self.stopped = threading.Event()
        self.samples = 0
        self.latest_kib = 0
        self.peak_worker_kib = 0
        self.peak_tree_kib = 0
        self.children_seen: set[str] = set()

    def run(self) -> None:
        while not self.stopped.wait(SAMPLE_SECONDS):
            worker = resident_kib(self.pid)
            tree = worker
            for child in descendants(self.pid):
                tree += resident_kib(child)
                with contextlib.suppress(FileNotFoundError, ProcessLookupError):
                    self.children_seen.add(Path(f"/proc/{child}/comm").read_text().strip())
            self.samples += 1
            self.latest_kib = worker
            self.peak_worker_kib = max(self.peak_worker_kib, worker)
            self.peak_tree_kib = max(self.peak_tree_kib, tree)


def waiting_tasks() -> int:
    """Tasks ready or running on the background queue (those put off to later excluded)."""
    from django_tasks_db.models import DBTaskResult

    return (DBTaskResult.objects.ready() | DBTaskResult.objects.running()).count()


def tasks_run_since(started) -> list[dict]:
    from django.db.models import Count
    from django_tasks_db.models import DBTaskResult

    rows = (
        DBTaskResult.objects.filter(finished_at__gte=started)
        .values("task_path", "status")
        .annotate(count=Count("pk"))
        .order_by("task_path", "status")
    )
    return [dict(row) for row in rows]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("output", help="JSON file to write")
    parser.add_argument("--log", default="/dev/null", help="file for the worker's own output")
    if "--" not in sys.argv:
        parser.error("give the command that enqueues tasks after --")
    split = sys.argv.index("--")
    args, command = parser.parse_args(sys.argv[1:split]), sys.argv[split + 1 :]
    django.setup()
    from django.utils import timezone

    log = open(args.log, "w", encoding="utf-8")  # noqa: SIM115 (open as long as the worker)
    worker = subprocess.Popen(
        [sys.executable, "manage.py", "run_worker", "--backend", "background", "--no-reload"],
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    sampler = Sampler(worker.pid)
    sampler.start()
    started = timezone.now()
    try:
        time.sleep(IDLE_SECONDS)
        idle_kib = sampler.latest_kib
        print(f"  worker idle: {idle_kib / 1024:.0f} MiB resident", flush=True)
        subprocess.run(command, check=True)
        command_done = time.monotonic()
        while waiting_tasks() and time.monotonic() - command_done < DRAIN_TIMEOUT_SECONDS:
            time.sleep(1)
        drained_after = time.monotonic() - command_done
        left = waiting_tasks()
    finally:
        worker.send_signal(signal.SIGTERM)
        worker.wait(timeout=60)
        sampler.stopped.set()
        sampler.join()
        log.close()
    tasks = tasks_run_since(started)
    result = {
        "idle_kib": idle_kib,
        "peak_worker_kib": sampler.peak_worker_kib,
        "peak_tree_kib": sampler.peak_tree_kib,
        "children_seen": sorted(sampler.children_seen),
        "samples": sampler.samples,
        "sample_seconds": SAMPLE_SECONDS,
        "tasks": tasks,
        "tasks_run": sum(row["count"] for row in tasks),
        "tasks_left": left,
        "queue_drained_seconds_after_command": round(drained_after, 1),
    }
    print(
        f"  worker: {result['tasks_run']} tasks run, {left} left; peak "
        f"{result['peak_worker_kib'] / 1024:.0f} MiB (worker), "
        f"{result['peak_tree_kib'] / 1024:.0f} MiB (with children: "
        f"{', '.join(result['children_seen']) or 'none'})"
    )
    Path(args.output).write_text(json.dumps(result, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
