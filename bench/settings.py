"""Benchmark settings: the site's own settings, plus the bare "ok" view's URL (bench/urls.py).

STATIC_ROOT follows BENCH_STATIC_ROOT when set, so that collectstatic can fill a temporary
directory that whitenoise serves, as in production, without touching the working tree; that
changes nothing a request costs.
"""

import os

from centenary.settings import *  # noqa: F403
from centenary.settings import STATIC_ROOT

ROOT_URLCONF = "bench.urls"
STATIC_ROOT = os.environ.get("BENCH_STATIC_ROOT", STATIC_ROOT)
