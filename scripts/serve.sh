#!/usr/bin/env bash
# `make serve`: the production way on one machine. Migrations and static files (compressed, with
# hashed names), then gunicorn (gunicorn.conf.py) and the task worker side by side, each log line
# labelled [web] or [worker]. Ctrl-C (or SIGTERM) stops both and waits for them.
# Configuration comes from the environment or a .env file (see .env.example); DEBUG defaults to off
# here, so SECRET_KEY and ALLOWED_HOSTS must be set.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -f .env ]; then
    set -a
    # shellcheck disable=SC1091
    source .env
    set +a
fi
export DEBUG="${DEBUG:-0}"
if [ "$DEBUG" = "0" ] && [ -z "${SECRET_KEY:-}" ]; then
    echo "make serve runs with DEBUG off: set SECRET_KEY (and ALLOWED_HOSTS) in the environment or .env (see .env.example)." >&2
    exit 1
fi
bin=.venv/bin

"$bin/python" manage.py migrate --no-input
"$bin/python" manage.py collectstatic --no-input --verbosity 0

labelled() { sed -u "s/^/[$1] /"; }
"$bin/gunicorn" centenary.wsgi > >(labelled web) 2>&1 &
web=$!
"$bin/python" manage.py run_worker --backend background > >(labelled worker) 2>&1 &
worker=$!

stop() {
    trap - INT TERM EXIT
    echo "Stopping the server and the task worker..."
    kill -TERM "$web" "$worker" 2>/dev/null || true
    wait "$web" "$worker" 2>/dev/null || true
}
trap stop INT TERM EXIT
echo "Serving on ${BIND:-127.0.0.1:${PORT:-8000}} with gunicorn and the task worker (Ctrl-C to stop)"
wait -n "$web" "$worker" || true
