#!/usr/bin/env bash
# Updates the French and English catalogues from the code, copies each new English msgid into the
# English catalogue (our msgids are the English text), lists what French still lacks, compiles.
# Usage: scripts/messages.sh [--check]   (--check: update the catalogues only, compile nothing)
set -euo pipefail
cd "$(dirname "$0")/.."
python="${PYTHON:-.venv/bin/python}"

"$python" manage.py makemessages -l fr -l en --no-obsolete \
    --ignore ".venv/*" --ignore "staticfiles/*" --ignore "tests/*" \
    --ignore "bench/*" --ignore "scripts/*" >/dev/null
if [ "${1:-}" = "--check" ]; then
    exit 0
fi
"$python" scripts/english_catalogue.py locale/en/LC_MESSAGES/django.po
"$python" scripts/english_catalogue.py --missing locale/fr/LC_MESSAGES/django.po || true
"$python" manage.py compilemessages -l fr -l en --ignore ".venv/*" --ignore "staticfiles/*"
