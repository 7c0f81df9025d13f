#!/usr/bin/env bash
# Makes sure the Debian packages the test suite drives are installed: PostgreSQL (the test database),
# Redis (the production cache), Chromium (browser journeys), fonts (screenshots and share cards),
# gettext (the catalogue check), nginx (the site configuration of docs/deploy.md, run in front of
# the site) and systemd's tools (the guide's units, checked by systemd-analyze), plus any command
# named as an argument (e.g. `wrk` for the benchmark; the package has the command's name). Installs
# them when root; otherwise stops with the exact command to run.
set -euo pipefail

missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -e /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || missing+=(fonts-dejavu-core)
[ -d /usr/share/fonts/truetype/liberation2 ] || missing+=(fonts-liberation2)
command -v xgettext >/dev/null 2>&1 || missing+=(gettext)
[ -x /usr/sbin/nginx ] || command -v nginx >/dev/null 2>&1 || missing+=(nginx)
command -v systemd-analyze >/dev/null 2>&1 || missing+=(systemd)
for extra in "$@"; do
    command -v "$extra" >/dev/null 2>&1 || missing+=("$extra")
done

if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi
command="apt-get update && apt-get install -y ${missing[*]}"
if [ "$(id -u)" -ne 0 ]; then
    echo "Missing system packages: ${missing[*]}. Run as root: $command" >&2
    exit 1
fi
echo "Installing system packages: ${missing[*]}"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
