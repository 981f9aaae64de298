#!/usr/bin/env bash
# Runs a command with a throwaway PostgreSQL on loopback for the storage tests
# (LINKWORK_TEST_DATABASE_URL), stopping it afterwards. Where PostgreSQL cannot
# be had (not root and not installed), the command runs without it and the
# PostgreSQL storage tests are left out, with a warning; in CI that is a failure.
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"

if [ -z "${LINKWORK_TEST_DATABASE_URL:-}" ]; then
  if url="$(bash "$here/test-postgres.sh")"; then
    export LINKWORK_TEST_DATABASE_URL="$url"
    trap 'bash "$here/test-postgres.sh" stop' EXIT
  elif [ "${CI:-}" = "true" ]; then
    echo "CI: could not start PostgreSQL for the storage tests." >&2
    exit 1
  else
    echo "warning: no PostgreSQL, so the storage tests run on PGlite only." >&2
  fi
fi
"$@"
