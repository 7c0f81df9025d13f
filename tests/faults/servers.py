"""Real servers a fault test can break: its own PostgreSQL cluster (stopped and started at will) and
the site under gunicorn with production settings, both on free loopback ports."""

import os
import shutil
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

import requests
from django.conf import settings

from tests.production.servers import free_port

PROJECT = Path(__file__).resolve().parents[2]
VENV_BIN = Path(sys.executable).parent


class PostgresCluster:
    """A throwaway cluster (like scripts/with-postgres.sh makes for the suite) a test may stop."""

    def __init__(self, root: Path):
        self.bindir = sorted(Path("/usr/lib/postgresql").glob("*/bin"))[-1]
        self.datadir = root / "data"
        self.port = free_port()
        # PostgreSQL refuses to run as root: Debian's package creates a postgres user for it.
        self.as_owner = ["runuser", "-u", "postgres", "--"] if os.getuid() == 0 else []
        if self.as_owner:
            shutil.chown(root, "postgres")
        self.url = f"postgres://centenary@127.0.0.1:{self.port}/centenary"

    def _run(self, command: str, *arguments: str) -> None:
        subprocess.run(
            [*self.as_owner, str(self.bindir / command), *arguments],
            check=True,
            capture_output=True,
        )

    def create(self) -> None:
        self._run(
            "initdb", "-D", str(self.datadir), "-U", "centenary", "--auth=trust", "-E", "UTF8"
        )
        self.start()
        self._run(
            "createdb", "-h", "127.0.0.1", "-p", str(self.port), "-U", "centenary", "centenary"
        )

    def start(self) -> None:
        options = f"-h 127.0.0.1 -p {self.port} -k {self.datadir.parent} -c fsync=off"
        log = str(self.datadir.parent / "server.log")
        self._run("pg_ctl", "-D", str(self.datadir), "-l", log, "-w", "-o", options, "start")

    def stop(self) -> None:
        self._run("pg_ctl", "-D", str(self.datadir), "-m", "fast", "-w", "stop")

    def remove(self) -> None:
        subprocess.run(
            [
                *self.as_owner,
                str(self.bindir / "pg_ctl"),
                "-D",
                str(self.datadir),
                "-m",
                "immediate",
                "stop",
            ],
            capture_output=True,
        )


@contextmanager
def postgres_cluster():
    root = Path(tempfile.mkdtemp(prefix="centenary-fault-pg."))
    cluster = PostgresCluster(root)
    try:
        cluster.create()
        yield cluster
    finally:
        cluster.remove()
        shutil.rmtree(root, ignore_errors=True)


def production_environment(database_url: str, folder: Path, **variables: str) -> dict:
    """The environment of a production process (DEBUG off, HTTPS behind a proxy) on that database,
    its files under `folder`."""
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "centenary.settings",
        "DATABASE_URL": database_url,
        "DEBUG": "0",
        # The suite's key, so that the tests can sign what the site checks (form tokens).
        "SECRET_KEY": settings.SECRET_KEY,
        "ALLOWED_HOSTS": "127.0.0.1",
        "SECURE_PROXY_SSL_HEADER": "X-Forwarded-Proto,https",
        "MEDIA_ROOT": str(folder / "media"),
        "PRIVATE_MEDIA_ROOT": str(folder / "private-media"),
        "PAGE_CACHE_DIR": str(folder / "page-cache"),
        "STATIC_ROOT": str(folder / "static"),
        **variables,
    }


def prepare_database(environment: dict) -> None:
    """Migrations, the static files (hashed and compressed, as production serves them), the site's
    page tree and the contributor guidelines (what the form needs)."""
    manage(environment, "migrate", "--no-input")
    manage(environment, "collectstatic", "--no-input", "--verbosity", "0")
    manage(environment, "shell", "-c", SITE_TREE)


SITE_TREE = (
    "from stories.site_tree import ensure_site_tree; "
    "from submissions.demo.loader import ensure_guidelines; "
    "ensure_site_tree(); ensure_guidelines()"
)


def manage(environment: dict, *arguments: str) -> str:
    """Runs a management command as production would; its output, or an error showing why not."""
    result = subprocess.run(
        [str(VENV_BIN / "python"), "manage.py", *arguments],
        cwd=PROJECT,
        env=environment,
        capture_output=True,
        text=True,
    )
    if result.returncode:
        raise RuntimeError(f"manage.py {arguments[0]} failed:\n{result.stderr[-3000:]}")
    return result.stdout


@contextmanager
def gunicorn(environment: dict, log: Path, workers: int = 2):
    """The site under gunicorn on a free port, its log in `log` (kept for a failing test to be
    read); yields its base URL once /healthz answers."""
    port = free_port()
    command = [str(VENV_BIN / "gunicorn"), "centenary.wsgi", "--workers", str(workers)]
    command += ["--bind", f"127.0.0.1:{port}", "--timeout", "30"]
    with log.open("wb") as output:
        server = subprocess.Popen(
            command, cwd=PROJECT, env=environment, stdout=output, stderr=subprocess.STDOUT
        )
    base_url = f"http://127.0.0.1:{port}"
    try:
        wait_until_answering(f"{base_url}/healthz", server, log)
        yield base_url
    finally:
        server.terminate()
        server.wait(timeout=30)


def wait_until_answering(
    url: str, server: subprocess.Popen, log: Path, seconds: float = 60
) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"gunicorn stopped:\n{log.read_text()}")
        try:
            if requests.get(url, timeout=10).status_code == 200:
                return
        except requests.RequestException:
            pass
        time.sleep(0.5)
    raise RuntimeError(f"{url} did not answer within {seconds} s:\n{log.read_text()}")
