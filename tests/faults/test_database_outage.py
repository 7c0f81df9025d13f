"""PostgreSQL stopped for 10 s while stories with photos keep arriving, against gunicorn with the
production settings: visitors get the 503 page in their language, nothing is half-written, and the
site recovers by itself when the database returns."""

import threading
import time
import uuid
from dataclasses import dataclass, field

import pytest
import requests

from tests.faults.servers import (
    gunicorn,
    postgres_cluster,
    prepare_database,
    production_environment,
)
from tests.faults.visitors import open_form, send_story, stored_submissions

OUTAGE_SECONDS = 10


@dataclass
class Sender:
    """Sends stories one after another, as visitors keep doing, noting each answer."""

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
        form = open_form(self.base_url)
        if form.status_code != 200:
            return form.status_code, form.text
        answer = send_story(self.base_url, form, key)
        return answer.status_code, answer.text


@pytest.fixture
def production_site(tmp_path):
    with postgres_cluster() as cluster:
        environment = production_environment(
            cluster.url, tmp_path, SUBMISSION_RATE_LIMIT="100000/m"
        )
        prepare_database(environment)
        with gunicorn(environment, tmp_path / "gunicorn.log") as base_url:
            yield cluster, environment, base_url


def test_postgres_stopped_for_ten_seconds_while_stories_arrive(production_site, report_figures):
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
    report_figures(
        f"{len(statuses)} forms sent: {statuses.count(302)} stored, "
        f"{statuses.count(503)} answered 503 during the {OUTAGE_SECONDS} s outage, "
        f"others: {sorted(set(statuses) - {302, 503})}"
    )
    assert not [s for s in statuses if s >= 500 and s != 503], statuses
    assert during and all(status == 503 for _at, _key, status, _text in during), during
    assert all("Nous revenons dans un instant" in text for *_, text in during)
    assert after and all(status == 302 for _at, _key, status, _text in after), after

    stored = stored_submissions(environment)
    accepted = {key for _at, key, status, _text in sender.answers if status == 302}
    refused = {key for _at, key, status, _text in sender.answers if status != 302}
    assert accepted == set(stored), "every accepted story is stored, and only those"
    assert not refused & set(stored), "a refused story left a record"
    assert all(
        row["photos"] == 1 and row["files"] and row["in_workflow"] for row in stored.values()
    )
