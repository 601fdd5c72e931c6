#!/usr/bin/env bash
# Starts a throwaway PostgreSQL server on loopback (port 55432, trust auth) for the
# central service's tests, installing it if needed. Prints the database URL.
# Usage: eval "$(scripts/start-postgres.sh)"  -> exports ESCALE_TEST_POSTGRES_URL
set -euo pipefail
port="${ESCALE_TEST_POSTGRES_PORT:-55432}"
if ! ls -d /usr/lib/postgresql/*/bin >/dev/null 2>&1; then
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq postgresql >&2
fi
bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"
dir="$(mktemp -d /tmp/escale-pg.XXXXXX)"
run_as_postgres() {
  if [ "$(id -u)" -eq 0 ]; then su postgres -s /bin/sh -c "$*"; else sh -c "$*"; fi
}
[ "$(id -u)" -eq 0 ] && chown postgres "$dir"
run_as_postgres "'$bin/initdb' -D '$dir/data' -A trust -U postgres" >/dev/null
run_as_postgres "'$bin/pg_ctl' -D '$dir/data' -l '$dir/log' -w -o \"-k '$dir' -h 127.0.0.1 -p $port\" start" >/dev/null
echo "export ESCALE_TEST_POSTGRES_URL=postgresql+psycopg://postgres@127.0.0.1:$port/postgres"
echo "export ESCALE_TEST_POSTGRES_DIR=$dir"
