#!/usr/bin/env bash
# `make run`: migrations, static files, the demo content (idempotent), the admin account, then the
# development server on http://127.0.0.1:$PORT.
set -euo pipefail
cd "$(dirname "$0")/.."
manage=(.venv/bin/python manage.py)
"${manage[@]}" migrate --noinput -v 0
"${manage[@]}" collectstatic --noinput -v 0
"${manage[@]}" load_demo
"${manage[@]}" ensure_admin
echo "Serving http://127.0.0.1:${PORT:-8000}/ (Ctrl-C to stop)"
exec "${manage[@]}" runserver "127.0.0.1:${PORT:-8000}"
