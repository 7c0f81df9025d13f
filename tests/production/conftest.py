"""The production parts for the tests of tests/production: Redis and an S3 endpoint. `make test`
starts one of each (scripts/with-services.sh: REDIS_URL, TEST_S3_ENDPOINT_URL); a plain `pytest`
starts its own. Settings come from the project's own functions, so the tests drive the production
configuration, only pointed at these servers."""

import os
import uuid
from dataclasses import dataclass

import boto3
import pytest
from django.core.cache import caches
from django.core.files.storage import storages

from centenary.settings import redis_cache, s3_storages
from stories.models import Video
from submissions.models import SubmissionPhoto
from tests.production.servers import redis_server, s3_server
from tests.submissions.conftest import (  # noqa: F401 (the form's fixtures, reused)
    guidelines,
    send_english_story,
)

CDN_DOMAIN = "media.centenaire.example"
S3_REGION = "eu-west-3"


@pytest.fixture(scope="session")
def redis_url():
    if url := os.environ.get("REDIS_URL"):
        yield url
        return
    with redis_server() as url:
        yield url


@pytest.fixture(scope="session")
def s3_endpoint():
    if endpoint := os.environ.get("TEST_S3_ENDPOINT_URL"):
        yield endpoint
        return
    with s3_server() as endpoint:
        yield endpoint


def use_redis(settings, url: str) -> None:
    """Both caches on the Redis at `url`, as production configures them; emptied first."""
    settings.CACHES = {"default": redis_cache(url, 0), "pages": redis_cache(url, 1)}
    for alias in settings.CACHES:
        caches[alias].clear()


@pytest.fixture
def redis_caches(settings, redis_url):
    use_redis(settings, redis_url)
    return redis_url


@dataclass(frozen=True)
class Bucket:
    name: str
    client: object  # boto3's S3 client, on the same endpoint as the storages

    def object_keys(self) -> list[str]:
        listing = self.client.list_objects_v2(Bucket=self.name)
        return sorted(item["Key"] for item in listing.get("Contents", []))


def s3_client(endpoint: str):
    return boto3.client(
        "s3",
        endpoint_url=endpoint,
        region_name=S3_REGION,
        aws_access_key_id="testing",
        aws_secret_access_key="testing",
    )


@pytest.fixture
def bucket(s3_endpoint):
    """A new bucket for the test, emptied and removed afterwards."""
    client = s3_client(s3_endpoint)
    name = f"centenary-{uuid.uuid4().hex[:12]}"
    client.create_bucket(Bucket=name, CreateBucketConfiguration={"LocationConstraint": S3_REGION})
    yield Bucket(name, client)
    for key in Bucket(name, client).object_keys():
        client.delete_object(Bucket=name, Key=key)
    client.delete_bucket(Bucket=name)


def use_s3(
    settings, monkeypatch, endpoint: str, bucket_name: str, private_endpoint: str = ""
) -> None:
    """The "default" and "private" storages on S3 as production configures them; the private one
    on another endpoint if given (to stop one store and not the other)."""
    for name, value in {
        "AWS_S3_ENDPOINT_URL": endpoint,
        "AWS_S3_REGION_NAME": S3_REGION,
        "AWS_S3_CUSTOM_DOMAIN": CDN_DOMAIN,
        "AWS_ACCESS_KEY_ID": "testing",
        "AWS_SECRET_ACCESS_KEY": "testing",
    }.items():
        monkeypatch.setenv(name, value)
    on_s3 = s3_storages(bucket_name)
    if private_endpoint:
        on_s3["private"]["OPTIONS"]["endpoint_url"] = private_endpoint
    settings.STORAGES = {**settings.STORAGES, **on_s3}
    # A FileField calls its storage callable once, when the model class is built: hand it the new
    # private storage (as tests/submissions/media.py does for folders).
    for model in (SubmissionPhoto, Video):
        monkeypatch.setattr(model._meta.get_field("original"), "storage", storages["private"])


@pytest.fixture
def s3_media(settings, monkeypatch, s3_endpoint, bucket):
    use_s3(settings, monkeypatch, s3_endpoint, bucket.name)
    return bucket


@pytest.fixture
def stopped_s3_endpoint():
    """The address of an S3 server that ran and was killed."""
    with s3_server() as endpoint:
        pass
    return endpoint
