"""500 stories with a photo sent within 60 seconds to gunicorn on PostgreSQL, Redis and S3 (moto's
server), on loopback: every one stored with its files and its workflow, no answer of 500 or more.

The stories are sent on a schedule (one every 120 ms) by 16 concurrent visitors; the figures
printed are what the run measured. The site does not keep up with that pace on two cores: stories
are added to the page tree one at a time (submissions.services._store), about 0.7 s each there,
so the answers come in over about 6 minutes (measured 380 s, p50 11 s); none is lost or refused."""

import multiprocessing
import statistics
import time
import uuid
from concurrent.futures import ThreadPoolExecutor

import boto3
import pytest
import requests

from tests.faults.servers import (
    gunicorn,
    postgres_cluster,
    prepare_database,
    production_environment,
)
from tests.faults.visitors import open_form, send_story, stored_submissions
from tests.production.servers import redis_server, s3_server

STORIES = 500
SECONDS = 60
VISITORS = 16
BUCKET = "centenary-load"
REGION = "eu-west-3"


@pytest.fixture
def production_stack(tmp_path):
    with postgres_cluster() as cluster, redis_server() as redis_url, s3_server() as endpoint:
        s3 = {"AWS_ACCESS_KEY_ID": "load", "AWS_SECRET_ACCESS_KEY": "load"}
        boto3.client(
            "s3",
            endpoint_url=endpoint,
            region_name=REGION,
            **{name.lower(): value for name, value in s3.items()},
        ).create_bucket(Bucket=BUCKET, CreateBucketConfiguration={"LocationConstraint": REGION})
        environment = production_environment(
            cluster.url,
            tmp_path,
            SUBMISSION_RATE_LIMIT="100000/m",
            REDIS_URL=redis_url,
            AWS_STORAGE_BUCKET_NAME=BUCKET,
            AWS_S3_ENDPOINT_URL=endpoint,
            AWS_S3_REGION_NAME=REGION,
            **s3,
        )
        prepare_database(environment)
        workers = 2 * multiprocessing.cpu_count() + 1
        with gunicorn(environment, tmp_path / "gunicorn.log", workers) as base_url:
            yield environment, base_url


def test_500_stories_with_photos_sent_in_60_seconds_are_all_stored(
    production_stack, report_figures
):
    environment, base_url = production_stack
    form = open_form(base_url)
    assert form.status_code == 200
    started = time.monotonic()

    def send_on_schedule(number: int) -> tuple[str, int, float]:
        time.sleep(max(0.0, started + number * SECONDS / STORIES - time.monotonic()))
        key = uuid.uuid4()
        sent = time.monotonic()
        try:
            status = send_story(base_url, form, key).status_code
        except requests.RequestException:
            status = 0
        return key.hex, status, time.monotonic() - sent

    with ThreadPoolExecutor(max_workers=VISITORS) as visitors:
        answers = list(visitors.map(send_on_schedule, range(STORIES)))
    elapsed = time.monotonic() - started

    statuses = [status for _key, status, _latency in answers]
    latencies = sorted(latency for *_, latency in answers)
    report_figures(
        f"{STORIES} stories sent in {elapsed:.1f} s: {statuses.count(302)} stored (302), "
        f"{sum(1 for status in statuses if status >= 500)} answers >= 500, "
        f"{statuses.count(0)} without answer; latency p50 {statistics.median(latencies):.2f} s, "
        f"p99 {latencies[int(len(latencies) * 0.99) - 1]:.2f} s, max {latencies[-1]:.2f} s"
    )
    assert not [status for status in statuses if status >= 500 or status == 0]
    assert statuses.count(302) == STORIES

    stored = stored_submissions(environment)
    assert set(stored) == {key for key, _status, _latency in answers}
    assert all(
        row["photos"] == 1 and row["files"] and row["in_workflow"] for row in stored.values()
    )
