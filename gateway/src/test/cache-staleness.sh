#!/usr/bin/env bash
# The gateway cache's staleness bound against a running system (deploy/local/up.sh): a write committed
# behind the gateway's back (the statement DataVersionTable.bump() runs, with its NOTIFY, as another instance
# or another gateway's write would), then reads through the gateway until its ETag shows the new version.
# Fails when a trial takes longer than the bound (gateway.cache.max-freshness, 1 s) plus SLACK_MS.
#   gateway/src/test/cache-staleness.sh [gateway-url] [service-url] [database] [trials]
set -uo pipefail
GATEWAY=${1:-http://127.0.0.1:8080}
SERVICE=${2:-http://127.0.0.1:8081}
DATABASE=${3:-indicators}
TRIALS=${4:-5}
BOUND_MS=${BOUND_MS:-1000}
SLACK_MS=${SLACK_MS:-250}
PATH_READ=${PATH_READ:-/api/v1/indicators}

version_of() { curl -s -D - -o /dev/null "$1$PATH_READ" | tr -d '\r' | awk -F': ' 'tolower($1)=="etag"{print $2}' | sed 's|W/"\([0-9]*\)-.*|\1|'; }
bump() {
  (cd / && runuser -u postgres -- psql -d "$DATABASE" -Atqc "with moved as (update data_version set version = version + 1,
    changed_at = now() where id = 1 returning version) select pg_notify('data_version', version::text) from moved" >/dev/null)
}
worst=0
for trial in $(seq 1 "$TRIALS"); do
  curl -s -o /dev/null "$GATEWAY$PATH_READ"; curl -s -o /dev/null "$GATEWAY$PATH_READ"
  before=$(version_of "$GATEWAY")
  bump
  written=$(date +%s%N)
  service_ms="" gateway_ms=""
  while :; do
    now=$(date +%s%N); elapsed=$(( (now - written) / 1000000 ))
    [ -z "$service_ms" ] && [ "$(version_of "$SERVICE")" != "$before" ] && service_ms=$elapsed
    [ -z "$gateway_ms" ] && [ "$(version_of "$GATEWAY")" != "$before" ] && gateway_ms=$elapsed
    { [ -n "$service_ms" ] && [ -n "$gateway_ms" ]; } || [ "$elapsed" -gt 10000 ] && break
    sleep 0.02
  done
  echo "trial $trial: version $before moved on; the service shows it after ${service_ms:-never} ms, the gateway after ${gateway_ms:-never} ms"
  [ -z "$gateway_ms" ] && gateway_ms=99999
  [ "$gateway_ms" -gt "$worst" ] && worst=$gateway_ms
  sleep 0.3
done
echo "worst: $worst ms (bound $BOUND_MS ms + $SLACK_MS ms slack for the polling)"
[ "$worst" -le $((BOUND_MS + SLACK_MS)) ]
