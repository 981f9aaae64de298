#!/usr/bin/env bash
# Starts a throwaway PostgreSQL for the storage tests, on loopback only, and
# prints the URL to use (LINKWORK_TEST_DATABASE_URL). Installs Debian's
# postgresql when it is missing and we run as root. Stop it with:
#   scripts/test-postgres.sh stop
set -euo pipefail

port="${LINKWORK_TEST_PG_PORT:-55439}"
data="${TMPDIR:-/tmp}/linkwork-test-pg-${port}"

pgbin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

as_postgres() {
  if [ "$(id -u)" -eq 0 ]; then su postgres -s /bin/sh -c "$*"; else sh -c "$*"; fi
}

if [ "${1:-start}" = "stop" ]; then
  bin="$(pgbin)"
  [ -n "$bin" ] && [ -d "$data" ] && as_postgres "'$bin/pg_ctl' -D '$data' -m fast stop" >/dev/null 2>&1 || true
  exit 0
fi

if [ -z "$(pgbin)" ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "PostgreSQL is needed for the storage tests on PostgreSQL: sudo apt-get install -y postgresql" >&2
    exit 1
  fi
  echo "Installing Debian's postgresql for the storage tests…" >&2
  DEBIAN_FRONTEND=noninteractive apt-get update >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends postgresql >/dev/null
fi
bin="$(pgbin)"

# A fresh cluster every run: nothing left from the last one.
as_postgres "'$bin/pg_ctl' -D '$data' -m fast stop" >/dev/null 2>&1 || true
rm -rf "$data"
mkdir -p "$data"
[ "$(id -u)" -eq 0 ] && chown postgres "$data"
as_postgres "'$bin/initdb' -D '$data' -A trust -U postgres" >/dev/null
as_postgres "'$bin/pg_ctl' -D '$data' -l '$data/server.log' -w -o \"-h 127.0.0.1 -p $port -k '$data'\" start" >/dev/null
echo "postgres://postgres@127.0.0.1:${port}/postgres"
