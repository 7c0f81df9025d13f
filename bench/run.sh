#!/usr/bin/env bash
# `make bench`: throughput of the main public pages under gunicorn, as ratios to a bare Django view,
# with the anonymous-page cache off and on, at the demo's size and at 10,000 stories, and a task
# worker's memory. Installs wrk like the other system packages (scripts/system-deps.sh), then runs
# bench/measure.sh against the production parts, each throwaway (scripts/with-services.sh: a
# PostgreSQL cluster and a Redis server, removed whatever happens), so that gunicorn's caches
# (the page cache included) are on Redis, as in production.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/system-deps.sh wrk

exec scripts/with-services.sh bench/measure.sh
