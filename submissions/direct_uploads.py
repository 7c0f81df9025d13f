"""Large videos sent from the browser straight to S3, the app servers carrying none of their bytes.

The share form asks for a presigned POST (boto3's, through the private storage of
django-storages): S3 itself then refuses a file of another type or over the size limit. Each
upload gets a fresh random name under a folder derived from the form's idempotency key, so the form
can only ever name an object issued for its own token. When the form is sent with that name, the
object is measured (HEAD), copied to a temporary file in chunks and probed as an ordinary upload
is, then handed to the same path; a refused object is deleted.

The bucket needs a CORS rule allowing POST from the site, and a lifecycle rule expiring
"private/uploads/" after a day catches the uploads of forms never sent.
"""

import posixpath
import re
import uuid
from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.files.storage import storages
from django.core.files.uploadedfile import TemporaryUploadedFile
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from storages.backends.s3 import S3Storage

from stories.videos.uploads import max_bytes

UPLOADS_FOLDER = "uploads"
UNREACHABLE = gettext_lazy(
    "Your video could not be checked just now (a fault on our side). "
    "Please send the form again in a few minutes."
)
# A policy lets the upload start within this time; a slow connection then has all it needs.
POLICY_SECONDS = 15 * 60
# The extension only: the sender's file name may carry personal data.
EXTENSION = re.compile(r"\.[a-z0-9]{1,9}")
UPLOAD_NAME = re.compile(
    rf"{UPLOADS_FOLDER}/(?P<form>[0-9a-f]{{32}})/[0-9a-f]{{32}}/video(\.[a-z0-9]{{1,9}})?"
)


def upload_storage() -> S3Storage | None:
    """The storage that keeps submitted originals, when it is S3 (direct uploads need S3)."""
    storage = storages["private"]
    return storage if isinstance(storage, S3Storage) else None


def new_upload_name(form_key: uuid.UUID, file_name: str) -> str:
    """A fresh name in the storage, in the folder of the form's idempotency key."""
    extension = Path(file_name or "").suffix.lower()
    extension = extension if EXTENSION.fullmatch(extension) else ""
    return f"{UPLOADS_FOLDER}/{form_key.hex}/{uuid.uuid4().hex}/video{extension}"


def is_issued_for(name: str, form_key: uuid.UUID) -> bool:
    """Whether ``name`` is shaped as a name issued for this form: no other object can be named."""
    match = UPLOAD_NAME.fullmatch(name)
    return match is not None and match["form"] == form_key.hex


def presigned_video_post(storage: S3Storage, name: str, content_type: str) -> dict:
    """boto3's presigned POST for ``name``: S3 accepts one file of ``content_type`` weighing
    between 1 byte and the video size limit, within POLICY_SECONDS. {"url", "fields"}."""
    fields = {"Content-Type": content_type}
    return storage.connection.meta.client.generate_presigned_post(
        Bucket=storage.bucket_name,
        Key=object_key(storage, name),
        Fields=fields,
        Conditions=[fields, ["content-length-range", 1, max_bytes()]],
        ExpiresIn=POLICY_SECONDS,
    )


def object_key(storage: S3Storage, name: str) -> str:
    return posixpath.join(storage.location, name) if storage.location else name


def fetch_uploaded_video(storage: S3Storage, name: str) -> TemporaryUploadedFile:
    """The uploaded object as a temporary file, as Django keeps a large upload, once its size (read
    without downloading it) is within the limit. Raises ValidationError when it is missing or too
    large; the file is then for the caller to delete."""
    try:
        size = storage.size(name)
    except FileNotFoundError:
        raise ValidationError(
            _("Your video did not reach us. Attach it again and send the form."),
            code="video_missing",
        ) from None
    limit = max_bytes()
    if not 0 < size <= limit:
        raise ValidationError(
            _("This video weighs %(size)s, but a video can weigh at most %(limit)s."),
            code="video_too_large",
            params={"size": filesizeformat(size), "limit": filesizeformat(limit)},
        )
    copy = TemporaryUploadedFile(posixpath.basename(name), "", size, None)
    # boto3's managed download: ranged requests written in turn, never the whole file in memory.
    storage.bucket.download_fileobj(object_key(storage, name), copy)
    copy.flush()
    copy.seek(0)
    return copy
