"""The bucket rules docs/deploy.md asks for, applied as written to the S3 endpoint: browsers of the
site's origin may post uploads to the bucket and no other origin may, and forgotten uploads expire
under the very prefix the site writes them to."""

import json
import re
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from centenary.settings import s3_storages
from submissions.direct_uploads import UPLOADS_FOLDER

DEPLOY_GUIDE = Path(__file__).parents[2] / "docs" / "deploy.md"
SITE_ORIGIN = "https://centenaire.example.org"


def documented_rules() -> tuple[dict, dict]:
    """The two JSON blocks of the guide's direct-upload section: CORS, then lifecycle."""
    section = DEPLOY_GUIDE.read_text().split("### Large videos: direct-to-S3 uploads", 1)[1]
    blocks = re.findall(r"```json\n(.*?)```", section, flags=re.DOTALL)
    cors, lifecycle = (json.loads(block) for block in blocks[:2])
    return cors, lifecycle


def preflight(endpoint: str, bucket: str, origin: str) -> tuple[int, dict]:
    request = urllib.request.Request(
        f"{endpoint}/{bucket}",
        method="OPTIONS",
        headers={"Origin": origin, "Access-Control-Request-Method": "POST"},
    )
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, dict(response.headers)
    except urllib.error.HTTPError as refused:
        return refused.code, dict(refused.headers)


@pytest.fixture
def rules(bucket) -> tuple[dict, dict]:
    cors, lifecycle = documented_rules()
    bucket.client.put_bucket_cors(Bucket=bucket.name, CORSConfiguration=cors)
    bucket.client.put_bucket_lifecycle_configuration(
        Bucket=bucket.name, LifecycleConfiguration=lifecycle
    )
    return cors, lifecycle


def test_the_site_origin_may_post_to_the_bucket(rules, bucket, s3_endpoint):
    status, headers = preflight(s3_endpoint, bucket.name, SITE_ORIGIN)
    assert status == 200
    assert headers["Access-Control-Allow-Origin"] == SITE_ORIGIN
    assert "POST" in headers["Access-Control-Allow-Methods"]


def test_another_origin_may_not(rules, bucket, s3_endpoint):
    # A browser gives up on a preflight that is not answered 2xx. (moto's server adds a blanket
    # "Access-Control-Allow-Origin: *" to every answer, refusals included, so that header tells
    # nothing here; the status is the bucket rule's answer.)
    status, _headers = preflight(s3_endpoint, bucket.name, "https://elsewhere.example")
    assert status == 403


def test_forgotten_uploads_expire_under_the_prefix_the_site_writes_them_to(rules, bucket):
    stored = bucket.client.get_bucket_lifecycle_configuration(Bucket=bucket.name)["Rules"]
    private_location = s3_storages(bucket.name)["private"]["OPTIONS"]["location"]
    assert [rule["Filter"]["Prefix"] for rule in stored] == [
        f"{private_location}/{UPLOADS_FOLDER}/"
    ]
    assert stored[0]["Status"] == "Enabled"
    assert stored[0]["Expiration"]["Days"] == 1
