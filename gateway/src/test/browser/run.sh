#!/usr/bin/env bash
# End-to-end tests of the data explorer in a real browser (Debian's Chromium, driven by playwright-core),
# against a running system. Installs what it needs: chromium and fonts-noto-cjk with apt-get when root,
# the npm packages with npm ci.
#
#   gateway/src/test/browser/run.sh [gateway base URL]      default $GATEWAY_URL or http://127.0.0.1:8080
#
# To see the page lose a service without touching the running system, the script starts a second gateway
# of its own (port $DEGRADED_PORT, default 8099) whose indicators upstream is a port where nothing listens,
# and whose projects upstream is the running system's. It stops that gateway, by its pid, when it ends.
# The review page's tests write (a source, its candidates, their decisions, a new indicator). They never write to
# the running system: the script starts an indicators-service of its own on a scratch database
# ($SCRATCH_DB, default indicators_browser, dropped and created empty, dropped again at the end; port
# $SCRATCH_INDICATORS_PORT, default 8097) and a gateway in front of it ($SCRATCH_GATEWAY_PORT, default 8096,
# whose projects upstream is the running system's, read only), and the review tests use that gateway.
# Screenshots (1280 and 360 px wide) go to gateway/target/explorer-screenshots/.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../../.." && pwd)
export GATEWAY_URL=${1:-${GATEWAY_URL:-http://127.0.0.1:8080}}
GATEWAY_URL=${GATEWAY_URL%/}
DEGRADED_PORT=${DEGRADED_PORT:-8099}
DEAD_PORT=${DEAD_PORT:-8098}
SCRATCH_GATEWAY_PORT=${SCRATCH_GATEWAY_PORT:-8096}
SCRATCH_INDICATORS_PORT=${SCRATCH_INDICATORS_PORT:-8097}
SCRATCH_DB=${SCRATCH_DB:-indicators_browser}
export SCREENSHOTS=${SCREENSHOTS:-$root/gateway/target/explorer-screenshots}
log() { printf 'explorer-tests: %s\n' "$*" >&2; }

# --- The browser and the CJK fonts (without them Chinese renders as boxes).
need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
# (grep without -q reads to the end, so that pipefail does not see fc-list killed by SIGPIPE)
fc-list : family 2>/dev/null | grep -i 'Noto Sans CJK' >/dev/null || need+=(fonts-noto-cjk)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ]; then
    log "installing ${need[*]} with apt-get"
    DEBIAN_FRONTEND=noninteractive apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
  else
    log "needs: sudo apt-get install -y ${need[*]}"
    exit 1
  fi
fi

# --- playwright-core and axe-core, pinned by package-lock.json.
if [ ! -d "$here/node_modules/playwright-core" ] || [ ! -d "$here/node_modules/axe-core" ] \
   || [ "$here/package-lock.json" -nt "$here/node_modules/.package-lock.json" ]; then
  log "installing the test packages (npm ci)"
  npm ci --prefix "$here" --no-audit --no-fund --loglevel=error >&2
fi

curl -fsS --max-time 10 -o /dev/null "$GATEWAY_URL/explorer/" \
  || { log "no explorer at $GATEWAY_URL/explorer/: start the system first (deploy/local/up.sh)"; exit 1; }

# --- A gateway with one service missing, for the degradation test; left out when it cannot be started here.
PGHOST=${PGHOST:-127.0.0.1}
PGPORT=${PGPORT:-5432}
PGADMIN_USER=${PGADMIN_USER:-postgres}
# shellcheck source=../../../../deploy/local/lib/admin-psql.sh
. "$root/deploy/local/lib/admin-psql.sh"

degraded_pid="" scratch_pids=()
stop() { # pid what
  kill -0 "$1" 2>/dev/null || return 0
  kill "$1"
  for _ in $(seq 1 20); do kill -0 "$1" 2>/dev/null || break; sleep 0.5; done
  kill -0 "$1" 2>/dev/null && kill -9 "$1"
  log "stopped $2 (pid $1)"
}
cleanup() {
  [ -n "$degraded_pid" ] && stop "$degraded_pid" "the degraded gateway"
  for pid in "${scratch_pids[@]}"; do stop "$pid" "a scratch process"; done
  if [ ${#scratch_pids[@]} -gt 0 ]; then
    admin_psql -c "drop database if exists \"$SCRATCH_DB\" with (force)" && log "dropped the scratch database $SCRATCH_DB"
  fi
}
trap cleanup EXIT
jar="$root/gateway/target/quarkus-app/quarkus-run.jar"
# The projects upstream of the running system: $PROJECTS_URL, or the layout deploy/local/up.sh wrote.
# (The gateway's readiness no longer names upstream hosts and ports: that would leak internals.)
topology="$root/deploy/local/run/topology.env"
projects_url=${PROJECTS_URL:-}
if [ -z "$projects_url" ] && [ -f "$topology" ]; then
  projects_url=$(grep '^PROJECTS_URL=' "$topology" | cut -d= -f2- | cut -d, -f1)
fi
if [ -f "$jar" ] && [ -n "$projects_url" ] && command -v java >/dev/null \
   && ! curl -s -o /dev/null --max-time 2 "http://127.0.0.1:$DEGRADED_PORT/" \
   && ! curl -s -o /dev/null --max-time 2 "http://127.0.0.1:$DEAD_PORT/"; then
  mkdir -p "$root/gateway/target"
  GATEWAY_PORT=$DEGRADED_PORT INDICATORS_URL="http://127.0.0.1:$DEAD_PORT" PROJECTS_URL="$projects_url" \
    GATEWAY_PUBLIC_URL="http://127.0.0.1:$DEGRADED_PORT" RATE_LIMIT_REDIS=false \
    nohup java -Xmx256m -jar "$jar" >"$root/gateway/target/explorer-degraded-gateway.log" 2>&1 &
  degraded_pid=$!
  export DEGRADED_URL="http://127.0.0.1:$DEGRADED_PORT"
  log "started a gateway without indicators-service on $DEGRADED_URL (pid $degraded_pid)"
else
  log "the degradation test is left out: it needs $jar, java, the running system's projects URL and free ports $DEGRADED_PORT, $DEAD_PORT"
fi

# --- The scratch system the review page's tests write to (never the running system).
indicators_jar="$root/indicators-service/target/quarkus-app/quarkus-run.jar"
key_file="$root/deploy/local/run/api-key"
[ -f "$indicators_jar" ] && [ -f "$jar" ] && [ -s "$key_file" ] && [ -n "$projects_url" ] \
  || { log "the review tests need $indicators_jar, $jar, the system's key ($key_file) and its projects URL: start it with deploy/local/up.sh"; exit 1; }
for port in "$SCRATCH_GATEWAY_PORT" "$SCRATCH_INDICATORS_PORT"; do
  ! curl -s -o /dev/null --max-time 2 "http://127.0.0.1:$port/" || { log "port $port is taken; set SCRATCH_*_PORT"; exit 1; }
done
admin_psql -c "drop database if exists \"$SCRATCH_DB\" with (force)" \
  -c "create database \"$SCRATCH_DB\" owner \"${INDICATORS_DB_USER:-indicators}\" encoding 'UTF8' template template0"
key_hashes="local:$(tr -d '\n' < "$key_file" | sha256sum | cut -d' ' -f1)"
# The scratch database grants its reader role nothing, so the read-only datasource uses the owner, as the bench does.
INDICATORS_PORT=$SCRATCH_INDICATORS_PORT INDICATORS_DB_NAME=$SCRATCH_DB API_KEY_HASHES=$key_hashes \
  INDICATORS_DB_READER_USER=${INDICATORS_DB_USER:-indicators} \
  INDICATORS_DB_READER_PASSWORD=${INDICATORS_DB_PASSWORD:-indicators} \
  nohup java -Xmx256m -jar "$indicators_jar" >"$root/gateway/target/explorer-scratch-indicators.log" 2>&1 &
scratch_pids+=($!)
GATEWAY_PORT=$SCRATCH_GATEWAY_PORT INDICATORS_URL="http://127.0.0.1:$SCRATCH_INDICATORS_PORT" PROJECTS_URL="$projects_url" \
  GATEWAY_PUBLIC_URL="http://127.0.0.1:$SCRATCH_GATEWAY_PORT" RATE_LIMIT_REDIS=false API_KEY_HASHES=$key_hashes \
  nohup java -Xmx256m -jar "$jar" >"$root/gateway/target/explorer-scratch-gateway.log" 2>&1 &
scratch_pids+=($!)
for _ in $(seq 1 120); do
  curl -fs -o /dev/null --max-time 2 "http://127.0.0.1:$SCRATCH_GATEWAY_PORT/api/v1/indicators?limit=1" && break
  sleep 1
done
curl -fs -o /dev/null --max-time 2 "http://127.0.0.1:$SCRATCH_GATEWAY_PORT/api/v1/indicators?limit=1" \
  || { log "the scratch system did not come up; see gateway/target/explorer-scratch-*.log"; exit 1; }
export REVIEW_URL="http://127.0.0.1:$SCRATCH_GATEWAY_PORT"
log "the review tests write to a scratch system at $REVIEW_URL (database $SCRATCH_DB)"

mkdir -p "$SCREENSHOTS"
cd "$here"
node --test --test-concurrency=1 --test-reporter=spec tests/
