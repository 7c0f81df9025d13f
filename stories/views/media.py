"""Uploaded files for the embedded default (``DEBUG``), with HTTP Range requests so that a video
can be sought before it has arrived. Production serves media from object storage or a CDN."""

import mimetypes
import re
from collections.abc import Iterator
from pathlib import Path

from django.conf import settings
from django.core.exceptions import SuspiciousFileOperation
from django.http import Http404, HttpRequest, HttpResponse, StreamingHttpResponse
from django.utils._os import safe_join
from django.utils.http import http_date
from django.views.decorators.http import require_safe

_SINGLE_RANGE = re.compile(r"^bytes=(\d*)-(\d*)$")
_CHUNK_BYTES = 64 * 1024


def media_file(relative_path: str) -> Path:
    """The file under ``MEDIA_ROOT`` at ``relative_path``; ``Http404`` for anything else."""
    try:
        path = Path(safe_join(settings.MEDIA_ROOT, relative_path)).resolve()
    except (SuspiciousFileOperation, ValueError) as error:
        raise Http404 from error
    root = Path(settings.MEDIA_ROOT).resolve()
    # safe_join checks the path as written; resolve() also follows symbolic links out of the root.
    if not path.is_relative_to(root) or not path.is_file():
        raise Http404
    return path


def byte_range(header: str, size: int) -> tuple[int, int] | None:
    """The first and last byte a ``Range`` header asks for, ``None`` to send the whole file
    (no header, or several ranges: a server may answer those with the whole file, RFC 9110
    §14.2, and players ask for one range at a time); ``ValueError`` when the range lies past the
    end of the file."""
    match = _SINGLE_RANGE.match(header.strip())
    if not match or match.groups() == ("", ""):
        return None
    first, last = match.groups()
    if first == "":  # "bytes=-500": the last 500 bytes
        length = int(last)
        if length == 0:
            raise ValueError("empty suffix range")
        return max(size - length, 0), size - 1
    start = int(first)
    end = min(int(last), size - 1) if last else size - 1
    if start >= size or end < start:
        raise ValueError("range not satisfiable")
    return start, end


def _read(path: Path, start: int, length: int) -> Iterator[bytes]:
    with path.open("rb") as file:
        file.seek(start)
        while length > 0:
            chunk = file.read(min(_CHUNK_BYTES, length))
            if not chunk:
                return
            length -= len(chunk)
            yield chunk


def range_still_valid(if_range: str | None, etag: str, last_modified: str) -> bool:
    """Whether a ``Range`` may be honoured: without ``If-Range``, yes; with it, only when the
    file is still the one the client holds part of (same entity tag or date)."""
    if if_range is None:
        return True
    return if_range.strip() in (etag, last_modified)


@require_safe
def serve_media(request: HttpRequest, path: str) -> HttpResponse:
    """The file, whole (200) or the one byte range asked for (206); 416 past its end."""
    file_path = media_file(path)
    stat = file_path.stat()
    size = stat.st_size
    content_type = mimetypes.guess_type(file_path.name)[0] or "application/octet-stream"
    etag = f'"{stat.st_mtime_ns:x}-{size:x}"'
    last_modified = http_date(stat.st_mtime)
    range_header = request.headers.get("Range", "")
    if not range_still_valid(request.headers.get("If-Range"), etag, last_modified):
        range_header = ""
    try:
        wanted = byte_range(range_header, size)
    except ValueError:
        response = HttpResponse(status=416)
        response["Content-Range"] = f"bytes */{size}"
        response["Accept-Ranges"] = "bytes"
        return response
    start, end = wanted if wanted else (0, size - 1)
    length = max(end - start + 1, 0)
    body = _read(file_path, start, length) if request.method != "HEAD" else iter(())
    response = StreamingHttpResponse(body, content_type=content_type, status=206 if wanted else 200)
    response["Content-Length"] = str(length)
    response["Accept-Ranges"] = "bytes"
    response["Last-Modified"] = last_modified
    response["ETag"] = etag
    if wanted:
        response["Content-Range"] = f"bytes {start}-{end}/{size}"
    return response
