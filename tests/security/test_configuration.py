"""The settings as production gets them: `.env.example` documents every variable the settings read,
and with production values (those of `.env.example`, filled in) Django's deployment check has
nothing to say, while the settings refuse to start without a secret key."""

import ast
import os
import re
import secrets
import subprocess
import sys
from pathlib import Path

from django.conf import settings

ROOT = Path(settings.BASE_DIR)
SETTINGS_FILE = ROOT / "centenary" / "settings.py"
ENV_EXAMPLE = ROOT / ".env.example"
VARIABLE_LINE = re.compile(r"^([A-Z][A-Z0-9_]*)=(.*)$")
# What the subprocesses keep of the test run's environment.
KEPT_VARIABLES = {"PATH", "HOME", "LANG"}
# Functions of the settings module whose first argument names an environment variable.
ENV_READERS = {"env_bool", "env_list", "getenv"}


def _is_os_environ(node: ast.AST) -> bool:
    return (
        isinstance(node, ast.Attribute)
        and node.attr == "environ"
        and isinstance(node.value, ast.Name)
        and node.value.id == "os"
    )


def _named_variable(node: ast.AST) -> str | None:
    """The variable name read by this node of the settings' syntax tree, if it reads one:
    os.environ.get("X"), os.environ["X"], "X" in os.environ, env_bool("X", ...), ..."""
    if isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant):
        function = node.func
        if isinstance(function, ast.Attribute) and (
            (function.attr == "get" and _is_os_environ(function.value))
            or function.attr in ENV_READERS
        ):
            return node.args[0].value
        if isinstance(function, ast.Name) and function.id in ENV_READERS:
            return node.args[0].value
    subscript = isinstance(node, ast.Subscript) and _is_os_environ(node.value)
    if subscript and isinstance(node.slice, ast.Constant):
        return node.slice.value
    comparison = isinstance(node, ast.Compare) and isinstance(node.left, ast.Constant)
    if comparison and any(_is_os_environ(other) for other in node.comparators):
        return node.left.value
    return None


def variables_read_by_settings() -> set[str]:
    tree = ast.parse(SETTINGS_FILE.read_text())
    return {name for node in ast.walk(tree) if (name := _named_variable(node))}


def env_example() -> dict[str, str]:
    lines = ENV_EXAMPLE.read_text().splitlines()
    return dict(match.groups() for line in lines if (match := VARIABLE_LINE.match(line)))


def test_the_settings_reading_is_understood():
    # Guards the test below: a change in how the settings read variables must not make it pass
    # by finding nothing.
    assert {"SECRET_KEY", "DEBUG", "ALLOWED_HOSTS", "DATABASE_URL", "EMAIL_HOST"} <= (
        variables_read_by_settings()
    )


def test_env_example_lists_every_variable_the_settings_read():
    missing = variables_read_by_settings() - env_example().keys()
    assert not missing, f"Add to .env.example, each with a '# meaning' line: {sorted(missing)}"


def test_every_variable_of_env_example_has_its_meaning_on_the_line_before():
    lines = ENV_EXAMPLE.read_text().splitlines()
    unexplained = [
        line
        for before, line in zip(["", *lines], lines, strict=False)
        if VARIABLE_LINE.match(line) and not before.startswith("# ")
    ]
    assert not unexplained
    names = [match.group(1) for line in lines if (match := VARIABLE_LINE.match(line))]
    assert len(names) == len(set(names)), "a variable is listed twice"


def production_environment() -> dict[str, str]:
    """The environment of a production server whose .env was copied from .env.example and filled
    in: a random secret key and an SMTP server."""
    # Nothing else from the test run's environment (whose browser fixtures, for one, allow
    # Django's async-unsafe calls).
    environment = {name: value for name, value in os.environ.items() if name in KEPT_VARIABLES}
    environment.update(env_example())
    environment.update(
        SECRET_KEY=secrets.token_urlsafe(50),
        EMAIL_HOST="smtp.example.org",
        DJANGO_SETTINGS_MODULE="centenary.settings",
    )
    return environment


def manage(*arguments: str, environment: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "manage.py", *arguments],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_the_deployment_check_finds_nothing_with_production_variables():
    result = manage("check", "--deploy", environment=production_environment())
    output = (result.stdout + result.stderr).strip()
    assert result.returncode == 0, output
    assert output == "System check identified no issues (0 silenced)."


def test_production_refuses_to_start_without_a_secret_key():
    environment = production_environment()
    del environment["SECRET_KEY"]
    result = manage("check", environment=environment)
    assert result.returncode != 0
    assert "SECRET_KEY must be set when DEBUG is off." in result.stderr
