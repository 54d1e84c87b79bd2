#!/usr/bin/env bash
# Makes sure PostgreSQL runs and that each service has its database, its owner role and a SELECT-only
# reader role (deploy/sql/service-database.sql). Safe to run again.
#
#   PGHOST (127.0.0.1)  PGPORT (5432)  PGADMIN_USER (postgres): where and as whom to connect
#   INDICATORS_DB_NAME / PROJECTS_DB_NAME: the served databases (default: indicators, projects); the test
#     databases are indicators_test and projects_test (INDICATORS_TEST_DB_NAME / PROJECTS_TEST_DB_NAME)
#   INDICATORS_DB_USER / PROJECTS_DB_USER: the owner roles, which Flyway and the writes use (default: the name)
#   INDICATORS_DB_PASSWORD / PROJECTS_DB_PASSWORD: the owner roles' passwords (default: the role name)
#   INDICATORS_DB_READER_USER / PROJECTS_DB_READER_USER: the read-only roles (indicators_reader, projects_reader)
#   INDICATORS_DB_READER_PASSWORD / PROJECTS_DB_READER_PASSWORD: their passwords (default: the role name)
#
# A reader role may connect and SELECT every table of its service's databases, now and after later
# migrations (default privileges of the owner role), and nothing else: its sessions are read-only too
# (default_transaction_read_only), so a write on a read path fails, as it would on a streaming replica.
set -euo pipefail

PGHOST=${PGHOST:-127.0.0.1}
PGPORT=${PGPORT:-5432}
PGADMIN_USER=${PGADMIN_USER:-postgres}
SQL="$(cd "$(dirname "$0")/.." && pwd)/sql/service-database.sql"

log() { printf 'db.sh: %s\n' "$*" >&2; }

install_postgres() {
  if [ "$(id -u)" -ne 0 ]; then
    log "PostgreSQL is not installed. Install it with: sudo apt-get install -y postgresql"
    exit 1
  fi
  log "installing PostgreSQL with apt-get"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq postgresql >/dev/null
}

start_clusters() {
  command -v pg_lsclusters >/dev/null || return 0
  # Start every cluster that is down (this machine has one: 15/main).
  pg_lsclusters --no-header | while read -r version cluster port status _; do
    if [ "$status" != "online" ]; then
      log "starting cluster $version/$cluster on port $port"
      pg_ctlcluster --skip-systemctl-redirect "$version" "$cluster" start
    fi
  done
}

# shellcheck source=lib/admin-psql.sh
. "$(dirname "$0")/lib/admin-psql.sh"

command -v psql >/dev/null && command -v pg_lsclusters >/dev/null || install_postgres
start_clusters

for _ in $(seq 1 30); do
  pg_isready -h "$PGHOST" -p "$PGPORT" -q && break
  sleep 1
done
pg_isready -h "$PGHOST" -p "$PGPORT" -q || { log "PostgreSQL does not answer on $PGHOST:$PGPORT"; exit 1; }

# service -> "owner password reader reader_password database test_database"
declare -A SETTINGS=(
  [indicators]="${INDICATORS_DB_USER:-indicators} ${INDICATORS_DB_PASSWORD:-${INDICATORS_DB_USER:-indicators}}
    ${INDICATORS_DB_READER_USER:-indicators_reader} ${INDICATORS_DB_READER_PASSWORD:-${INDICATORS_DB_READER_USER:-indicators_reader}}
    ${INDICATORS_DB_NAME:-indicators} ${INDICATORS_TEST_DB_NAME:-indicators_test}"
  [projects]="${PROJECTS_DB_USER:-projects} ${PROJECTS_DB_PASSWORD:-${PROJECTS_DB_USER:-projects}}
    ${PROJECTS_DB_READER_USER:-projects_reader} ${PROJECTS_DB_READER_PASSWORD:-${PROJECTS_DB_READER_USER:-projects_reader}}
    ${PROJECTS_DB_NAME:-projects} ${PROJECTS_TEST_DB_NAME:-projects_test}"
)

ready=()
for service in indicators projects; do
  read -r owner password reader reader_password db test_db <<<"$(echo ${SETTINGS[$service]})"
  # The service's database and a separate one for its tests, so tests never touch served data.
  for database in "$db" "$test_db"; do
    admin_psql -v owner="$owner" -v password="$password" -v reader="$reader" \
      -v reader_password="$reader_password" -v db="$database" <"$SQL"
  done
  ready+=("$db (owner $owner, reader $reader; tests: $test_db)")
done
log "ready on $PGHOST:$PGPORT: ${ready[*]}"
