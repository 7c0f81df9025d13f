#!/usr/bin/env bash
# `make bench`: throughput of the main public pages under gunicorn, as ratios to a bare Django view,
# with the anonymous-page cache off and on, at the demo's size and at 10,000 stories.
# Installs wrk when root (otherwise stops with the exact command), then runs bench/measure.sh
# against a throwaway PostgreSQL cluster, which scripts/with-postgres.sh removes whatever happens.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v wrk >/dev/null 2>&1; then
    command="apt-get update -qq && apt-get install -y -qq wrk"
    if [ "$(id -u)" -ne 0 ]; then
        echo "The benchmark needs wrk (an HTTP load generator). Run as root: $command" >&2
        exit 1
    fi
    echo "Installing wrk"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk
fi

# A free loopback port for the cluster, so that a test run on the default port is not disturbed.
if [ -z "${PGPORT_TEST:-}" ]; then
    PGPORT_TEST="$(.venv/bin/python bench/free_port.py)"
    export PGPORT_TEST
fi
exec scripts/with-postgres.sh bench/measure.sh
