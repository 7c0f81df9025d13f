#!/usr/bin/env bash
# Runs a command against a throwaway PostgreSQL cluster: initdb in a temporary directory, a server on
# a loopback port, DATABASE_URL exported for the command; the cluster is stopped and removed
# afterwards, whatever the outcome. Usage: scripts/with-postgres.sh COMMAND [ARGS...]
set -euo pipefail

bindir="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
port="${PGPORT_TEST:-$("$(dirname "${BASH_SOURCE[0]}")/free-port.sh")}"
datadir="$(mktemp -d /tmp/centenary-pg.XXXXXX)"

# PostgreSQL refuses to run as root: use the postgres system user Debian's package creates.
as_owner=()
if [ "$(id -u)" -eq 0 ]; then
    chown postgres "$datadir"
    as_owner=(runuser -u postgres --)
fi

stop_cluster() {
    "${as_owner[@]}" "$bindir/pg_ctl" -D "$datadir/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$datadir"
}
trap stop_cluster EXIT

"${as_owner[@]}" "$bindir/initdb" -D "$datadir/data" -U centenary --auth=trust -E UTF8 \
    --locale=C.UTF-8 >"$datadir/initdb.log" 2>&1 || { cat "$datadir/initdb.log"; exit 1; }
"${as_owner[@]}" "$bindir/pg_ctl" -D "$datadir/data" -l "$datadir/server.log" -w \
    -o "-h 127.0.0.1 -p $port -k $datadir -c fsync=off -c full_page_writes=off" start >/dev/null \
    || { cat "$datadir/server.log"; exit 1; }
"${as_owner[@]}" "$bindir/createdb" -h 127.0.0.1 -p "$port" -U centenary centenary

echo "PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') on 127.0.0.1:$port"
export DATABASE_URL="postgres://centenary@127.0.0.1:$port/centenary"
"$@"
