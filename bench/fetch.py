"""`fetch.py URL [--wait SECONDS]`: one GET; prints the status, size and time, and exits 1 unless
the answer is 200. With --wait, retries until the server answers (it may still be starting).

The request says it came over HTTPS through a proxy (`X-Forwarded-Proto: https`, which
bench/measure.sh tells Django to trust), as nginx says in production: otherwise every page would
be a redirect to https."""

import argparse
import sys
import time
import urllib.error
import urllib.request

FORWARDED_HTTPS = {"X-Forwarded-Proto": "https"}


def fetch(url: str) -> tuple[int, int]:
    """Status and body size of a GET (redirects are not followed: a page must answer itself)."""

    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args, **kwargs):
            return None

    opener = urllib.request.build_opener(NoRedirect)
    request = urllib.request.Request(url, headers=FORWARDED_HTTPS)
    try:
        with opener.open(request, timeout=60) as response:
            return response.status, len(response.read())
    except urllib.error.HTTPError as error:
        return error.code, 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("url")
    parser.add_argument("--wait", type=float, default=0, help="seconds to wait for the server")
    args = parser.parse_args()
    deadline = time.monotonic() + args.wait
    while True:
        started = time.monotonic()
        try:
            status, size = fetch(args.url)
            break
        except OSError as error:
            if time.monotonic() >= deadline:
                print(f"{args.url}: {error}", file=sys.stderr)
                return 1
            time.sleep(0.2)
    elapsed = time.monotonic() - started
    print(f"  {status} {size:>7} bytes {elapsed * 1000:7.0f} ms  {args.url}")
    return 0 if status == 200 else 1


if __name__ == "__main__":
    sys.exit(main())
