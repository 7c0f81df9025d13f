#!/usr/bin/env bash
# Runs a command against the parts production uses, each throwaway and on a free loopback port:
# PostgreSQL (scripts/with-postgres.sh exports DATABASE_URL), Redis without persistence (REDIS_URL)
# and an S3 endpoint, moto's server in memory (TEST_S3_ENDPOINT_URL, for tests/production). Each is
# waited for until it answers; all are stopped afterwards, whatever the outcome.
# Usage: scripts/with-services.sh COMMAND [ARGS...]
set -euo pipefail

scripts="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
rundir="$(mktemp -d /tmp/centenary-services.XXXXXX)"
servers=()

stop_servers() {
    if [ ${#servers[@]} -gt 0 ]; then
        kill "${servers[@]}" 2>/dev/null || true
        wait "${servers[@]}" 2>/dev/null || true
    fi
    rm -rf "$rundir"
}
trap stop_servers EXIT

# Waits up to 20 s for a check to pass; otherwise shows the server's log and stops.
wait_for() {
    local name="$1" log="$2"
    shift 2
    for _ in $(seq 200); do
        "$@" >/dev/null 2>&1 && return 0
        sleep 0.1
    done
    echo "$name did not answer within 20 s:" >&2
    cat "$log" >&2
    exit 1
}

redis_port="$("$scripts/free-port.sh")"
redis-server --bind 127.0.0.1 --port "$redis_port" --save "" --appendonly no --dir "$rundir" \
    >"$rundir/redis.log" 2>&1 &
servers+=($!)
wait_for Redis "$rundir/redis.log" redis-cli -p "$redis_port" ping

s3_port="$("$scripts/free-port.sh")"
"$scripts/../.venv/bin/moto_server" -H 127.0.0.1 -p "$s3_port" >"$rundir/s3.log" 2>&1 &
servers+=($!)
wait_for "The S3 endpoint" "$rundir/s3.log" bash -c "exec 3<>/dev/tcp/127.0.0.1/$s3_port"

echo "Redis $(redis-server --version | awk '{print $3}' | cut -d= -f2) on 127.0.0.1:$redis_port," \
    "S3 (moto $("$scripts/../.venv/bin/python" -c 'import moto; print(moto.__version__)')) on" \
    "127.0.0.1:$s3_port"
export REDIS_URL="redis://127.0.0.1:$redis_port/0"
export TEST_S3_ENDPOINT_URL="http://127.0.0.1:$s3_port"
"$scripts/with-postgres.sh" "$@"
