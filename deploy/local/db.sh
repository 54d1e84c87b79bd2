#!/usr/bin/env bash
# Makes sure PostgreSQL runs and that each service has its database, its owner role and a SELECT-only
# reader role. Safe to run again.
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

# psql as the administrator, in database ADMIN_DB (postgres): over TCP when that works (trust or a password in ~/.pgpass),
# otherwise through the local socket as the postgres OS user (Debian's default peer auth).
admin_psql() {
  if psql -h "$PGHOST" -p "$PGPORT" -U "$PGADMIN_USER" -d postgres -Atqc 'select 1' >/dev/null 2>&1; then
    psql -h "$PGHOST" -p "$PGPORT" -U "$PGADMIN_USER" -d "${ADMIN_DB:-postgres}" -v ON_ERROR_STOP=1 -Atq "$@"
  elif [ "$(id -u)" -eq 0 ] && id postgres >/dev/null 2>&1; then
    (cd / && runuser -u postgres -- psql -p "$PGPORT" -d "${ADMIN_DB:-postgres}" -v ON_ERROR_STOP=1 -Atq "$@")
  else
    log "cannot connect to PostgreSQL at $PGHOST:$PGPORT as $PGADMIN_USER; set PGADMIN_USER or ~/.pgpass"
    exit 1
  fi
}

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

ensure_role() {
  admin_psql -v role="$1" -v password="$2" <<'SQL'
select format('create role %I login password %L', :'role', :'password')
 where not exists (select 1 from pg_roles where rolname = :'role') \gexec
select format('alter role %I login password %L', :'role', :'password') \gexec
SQL
}

ready=()
for service in indicators projects; do
  read -r owner password reader reader_password db test_db <<<"$(echo ${SETTINGS[$service]})"
  ensure_role "$owner" "$password"
  ensure_role "$reader" "$reader_password"
  admin_psql -v role="$reader" <<'SQL'
select format('alter role %I nosuperuser nocreatedb nocreaterole noinherit', :'role') \gexec
select format('alter role %I set default_transaction_read_only = on', :'role') \gexec
SQL
  # The service's database and a separate one for its tests, so tests never touch served data.
  for database in "$db" "$test_db"; do
    admin_psql -v db="$database" -v role="$owner" <<'SQL'
select format('create database %I owner %I encoding %L template template0', :'db', :'role', 'UTF8')
 where not exists (select 1 from pg_database where datname = :'db') \gexec
SQL
    # Grants inside the database, as the administrator: what exists now, and (default privileges of the owner,
    # in every schema) what the owner's later migrations create.
    ADMIN_DB=$database admin_psql -v db="$database" -v owner="$owner" -v reader="$reader" <<'SQL'
select format('revoke all on database %I from public', :'db') \gexec
select format('grant connect on database %I to %I', :'db', :'owner') \gexec
select format('grant connect on database %I to %I', :'db', :'reader') \gexec
select format('grant usage on schema %I to %I', nspname, :'reader')
  from pg_namespace where nspname = 'public' or pg_get_userbyid(nspowner) = :'owner' \gexec
select format('grant select on all tables in schema %I to %I', nspname, :'reader')
  from pg_namespace where nspname = 'public' or pg_get_userbyid(nspowner) = :'owner' \gexec
select format('alter default privileges for role %I grant select on tables to %I', :'owner', :'reader') \gexec
select format('alter default privileges for role %I grant usage on schemas to %I', :'owner', :'reader') \gexec
SQL
  done
  ready+=("$db (owner $owner, reader $reader; tests: $test_db)")
done
log "ready on $PGHOST:$PGPORT: ${ready[*]}"
