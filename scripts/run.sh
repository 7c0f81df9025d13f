#!/usr/bin/env bash
# `make run`: migrations, static files, the demo content (idempotent) and the admin account, then
# the task worker (videos, share cards, e-mails) in the background and the development server on
# http://127.0.0.1:$PORT. Ctrl-C stops both.
set -euo pipefail
cd "$(dirname "$0")/.."
# Links in e-mails and printed status pages lead to this server unless SITE_URL says otherwise.
export SITE_URL="${SITE_URL:-http://127.0.0.1:${PORT:-8000}}"
.venv/bin/python manage.py prepare_site
.venv/bin/python manage.py run_worker --backend background --interval 1 &
worker=$!
trap 'kill "$worker" 2>/dev/null || true' EXIT
echo "Task worker started (pid $worker): the demo's videos and share cards are prepared in the background."
echo "Serving http://127.0.0.1:${PORT:-8000}/ (Ctrl-C to stop)"
.venv/bin/python manage.py runserver "127.0.0.1:${PORT:-8000}"
