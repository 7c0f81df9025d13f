"""What the fault and load tests do as visitors (the public form, sent as a browser would) and how
they read back what the site stored (with its own models, in a process of the site's)."""

import io
import json
import re
import uuid

import requests
from PIL import Image

from tests.faults.servers import manage
from tests.submissions.conftest import form_token, story_form

CSRF_FIELD = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
FORM_PATH = "/fr/share-your-story/"


def https_headers(base_url: str) -> dict:
    """Production is HTTPS behind a proxy: the proxy's header says so, the browser's Origin too."""
    return {"X-Forwarded-Proto": "https", "Origin": base_url.replace("http", "https")}


def open_form(base_url: str) -> requests.Response:
    return requests.get(base_url + FORM_PATH, headers=https_headers(base_url), timeout=30)


def send_story(base_url: str, form: requests.Response, key: uuid.UUID) -> requests.Response:
    """Sends a complete story with one photo, with the CSRF token of the form page `form`."""
    data = story_form(form_token=form_token(key=key))
    data["csrfmiddlewaretoken"] = CSRF_FIELD.search(form.text).group(1)
    data["photos-0-caption"] = "L'atelier en 1968"
    data["photos-0-credit"] = "Collection Martin"
    return requests.post(
        base_url + FORM_PATH,
        data=data,
        files={"photos-0-file": ("atelier.jpg", photo_bytes(), "image/jpeg")},
        cookies={"csrftoken": form.cookies["csrftoken"]},
        headers=https_headers(base_url),
        allow_redirects=False,
        timeout=60,
    )


def photo_bytes() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (800, 600), (120, 90, 60)).save(buffer, "JPEG")
    return buffer.getvalue()


# Every stored story, by its form's key: its photos, whether their files exist, its workflow.
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


def stored_submissions(environment: dict) -> dict[str, dict]:
    rows = json.loads(manage(environment, "shell", "-c", INSPECT).splitlines()[-1])
    return {row["key"]: row for row in rows}
