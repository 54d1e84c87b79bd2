#!/bin/bash
# Runs once, when the PostgreSQL container starts on an empty volume: each service's database, owner and
# SELECT-only reader, from the same SQL file as deploy/local/db.sh.
set -euo pipefail
for service in indicators projects; do
  upper=${service^^}
  password_var=${upper}_DB_PASSWORD reader_password_var=${upper}_DB_READER_PASSWORD
  psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
    -v owner="$service" -v password="${!password_var:?$password_var is not set}" \
    -v reader="${service}_reader" -v reader_password="${!reader_password_var:?$reader_password_var is not set}" \
    -v db="$service" -f /yanhu/service-database.sql
done
