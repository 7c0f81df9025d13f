"""Fixtures for the submission tests: the guidelines in force, a client register, and a helper that
sends the public form as a browser would (with a form token shown some seconds ago)."""

import io
import time
import uuid

import pytest
from django.core import signing
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from submissions.forms import CONSENTS, FORM_TOKEN_SALT
from submissions.models import Client, Guidelines
from tests.submissions.media import use_temporary_media

SHARE_URL = "/fr/share-your-story/"

STORY_TEXT = (
    "En mai 1968, l'atelier de reliure s'est arrêté trois semaines. Nous avons tenu la porte, "
    "fait la cuisine ensemble et rangé chaque outil avant de reprendre.\n\n"
    "Le premier matin de la reprise, le contremaître a apporté des croissants pour tout le monde."
)


@pytest.fixture(autouse=True)
def media(settings, monkeypatch, tmp_path):
    """Every submission test writes its files under its own temporary folder."""
    return use_temporary_media(settings, monkeypatch, tmp_path)


@pytest.fixture
def guidelines(site_tree):
    return Guidelines.objects.create(
        locale=site_tree["home"].locale,
        title="Charte de contribution",
        body="<p>Parlez en votre nom. Ne citez aucun client sans son accord.</p>",
    )


@pytest.fixture
def clients(db):
    return [
        Client.objects.create(name="Soieries Martel", variants="Martel", consented=False),
        Client.objects.create(name="Banque Rhodanienne", consented=True),
    ]


def form_token(seconds_ago: float = 30, key: uuid.UUID | None = None) -> str:
    shown = time.time() - seconds_ago
    return signing.dumps({"key": (key or uuid.uuid4()).hex, "shown": shown}, salt=FORM_TOKEN_SALT)


def jpeg_upload(name: str = "IMG_0001.jpg", size=(640, 480), colour=(120, 90, 60)):
    buffer = io.BytesIO()
    Image.new("RGB", size, colour).save(buffer, "JPEG")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/jpeg")


def story_form(photos=(), **overrides) -> dict:
    """The POST data of a complete, valid form; `overrides` replace fields (None removes one)."""
    data = {
        "public_name": "Odile Martin",
        "email": "odile.martin@example.org",
        "relation": "alumnus",
        "role": "Relieuse",
        "years_start": "1961",
        "years_end": "1999",
        "title": "Trois semaines de mai",
        "story": STORY_TEXT,
        "year": "1968",
        "decade": "",
        "pull_quote": "Nous avons rangé chaque outil avant de reprendre.",
        "language": "fr",
        "website": "",
        "form_token": form_token(),
        "photos-TOTAL_FORMS": "6",
        "photos-INITIAL_FORMS": "0",
        "photos-MIN_NUM_FORMS": "0",
        "photos-MAX_NUM_FORMS": "6",
    }
    data.update({f"consent_{key}": "on" for key in CONSENTS})
    for position, upload in enumerate(photos):
        data[f"photos-{position}-file"] = upload
        data[f"photos-{position}-caption"] = f"Photo {position + 1} de l'atelier"
        data[f"photos-{position}-credit"] = "Collection Martin"
    for key, value in overrides.items():
        if value is None:
            data.pop(key, None)
        else:
            data[key] = value
    return data


def form_sender(client, capture_on_commit, url: str):
    """Sends the form; what waits for the commit (e-mails) runs as it would after a real one."""

    def send(photos=(), **overrides):
        with capture_on_commit(execute=True):
            return client.post(url, story_form(photos, **overrides))

    return send


@pytest.fixture
def send_story(client, guidelines, story_index, django_capture_on_commit_callbacks):
    return form_sender(client, django_capture_on_commit_callbacks, SHARE_URL)


@pytest.fixture
def send_english_story(client, guidelines, story_index, django_capture_on_commit_callbacks):
    """The English form: its messages are the catalogue's msgids, readable in assertions."""
    return form_sender(client, django_capture_on_commit_callbacks, "/en/share-your-story/")
