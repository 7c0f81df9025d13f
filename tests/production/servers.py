"""Throwaway Redis, S3 (moto) and nginx servers on free loopback ports: for the tests that stop
their own to see the site survive it, for a plain `pytest` run, where `make test` has started none,
and for running the guide's nginx configuration."""

import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
import redis


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _wait_until(answers: Callable[[], bool], process: subprocess.Popen) -> bool:
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline and process.poll() is None:
        if answers():
            return True
        time.sleep(0.05)
    return False


@contextmanager
def _running(command: list[str], what: str, answers: Callable[[], bool]) -> Iterator[None]:
    """Runs a server until the block ends; its log goes to a file (a pipe nobody reads would fill
    up and stop it) and is shown if it never answers."""
    with tempfile.TemporaryFile() as log:
        process = subprocess.Popen(command, stdout=log, stderr=log, stdin=subprocess.DEVNULL)
        try:
            if not _wait_until(answers, process):
                log.seek(0)
                pytest.fail(f"{what} did not answer within 20 s:\n{log.read().decode()}")
            yield
        finally:
            process.kill()
            process.wait()


def _redis_answers(url: str) -> bool:
    try:
        return redis.Redis.from_url(url, socket_timeout=0.5).ping()
    except redis.ConnectionError:
        return False


def _port_answers(port: int) -> bool:
    try:
        socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
    except OSError:
        return False
    return True


@contextmanager
def redis_server() -> Iterator[str]:
    """A Redis server without persistence; yields its URL and kills it on leaving."""
    binary = shutil.which("redis-server")
    if binary is None:
        pytest.fail(
            "redis-server is not installed: `make test` installs it (scripts/system-deps.sh) "
            "and runs the suite against one."
        )
    port = free_port()
    url = f"redis://127.0.0.1:{port}/0"
    command = [binary, "--bind", "127.0.0.1", "--port", str(port), "--save", "", "--appendonly"]
    with _running([*command, "no"], "redis-server", lambda: _redis_answers(url)):
        yield url


@contextmanager
def s3_server() -> Iterator[str]:
    """moto's S3 server, in memory; yields its endpoint URL and kills it on leaving."""
    port = free_port()
    command = [sys.executable, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(port)]
    with _running(command, "moto's S3 server", lambda: _port_answers(port)):
        yield f"http://127.0.0.1:{port}"


def _nginx_main_config(site: str, folder: Path) -> str:
    """A main configuration around one site block, with every file nginx writes in `folder`.

    One process (`master_process off`): killing it leaves no worker behind holding the ports."""
    return f"""daemon off;
master_process off;
pid {folder}/nginx.pid;
error_log {folder}/error.log info;
events {{}}
http {{
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log {folder}/access.log;
    client_body_temp_path {folder}/body;
    proxy_temp_path {folder}/proxy;
    fastcgi_temp_path {folder}/fastcgi;
    uwsgi_temp_path {folder}/uwsgi;
    scgi_temp_path {folder}/scgi;
{site}
}}
"""


@contextmanager
def nginx_server(site: str, folder: Path, port: int) -> Iterator[None]:
    """nginx serving the `site` block (its listen ports already free loopback ones) until the
    block ends, once `nginx -t` has accepted it; `port` is one it listens on."""
    binary = shutil.which("nginx") or shutil.which("nginx", path="/usr/sbin")
    if binary is None:
        pytest.fail(
            "nginx is not installed: `make test` installs it (scripts/system-deps.sh) "
            "and runs the documented site configuration in front of the site."
        )
    config = folder / "nginx.conf"
    config.write_text(_nginx_main_config(site, folder))
    command = [binary, "-p", str(folder), "-e", str(folder / "error.log"), "-c", str(config)]
    checked = subprocess.run([*command, "-t"], capture_output=True, text=True)
    if checked.returncode != 0:
        pytest.fail(f"nginx refuses the configuration:\n{checked.stderr}\n{config.read_text()}")
    with _running(command, "nginx", lambda: _port_answers(port)):
        yield
