"""PostgreSQL stopped for 10 s while stories with photos keep arriving, against gunicorn with the
production settings: visitors get the 503 page in their language, nothing is half-written, and the
site recovers by itself when the database returns."""

import io
import json
import re
import threading
import time
import uuid
from dataclasses import dataclass, field

import pytest
import requests
from PIL import Image

from tests.faults.servers import (
    gunicorn,
    manage,
    postgres_cluster,
    prepare_database,
    production_environment,
)
from tests.submissions.conftest import form_token, story_form

OUTAGE_SECONDS = 10
CSRF_FIELD = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')

# Read back with the site's own models: every stored story, its photos' files, its workflow.
INSPECT = """
import json
from submissions.models import Submission
rows = []
for submission in Submission.objects.prefetch_related("photos__image"):
    photos = list(submission.photos.all())
    rows.append({
        "key": submission.idempotency_key.hex,
        "photos": len(photos),
        "files": all(p.original.storage.exists(p.original.name)
                     and p.image.file.storage.exists(p.image.file.name) for p in photos),
        "in_workflow": submission.page.current_workflow_state is not None,
    })
print(json.dumps(rows))
"""


@dataclass
class Sender:
    """Sends the public form as a browser would, one story after another, noting each answer."""

    base_url: str
    answers: list = field(default_factory=list)
    stop: threading.Event = field(default_factory=threading.Event)

    def run(self) -> None:
        while not self.stop.is_set():
            key = uuid.uuid4()
            try:
                status, text = self.send(key)
            except requests.RequestException as error:
                status, text = 0, str(error)
            self.answers.append((time.monotonic(), key.hex, status, text))
            time.sleep(0.2)

    def send(self, key: uuid.UUID) -> tuple[int, str]:
        # Production is HTTPS behind a proxy: the proxy's header says so, the browser's Origin too.
        headers = {"X-Forwarded-Proto": "https", "Origin": self.base_url.replace("http", "https")}
        url = f"{self.base_url}/fr/share-your-story/"
        form = requests.get(url, headers=headers, timeout=30)
        if form.status_code != 200:
            return form.status_code, form.text
        data = story_form(form_token=form_token(key=key))
        data["csrfmiddlewaretoken"] = CSRF_FIELD.search(form.text).group(1)
        data["photos-0-caption"] = "L'atelier en 1968"
        data["photos-0-credit"] = "Collection Martin"
        answer = requests.post(
            url,
            data=data,
            files={"photos-0-file": ("atelier.jpg", photo_bytes(), "image/jpeg")},
            cookies={"csrftoken": form.cookies["csrftoken"]},
            headers=headers,
            allow_redirects=False,
            timeout=30,
        )
        return answer.status_code, answer.text


def photo_bytes() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (800, 600), (120, 90, 60)).save(buffer, "JPEG")
    return buffer.getvalue()


@pytest.fixture
def production_site(tmp_path):
    with postgres_cluster() as cluster:
        environment = production_environment(
            cluster.url, tmp_path, SUBMISSION_RATE_LIMIT="100000/m"
        )
        prepare_database(environment)
        with gunicorn(environment) as base_url:
            yield cluster, environment, base_url


def test_postgres_stopped_for_ten_seconds_while_stories_arrive(production_site):
    cluster, environment, base_url = production_site
    sender = Sender(base_url)
    thread = threading.Thread(target=sender.run)
    thread.start()
    try:
        time.sleep(5)
        cluster.stop()
        stopped_at = time.monotonic()
        time.sleep(OUTAGE_SECONDS)
        cluster.start()
        restarted_at = time.monotonic()
        time.sleep(8)
    finally:
        sender.stop.set()
        thread.join(timeout=60)

    statuses = [status for _at, _key, status, _text in sender.answers]
    during = [a for a in sender.answers if stopped_at + 1 < a[0] < restarted_at]
    after = [a for a in sender.answers if a[0] > restarted_at + 3]
    print(
        f"\n{len(statuses)} forms sent: {statuses.count(302)} stored, "
        f"{statuses.count(503)} answered 503 during the {OUTAGE_SECONDS} s outage, "
        f"others: {sorted(set(statuses) - {302, 503})}"
    )
    assert not [s for s in statuses if s >= 500 and s != 503], statuses
    assert during and all(status == 503 for _at, _key, status, _text in during), during
    assert all("Nous revenons dans un instant" in text for *_, text in during)
    assert after and all(status == 302 for _at, _key, status, _text in after), after

    stored = {
        row["key"]: row
        for row in json.loads(manage(environment, "shell", "-c", INSPECT).splitlines()[-1])
    }
    accepted = {key for _at, key, status, _text in sender.answers if status == 302}
    refused = {key for _at, key, status, _text in sender.answers if status != 302}
    assert accepted == set(stored), "every accepted story is stored, and only those"
    assert not refused & set(stored), "a refused story left a record"
    assert all(
        row["photos"] == 1 and row["files"] and row["in_workflow"] for row in stored.values()
    )
