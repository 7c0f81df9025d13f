"""A task worker killed (SIGKILL) in the middle of converting a video: another worker takes the task
again once the dead one has stopped beating, and the video ends processed once."""

import json
import os
import signal
import subprocess
import time
from pathlib import Path

import psycopg
import pytest

from stories.videos.probe import ffmpeg_path
from tests.faults.servers import (
    PROJECT,
    VENV_BIN,
    manage,
    postgres_cluster,
    prepare_database,
    production_environment,
)

DEAD_AFTER_SECONDS = 6

UPLOAD = """
from django.core.files import File
from stories.models import Video
with open({path!r}, "rb") as upload:
    video = Video.objects.create(
        type="video", title="Témoignage", file=File(upload, name="camera.avi")
    )
print(video.pk)
"""

INSPECT = """
import json
from django_tasks_db.models import DBTaskResult
from stories.models import Video
video = Video.objects.get(pk={pk})
tasks = [{{"status": t.status, "workers": t.worker_ids}} for t in DBTaskResult.objects.all()]
print(json.dumps({{"state": video.processing_state, "processed": video.processed_file,
                  "poster": video.thumbnail.name, "tasks": tasks}}))
"""


@pytest.fixture
def camera_video(tmp_path) -> Path:
    """A minute of MPEG-4 part 2 in AVI (browsers cannot play it): converting takes seconds."""
    path = tmp_path / "camera.avi"
    picture = ["-f", "lavfi", "-i", "testsrc=size=640x360:rate=25:duration=60"]
    tone = ["-f", "lavfi", "-i", "sine=frequency=440:duration=60"]
    command = [ffmpeg_path(), "-hide_banner", "-nostdin", "-v", "error", "-y", *picture, *tone]
    command += ["-c:v", "mpeg4", "-q:v", "3", "-c:a", "pcm_s16le", str(path)]
    subprocess.run(command, check=True, timeout=120)
    return path


def start_worker(environment: dict) -> subprocess.Popen:
    # A process group of its own: killing it kills the ffmpeg it started, as a lost machine would.
    return subprocess.Popen(
        [
            str(VENV_BIN / "python"),
            "manage.py",
            "run_worker",
            "--backend",
            "background",
            "--interval",
            "0.5",
        ],
        cwd=PROJECT,
        env=environment,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )


def wait_for(query: str, database_url: str, expected: str, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        with psycopg.connect(database_url) as connection:
            row = connection.execute(query).fetchone()
        if row and row[0] == expected:
            return
        time.sleep(0.2)
    raise AssertionError(f"{query!r} never gave {expected!r} within {seconds} s")


def test_a_task_whose_worker_was_killed_runs_again_and_happens_once(
    tmp_path, camera_video, report_figures
):
    with postgres_cluster() as cluster:
        environment = production_environment(
            cluster.url, tmp_path, TASK_WORKER_DEAD_AFTER=str(DEAD_AFTER_SECONDS)
        )
        prepare_database(environment)
        pk = int(
            manage(environment, "shell", "-c", UPLOAD.format(path=str(camera_video))).splitlines()[
                -1
            ]
        )
        state = f"SELECT processing_state FROM stories_video WHERE id = {pk}"

        first = start_worker(environment)
        wait_for(state, cluster.url, "processing", seconds=60)
        time.sleep(1)
        os.killpg(first.pid, signal.SIGKILL)
        first.wait()
        killed_at = time.monotonic()

        second = start_worker(environment)
        try:
            wait_for(state, cluster.url, "ready", seconds=240)
        finally:
            os.killpg(second.pid, signal.SIGTERM)
            second.wait(timeout=30)
        report_figures(
            f"killed mid-conversion; taken again and finished "
            f"{time.monotonic() - killed_at:.0f} s later"
        )

        outcome = json.loads(
            manage(environment, "shell", "-c", INSPECT.format(pk=pk)).splitlines()[-1]
        )
    media = tmp_path / "media"
    assert outcome["state"] == "ready"
    assert [task["status"] for task in outcome["tasks"]] == ["SUCCESSFUL"]
    assert len(outcome["tasks"][0]["workers"]) == 2, "the task ran twice: killed, then again"
    assert (media / outcome["processed"]).is_file() and (media / outcome["poster"]).is_file()
    converted = list(media.rglob("*.mp4"))
    assert converted == [media / outcome["processed"]], "one converted file, no leftover"
