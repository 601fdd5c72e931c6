#!/usr/bin/env bash
# A throwaway PostgreSQL server for the central service's tests: loopback only, trust
# auth, data in a temporary folder, installed first (Debian's `postgresql`) if missing.
# Prints the shell lines that point the tests at it; messages go to standard error.
#
#   eval "$(scripts/start-postgres.sh)"     # exports ESCALE_TEST_POSTGRES_URL (and _DIR)
#   scripts/start-postgres.sh --stop "$ESCALE_TEST_POSTGRES_DIR"   # stops it, deletes its data
#
# Port: $ESCALE_TEST_POSTGRES_PORT, else 55432 or the next free one. As root, the server
# runs as the `postgres` user (initdb and the server refuse root).
set -euo pipefail

say() { echo "start-postgres: $*" >&2; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

server_bin() {  # the newest installed version's binaries
  local found
  found="$(find /usr/lib/postgresql -mindepth 2 -maxdepth 2 -name bin -type d 2>/dev/null | sort -V | tail -n 1)"
  [ -n "$found" ] && [ -x "$found/initdb" ] && echo "$found"
}

# As the owner of the data: root hands over to the server's user, others run as themselves.
owner=""
as_owner() {
  if [ -n "$owner" ]; then (cd / && runuser -u "$owner" -- "$@"); else "$@"; fi
}
if [ "$(id -u)" -eq 0 ]; then
  owner=postgres
fi

if [ "${1:-}" = "--stop" ]; then
  dir="${2:?usage: start-postgres.sh --stop DIR}"
  bin="$(server_bin)" || { say "no PostgreSQL binaries"; exit 1; }
  if [ -f "$dir/data/postmaster.pid" ]; then
    as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null || say "could not stop the server in $dir"
  fi
  case "$dir" in */escale-pg.*) rm -rf "$dir" ;; esac  # only a folder this script made
  exit 0
fi

port_taken() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
if [ -n "${ESCALE_TEST_POSTGRES_PORT:-}" ]; then
  port="$ESCALE_TEST_POSTGRES_PORT"
  if port_taken "$port"; then
    say "port $port (ESCALE_TEST_POSTGRES_PORT) is taken by another server"
    exit 1
  fi
else
  port=55432
  while port_taken "$port"; do  # another test server (another checkout, a run left over)
    port=$((port + 1))
    [ "$port" -lt 55452 ] || { say "ports 55432 to 55451 are all taken"; exit 1; }
  done
fi

if ! bin="$(server_bin)"; then
  say "installing PostgreSQL (apt: postgresql)"
  # No default cluster: the tests make their own server, the package's would only sit on 5432.
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    postgresql-common >/dev/null
  as_root sed -i -E 's/^#? *create_main_cluster *=.*/create_main_cluster = false/' \
    /etc/postgresql-common/createcluster.conf
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    postgresql >/dev/null
  bin="$(server_bin)" || { say "PostgreSQL was installed but no /usr/lib/postgresql/*/bin/initdb"; exit 1; }
fi

if [ -n "$owner" ] && ! id -u "$owner" >/dev/null 2>&1; then
  say "creating the system user $owner"
  useradd --system --user-group --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin "$owner"
fi

# Under /tmp when handing over to another user: $TMPDIR may be private to this one.
parent="${TMPDIR:-/tmp}"
[ -n "$owner" ] && parent=/tmp
dir="$(mktemp -d "$parent/escale-pg.XXXXXX")"
[ -n "$owner" ] && chown "$owner" "$dir"
cleanup() {
  if [ -f "$dir/data/postmaster.pid" ]; then
    as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
  fi
  rm -rf "$dir"
}
on_exit() {
  local status=$?
  [ "$status" -eq 0 ] || cleanup  # a server that failed half-way is not left behind
}
trap on_exit EXIT

as_owner "$bin/initdb" --pgdata="$dir/data" --auth=trust --username=postgres --encoding=UTF8 \
  --locale=C --no-sync >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; say "initdb failed"; exit 1; }

# Durability is worth nothing here: the data is thrown away, so no fsync (faster tests).
options="-h 127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
if ! as_owner "$bin/pg_ctl" --pgdata="$dir/data" --log="$dir/server.log" --wait --timeout=60 \
     -o "$options" start >/dev/null; then
  tail -n 20 "$dir/server.log" >&2 || true
  say "the server did not start"
  exit 1
fi
if ! "$bin/pg_isready" -q -h 127.0.0.1 -p "$port" -U postgres -t 30; then
  tail -n 20 "$dir/server.log" >&2 || true
  say "the server does not answer on 127.0.0.1:$port"
  exit 1
fi
say "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port, data in $dir"
echo "export ESCALE_TEST_POSTGRES_URL=postgresql+psycopg://postgres@127.0.0.1:$port/postgres"
echo "export ESCALE_TEST_POSTGRES_DIR=$dir"
