"""The two systemd units of docs/deploy.md, read from the guide: systemd accepts them without a
warning, and their commands, run the way systemd runs them (their working directory, only the
variables of their environment file, SIGHUP to reload, SIGTERM to stop), serve the site and run
the task worker. Only the application's folder differs from the guide, as it must on a test
machine. This machine has systemd's tools but does not boot with systemd, so the units themselves
are not started by systemctl."""

import os
import re
import shlex
import signal
import subprocess
import time
from pathlib import Path

import pytest
import requests

from tests.faults.servers import PROJECT, free_port, wait_until_answering

DEPLOY_GUIDE = PROJECT / "docs" / "deploy.md"
APP_FOLDER = "/srv/centenary/app"
# What systemd gives a service besides its environment file (systemd.exec(5), "Environment").
SYSTEMD_PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"
UNIT_NAMES = ("centenary-web.service", "centenary-worker.service")


def documented_units() -> dict[str, str]:
    """Each unit of the guide by its file name, with the application folder set to this one."""
    guide = DEPLOY_GUIDE.read_text()
    units = {
        name: text
        for text, name in re.findall(
            r"```ini\n(# /etc/systemd/system/(\S+)\n.*?)```", guide, flags=re.DOTALL
        )
    }
    assert sorted(units) == sorted(UNIT_NAMES), f"units in the guide: {sorted(units)}"
    for name, text in units.items():
        assert APP_FOLDER in text, f"{name} no longer names {APP_FOLDER}"
        units[name] = text.replace(APP_FOLDER, str(PROJECT))
    return units


def service_settings(unit: str) -> dict[str, str]:
    return dict(re.findall(r"^(\w+)=(.*)$", unit, flags=re.MULTILINE))


def service_environment(environment_file: Path) -> dict[str, str]:
    """What a service's processes see: systemd's PATH and the file's variables, nothing else."""
    lines = environment_file.read_text().splitlines()
    return {"PATH": SYSTEMD_PATH, **dict(line.split("=", 1) for line in lines if "=" in line)}


def run_as_systemd_would(unit: str, environment_file: Path) -> subprocess.Popen:
    settings = service_settings(unit)
    return subprocess.Popen(
        shlex.split(settings["ExecStart"]),
        cwd=settings["WorkingDirectory"],
        env=service_environment(environment_file),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )


def stopped_as_systemd_would(process: subprocess.Popen, unit: str) -> int:
    """SIGTERM, then what systemd waits before it kills (TimeoutStopSec, 90 s unless set)."""
    process.send_signal(signal.SIGTERM)
    return process.wait(timeout=int(service_settings(unit).get("TimeoutStopSec", "90")))


@pytest.fixture
def units(tmp_path) -> dict[str, str]:
    units = documented_units()
    for name, text in units.items():
        (tmp_path / name).write_text(text)
    return units


@pytest.fixture
def environment_file(tmp_path, units) -> Path:
    """The units' EnvironmentFile, a production one on a SQLite database with the tables the
    worker needs; the guide's path to it is replaced by this one."""
    database = f"sqlite:///{tmp_path / 'db.sqlite3'}"
    path = tmp_path / "env"
    path.write_text(
        "\n".join(
            [
                "DEBUG=0",
                f"SECRET_KEY=systemd-{os.getpid()}-{time.time_ns()}",
                "ALLOWED_HOSTS=127.0.0.1",
                f"DATABASE_URL={database}",
                f"BIND=127.0.0.1:{free_port()}",
                "WEB_CONCURRENCY=2",
                f"STATIC_ROOT={tmp_path / 'static'}",
                f"MEDIA_ROOT={tmp_path / 'media'}",
                f"PRIVATE_MEDIA_ROOT={tmp_path / 'private'}",
                f"PAGE_CACHE_DIR={tmp_path / 'page-cache'}",
                "SECURE_PROXY_SSL_HEADER=X-Forwarded-Proto,https",
            ]
        )
        + "\n"
    )
    for app in ("django_tasks_database", "centenary"):
        subprocess.run(
            [str(PROJECT / ".venv" / "bin" / "python"), "manage.py", "migrate", app, "-v", "0"],
            cwd=PROJECT,
            env=service_environment(path),
            check=True,
            timeout=300,
        )
    for name, text in units.items():
        documented = service_settings(text)["EnvironmentFile"]
        assert documented == str(PROJECT / ".env"), f"{name}: EnvironmentFile={documented}"
        units[name] = text.replace(f"EnvironmentFile={documented}", f"EnvironmentFile={path}")
    return path


def test_systemd_accepts_the_units_without_a_warning(tmp_path, units):
    result = subprocess.run(
        ["systemd-analyze", "verify", "--man=no", *(str(tmp_path / name) for name in units)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout + result.stderr == ""


def test_the_web_unit_serves_the_site_reloads_and_stops(units, environment_file, tmp_path):
    unit = units["centenary-web.service"]
    bind = re.search(r"BIND=(\S+)", environment_file.read_text()).group(1)
    server = run_as_systemd_would(unit, environment_file)
    log = tmp_path / "web.log"
    try:
        log.write_text("")
        wait_until_answering(f"http://{bind}/healthz", server, log)
        reload = service_settings(unit)["ExecReload"].replace("$MAINPID", str(server.pid))
        subprocess.run(shlex.split(reload), check=True, timeout=10)
        time.sleep(2)
        assert server.poll() is None, "gunicorn stopped on its reload signal"
        assert requests.get(f"http://{bind}/healthz", timeout=10).json()["status"] == "ok"
    finally:
        code = stopped_as_systemd_would(server, unit)
        output = server.stdout.read()
    assert code == 0, output
    assert "Handling signal: hup" in output, output


def test_the_worker_unit_runs_and_stops_cleanly(units, environment_file):
    unit = units["centenary-worker.service"]
    worker = run_as_systemd_would(unit, environment_file)
    time.sleep(5)
    assert worker.poll() is None, worker.stdout.read()
    code = stopped_as_systemd_would(worker, unit)
    output = worker.stdout.read()
    assert code == 0, output
    assert "Traceback" not in output, output
