"""The French and English catalogues hold every interface string: a string added to the code without
its translation, or left fuzzy, fails here (run `make messages`, then translate what it lists)."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import polib
import pytest

PROJECT = Path(__file__).resolve().parents[2]
NOT_SOURCES = shutil.ignore_patterns(
    ".git", ".venv", ".cache", "media", "private-media", "staticfiles", "db.sqlite3*", "__pycache__"
)


@pytest.fixture(scope="module")
def fresh_catalogues(tmp_path_factory) -> Path:
    """The catalogues as makemessages leaves them from today's code, made in a copy of the project
    so that the working tree is never written."""
    copy = tmp_path_factory.mktemp("messages") / "project"
    shutil.copytree(PROJECT, copy, ignore=NOT_SOURCES)
    subprocess.run(
        ["bash", "scripts/messages.sh", "--check"],
        cwd=copy,
        env={**os.environ, "PYTHON": sys.executable},
        check=True,
        capture_output=True,
    )
    return copy / "locale"


@pytest.mark.parametrize("language", ["fr", "en"])
def test_every_interface_string_is_translated(fresh_catalogues, language):
    catalogue = polib.pofile(fresh_catalogues / language / "LC_MESSAGES" / "django.po")
    untranslated = [entry.msgid for entry in catalogue.untranslated_entries()]
    fuzzy = [entry.msgid for entry in catalogue.fuzzy_entries()]
    assert not untranslated, f"{language}: untranslated: {untranslated}"
    assert not fuzzy, f"{language}: fuzzy: {fuzzy}"


def test_the_catalogues_speak_more_than_a_few_words(fresh_catalogues):
    """Guards the check itself: makemessages really read the code."""
    catalogue = polib.pofile(fresh_catalogues / "fr" / "LC_MESSAGES" / "django.po")
    assert len(catalogue) > 500
    assert catalogue.find("Share your story") is not None
