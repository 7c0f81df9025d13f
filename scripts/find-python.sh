#!/usr/bin/env bash
# Prints the path of a Python >= 3.12: $PYTHON, python3.13, python3.12, then pyenv's versions.
# Exits 1 with a one-line explanation when there is none.
set -u

is_recent_python() {
    "$1" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 12) else 1)' >/dev/null 2>&1
}

candidates=()
[ -n "${PYTHON:-}" ] && candidates+=("$PYTHON")
candidates+=(python3.13 python3.12)
if command -v pyenv >/dev/null 2>&1; then
    pyenv_root="$(pyenv root 2>/dev/null)"
    if [ -n "$pyenv_root" ] && [ -d "$pyenv_root/versions" ]; then
        while IFS= read -r version; do
            candidates+=("$pyenv_root/versions/$version/bin/python3")
        done < <(ls "$pyenv_root/versions" | sort -r -V)
    fi
fi

for candidate in "${candidates[@]}"; do
    if is_recent_python "$candidate"; then
        command -v "$candidate"
        exit 0
    fi
done
echo "Centenary needs Python 3.12 or newer: install it (e.g. 'apt-get install python3.12' or 'pyenv install 3.13') or set PYTHON=/path/to/python3.12." >&2
exit 1
