#!/usr/bin/env bash
# Starts a throwaway PostgreSQL 15 server on loopback for the server-mode test stage and prints
# its admin URL. initdb refuses to run as root, so the server runs as the postgres user.
set -euo pipefail
port="${1:-55432}"
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
dir=$(mktemp -d /tmp/kasane-pg.XXXXXX)
chown postgres:postgres "$dir"
runuser -u postgres -- "$bin/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log"
runuser -u postgres -- "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -o "-p $port -k $dir -c listen_addresses=127.0.0.1" -w start >/dev/null
# the caller stops it with: runuser -u postgres -- "$bin/pg_ctl" -D "$dir/data" stop
echo "$bin/pg_ctl -D $dir/data" >"${KASANE_PG_STOP_FILE:-/dev/null}"
echo "postgres://postgres@127.0.0.1:$port/postgres"
