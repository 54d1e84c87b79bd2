# admin_psql: psql as the PostgreSQL administrator, for the scripts that create databases (db.sh, the browser
# tests' scratch database). Sourced, not run. Uses PGHOST, PGPORT, PGADMIN_USER and ADMIN_DB (postgres), and the
# caller's log function.
# psql as the administrator, in database ADMIN_DB (postgres): over TCP when that works (trust or a password in ~/.pgpass),
# otherwise through the local socket as the postgres OS user (Debian's default peer auth).
admin_psql() {
  # The probe must never read this function's standard input (the SQL piped to it), e.g. as a password
  # prompt: -w never prompts, and its own input is /dev/null.
  if psql -w -h "$PGHOST" -p "$PGPORT" -U "$PGADMIN_USER" -d postgres -Atqc 'select 1' >/dev/null 2>&1 </dev/null; then
    psql -h "$PGHOST" -p "$PGPORT" -U "$PGADMIN_USER" -d "${ADMIN_DB:-postgres}" -v ON_ERROR_STOP=1 -Atq "$@"
  elif [ "$(id -u)" -eq 0 ] && id postgres >/dev/null 2>&1; then
    (cd / && runuser -u postgres -- psql -p "$PGPORT" -d "${ADMIN_DB:-postgres}" -v ON_ERROR_STOP=1 -Atq "$@")
  else
    log "cannot connect to PostgreSQL at $PGHOST:$PGPORT as $PGADMIN_USER; set PGADMIN_USER or ~/.pgpass"
    exit 1
  fi
}
