#!/usr/bin/env bash
# Makes sure PostgreSQL runs and that each service has its database and role. Safe to run again.
#
#   PGHOST (127.0.0.1)  PGPORT (5432)  PGADMIN_USER (postgres): where and as whom to connect
#   INDICATORS_DB_PASSWORD / PROJECTS_DB_PASSWORD: the roles' passwords (default: the role name)
set -euo pipefail

PGHOST=${PGHOST:-127.0.0.1}
PGPORT=${PGPORT:-5432}
PGADMIN_USER=${PGADMIN_USER:-postgres}
declare -A PASSWORDS=(
  [indicators]=${INDICATORS_DB_PASSWORD:-indicators}
  [projects]=${PROJECTS_DB_PASSWORD:-projects}
)

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

# psql as the administrator: over TCP when that works (trust or a password in ~/.pgpass),
# otherwise through the local socket as the postgres OS user (Debian's default peer auth).
admin_psql() {
  if psql -h "$PGHOST" -p "$PGPORT" -U "$PGADMIN_USER" -d postgres -Atqc 'select 1' >/dev/null 2>&1; then
    psql -h "$PGHOST" -p "$PGPORT" -U "$PGADMIN_USER" -d postgres -v ON_ERROR_STOP=1 -Atq "$@"
  elif [ "$(id -u)" -eq 0 ] && id postgres >/dev/null 2>&1; then
    (cd / && runuser -u postgres -- psql -p "$PGPORT" -d postgres -v ON_ERROR_STOP=1 -Atq "$@")
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

for role in indicators projects; do
  password=${PASSWORDS[$role]}
  admin_psql -v role="$role" -v password="$password" <<'SQL'
select format('create role %I login password %L', :'role', :'password')
 where not exists (select 1 from pg_roles where rolname = :'role') \gexec
select format('alter role %I login password %L', :'role', :'password') \gexec
SQL
  # The service's database and a separate one for its tests, so tests never touch served data.
  for db in "$role" "${role}_test"; do
    admin_psql -v db="$db" -v role="$role" <<'SQL'
select format('create database %I owner %I encoding %L template template0', :'db', :'role', 'UTF8')
 where not exists (select 1 from pg_database where datname = :'db') \gexec
SQL
  done
done
log "databases indicators, projects (and *_test) are ready on $PGHOST:$PGPORT"
