#!/usr/bin/env bash
# Checks the roles db.sh makes, on the served databases: each owner can write; each reader can SELECT every
# table and cannot write (neither by grant nor in its read-only sessions), and cannot reach the other service's
# database. Needs PostgreSQL with db.sh run; listens on nothing.
set -euo pipefail

PGHOST=${PGHOST:-127.0.0.1}
PGPORT=${PGPORT:-5432}
passed=0 failed=0
expect() {  # expect ok|error DESCRIPTION ROLE DATABASE SQL [ERROR-PATTERN]
  local want=$1 what=$2 role=$3 db=$4 sql=$5 pattern=${6:-} out rc=0
  out=$(PGPASSWORD=${PGPASSWORD_OF[$role]} psql -h "$PGHOST" -p "$PGPORT" -U "$role" -d "$db" -v ON_ERROR_STOP=1 \
    -Atqc "$sql" 2>&1) || rc=$?
  if { [ "$want" = ok ] && [ "$rc" = 0 ]; } || { [ "$want" = error ] && [ "$rc" != 0 ] && grep -q -- "$pattern" <<<"$out"; }; then
    printf 'ok     %s\n' "$what"; passed=$((passed + 1))
  else
    printf 'FAIL   %s (exit %s): %s\n' "$what" "$rc" "$(head -c 300 <<<"$out")"; failed=$((failed + 1))
  fi
}
declare -A PGPASSWORD_OF=(
  [indicators]=${INDICATORS_DB_PASSWORD:-indicators} [indicators_reader]=${INDICATORS_DB_READER_PASSWORD:-indicators_reader}
  [projects]=${PROJECTS_DB_PASSWORD:-projects} [projects_reader]=${PROJECTS_DB_READER_PASSWORD:-projects_reader}
)

for service in indicators projects; do
  reader=${service}_reader
  table=$([ "$service" = indicators ] && echo observation || echo project)
  expect ok "$reader reads $service.$table" "$reader" "$service" "select count(*) from $table"
  expect ok "$reader reads $service.data_version" "$reader" "$service" "select version from data_version"
  expect error "$reader cannot update (its sessions are read-only)" "$reader" "$service" \
    "update data_version set version = version where id = 1" "read-only transaction"
  expect error "$reader cannot update even in a read-write transaction (no grant)" "$reader" "$service" \
    "begin; set transaction read write; update data_version set version = version where id = 1; commit" \
    "permission denied"
  expect error "$reader cannot create a table" "$reader" "$service" \
    "begin; set transaction read write; create table reader_probe (i int); commit" "permission denied"
  expect ok "$service (owner) can write, in a transaction rolled back" "$service" "$service" \
    "begin; update data_version set version = version where id = 1; rollback"
  # A table a later migration creates is readable too (default privileges of the owner); dropped at once.
  probe="reader_probe_$$"
  expect ok "$service (owner) creates $probe" "$service" "$service" "create table $probe (i int); insert into $probe values (1)"
  expect ok "$reader reads $probe, created after db.sh ran" "$reader" "$service" "select i from $probe"
  expect ok "$service (owner) drops $probe" "$service" "$service" "drop table $probe"
done
expect error "indicators_reader cannot connect to projects" indicators_reader projects "select 1" "CONNECT"
expect error "projects cannot connect to indicators" projects indicators "select 1" "CONNECT"

printf '\n%d passed, %d failed\n' "$passed" "$failed"
[ "$failed" -eq 0 ]
