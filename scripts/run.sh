#!/usr/bin/env bash
# `make run`: migrations, static files, the demo content (idempotent) and the admin account, then
# the development server on http://127.0.0.1:$PORT.
set -euo pipefail
cd "$(dirname "$0")/.."
# Links in e-mails and printed status pages lead to this server unless SITE_URL says otherwise.
export SITE_URL="${SITE_URL:-http://127.0.0.1:${PORT:-8000}}"
.venv/bin/python manage.py prepare_site
echo "Serving http://127.0.0.1:${PORT:-8000}/ (Ctrl-C to stop)"
exec .venv/bin/python manage.py runserver "127.0.0.1:${PORT:-8000}"
