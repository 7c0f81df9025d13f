#!/usr/bin/env bash
# The benchmark itself, run by bench/run.sh inside scripts/with-services.sh (DATABASE_URL and
# REDIS_URL are set: the caches, the page cache included, are on Redis, shared by both workers).
# First a task worker's memory while it runs the tasks the demo enqueues (bench/worker_memory.py).
# For each size (the demo, then 10,000 stories) and each cache state (page cache off, then on), and
# once more at 10,000 after ANALYZE (cache off):
# gunicorn with 2 workers on a free loopback port, every page warmed, then wrk on each page in turn.
# Raw wrk outputs go to bench/results/<UTC time>/, and bench/report.py prints the table.
# Gunicorn and the temporary directory are removed on exit, including on Ctrl-C.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${REDIS_URL:-}" ] || [ -z "${DATABASE_URL:-}" ]; then
    echo "Run through bench/run.sh (scripts/with-services.sh sets DATABASE_URL and REDIS_URL)." >&2
    exit 1
fi

WRK_THREADS="${BENCH_THREADS:-2}"
WRK_CONNECTIONS="${BENCH_CONNECTIONS:-8}"
WRK_DURATION="${BENCH_DURATION:-10s}"
WARM_DURATION="${BENCH_WARM_DURATION:-2s}"
LARGE_SIZE="${BENCH_STORIES:-10000}"

started_at=$(date +%s)
stamp="$(date -u +%Y%m%dT%H%M%SZ)"
results="bench/results/$stamp"
work="$(mktemp -d /tmp/centenary-bench.XXXXXX)"
mkdir -p "$results/raw"
server_pid=""

stop_server() {
    [ -n "$server_pid" ] || return 0
    kill -TERM "$server_pid" 2>/dev/null || true
    # Gunicorn stops its workers gracefully; after 20 s it is killed.
    for _ in $(seq 100); do
        kill -0 "$server_pid" 2>/dev/null || break
        sleep 0.2
    done
    kill -KILL "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
    server_pid=""
}
cleanup() {
    stop_server
    rm -rf "$work"
}
trap cleanup EXIT
trap 'echo "Interrupted: stopping gunicorn and removing the cluster." >&2; exit 130' INT TERM

step() { echo "[$(date +%H:%M:%S)] $*"; }

export DJANGO_SETTINGS_MODULE=bench.settings
export DEBUG=0
export SECRET_KEY="bench-$stamp-$RANDOM$RANDOM"
export MEDIA_ROOT="$work/media"
export BENCH_STATIC_ROOT="$work/static"
export LOG_LEVEL=WARNING
# Production answers over HTTPS only, behind nginx that ends TLS and says so in X-Forwarded-Proto;
# every request of the benchmark carries that header (wrk, bench/fetch.py, bench/queries.py), so
# that pages are served, not redirected to https.
export SECURE_PROXY_SSL_HEADER="X-Forwarded-Proto,https"
https_header=(-H "X-Forwarded-Proto: https")
python=.venv/bin/python
manage=("$python" manage.py)

{
    echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')"
    echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs) ($(nproc) cores)"
    echo "memory: $(free -g | awk '/Mem:/ {print $2}') GiB"
    echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
    echo "software: $("$python" -c 'import sys, django, wagtail; print(f"Python {sys.version.split()[0]}, Django {django.__version__}, Wagtail {wagtail.__version__}")'), $("$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)/postgres" --version), $(wrk --version 2>&1 | head -1 | cut -d' ' -f1-2)"
    echo "wrk: -t$WRK_THREADS -c$WRK_CONNECTIONS -d$WRK_DURATION --timeout 30s --latency per page," \
        "after one view and a $WARM_DURATION warm-up run with 2 connections"
    echo "server: gunicorn centenary.wsgi --workers 2 (sync), DEBUG=0, whitenoise, PostgreSQL on loopback," \
        "requests marked as HTTPS by X-Forwarded-Proto (as nginx does)"
    echo "caches: Redis $(redis-server --version | awk '{print $3}' | cut -d= -f2) on loopback" \
        "(REDIS_URL; django-redis, the default cache and the page cache), emptied before each gunicorn"
} >"$results/meta.txt"
cat "$results/meta.txt"

step "Migrating"
"${manage[@]}" migrate --noinput -v 0
"${manage[@]}" collectstatic --noinput -v 0
step "Loading the demo (130 stories with photos) while a task worker runs the tasks it enqueues"
"$python" -m bench.worker_memory "$results/worker.json" --log "$results/worker.log" -- \
    "${manage[@]}" load_demo -v 1

start_server() {
    local page_cache_seconds="$1" label="$2" port
    port="$("$python" bench/free_port.py)"
    # Each gunicorn starts from an empty Redis: no page cached by the previous one.
    redis-cli -u "$REDIS_URL" flushall >/dev/null
    PAGE_CACHE_SECONDS="$page_cache_seconds" .venv/bin/gunicorn centenary.wsgi \
        --workers 2 --bind "127.0.0.1:$port" --log-level warning \
        >"$results/gunicorn-$label.log" 2>&1 &
    server_pid=$!
    base_url="http://127.0.0.1:$port"
    if ! "$python" bench/fetch.py "$base_url/healthz" --wait 30 >/dev/null; then
        cat "$results/gunicorn-$label.log" >&2
        echo "gunicorn did not answer on $base_url/healthz" >&2
        exit 1
    fi
}

pages_and_paths() { "$python" -m bench.pages; }

# One render per page in one process: queries, SQL time, whole time, slowest query's plan.
measure_queries() {
    local label="$1" count
    shift
    count="$("$python" -m bench.pages --count)"
    echo "stories at size '$label': $count live" >>"$results/meta.txt"
    step "Size '$label' ($count live stories): queries and render time per page, in one process"
    PAGE_CACHE_SECONDS=0 "$python" -m bench.queries "$@" "$results/queries-$label.json"
}

# A page is warmed before it is measured: one view (renditions are made on the first), then a short
# wrk run with one connection per worker, so that each worker renders it (or caches it). What is
# still in flight when the warm-up stops is left to finish, so that the measured run does not start
# behind a queue of abandoned requests.
warm_page() {
    local url="$1" first
    first="$("$python" bench/fetch.py "$url")"
    echo "$first"
    timeout 60 wrk -t2 -c2 -d"$WARM_DURATION" --timeout 30s "${https_header[@]}" "$url" >/dev/null
    sleep "$(awk '{ printf "%.1f", $4 * 1.5 / 1000 + 0.5 }' <<<"$first")"
}

# One gunicorn per cache state, every page warmed then measured by wrk.
measure_throughput() {
    local label="$1" cache seconds name path
    shift
    mapfile -t pages < <(pages_and_paths)
    for cache in "$@"; do
        seconds=0
        [ "$cache" = on ] && seconds=300
        step "Size '$label', page cache $cache: starting gunicorn (PAGE_CACHE_SECONDS=$seconds)"
        start_server "$seconds" "$label-cache-$cache"
        for line in "${pages[@]}"; do
            read -r name path <<<"$line"
            warm_page "$base_url$path"
            step "  wrk $name ($WRK_DURATION)"
            timeout 120 wrk -t"$WRK_THREADS" -c"$WRK_CONNECTIONS" -d"$WRK_DURATION" --timeout 30s \
                --latency "${https_header[@]}" "$base_url$path" | tee "$results/raw/$label--cache-$cache--$name.txt" \
                | grep -E '^Requests/sec|^ +(50|99)%|Non-2xx|Socket errors' | sed 's/^/      /'
        done
        stop_server
    done
}

measure_queries demo
measure_throughput demo off on

step "Topping up to $LARGE_SIZE stories (load_demo --stories $LARGE_SIZE)"
synthetic_started=$(date +%s)
"${manage[@]}" load_demo --stories "$LARGE_SIZE" -v 1
echo "top-up to $LARGE_SIZE stories: $(($(date +%s) - synthetic_started)) s" >>"$results/meta.txt"
measure_queries "$LARGE_SIZE"
measure_throughput "$LARGE_SIZE" off on

# Planner statistics as they stand after loading are those of a freshly loaded production database
# (migrate's own ANALYZE, centenary/apps.py, then autovacuum's as the tables grow); what a full
# ANALYZE after loading changes is measured apart, page cache off.
measure_queries "$LARGE_SIZE-analyzed" --analyze-first
measure_throughput "$LARGE_SIZE-analyzed" off

step "Share cards, as ratios to a JPEG encode of the same size"
"$python" bench/cards.py --json "$results/cards.json"

echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)" >>"$results/meta.txt"
echo "whole run: $(($(date +%s) - started_at)) s (plus the cluster's start)" >>"$results/meta.txt"
step "Report"
"$python" bench/report.py "$results"
