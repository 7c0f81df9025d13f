#!/usr/bin/env bash
# `make bench`: throughput of the main public pages under gunicorn, as ratios to a bare Django view,
# with the anonymous-page cache off and on, at the demo's size and at 10,000 stories.
# Installs wrk like the other system packages (scripts/system-deps.sh), then runs bench/measure.sh
# against a throwaway PostgreSQL cluster, which scripts/with-postgres.sh removes whatever happens.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/system-deps.sh wrk

exec scripts/with-postgres.sh bench/measure.sh
