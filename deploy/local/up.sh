#!/usr/bin/env bash
# Starts the whole system with its data on this machine: PostgreSQL (provisioned by db.sh), the two
# services and the gateway, in the background. Idempotent: what already runs is left alone.
#
#   deploy/local/up.sh            start (building the jars first if they are missing)
#   deploy/local/up.sh --rebuild  rebuild the jars, then start
#   deploy/local/down.sh          stop what this started
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
RUN="$ROOT/deploy/local/run"
LOGS="$RUN/logs"
mkdir -p "$LOGS"

export INDICATORS_PORT=${INDICATORS_PORT:-8081}
export PROJECTS_PORT=${PROJECTS_PORT:-8082}
export GATEWAY_PORT=${GATEWAY_PORT:-8080}
export INDICATORS_URL=${INDICATORS_URL:-http://127.0.0.1:$INDICATORS_PORT}
export PROJECTS_URL=${PROJECTS_URL:-http://127.0.0.1:$PROJECTS_PORT}
SERVICES=(indicators-service projects-service gateway)

log() { printf 'up.sh: %s\n' "$*"; }

port_of() {
  case "$1" in
    indicators-service) echo "$INDICATORS_PORT" ;;
    projects-service) echo "$PROJECTS_PORT" ;;
    gateway) echo "$GATEWAY_PORT" ;;
  esac
}

running() {
  local pidfile="$RUN/$1.pid"
  [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null
}

ensure_java() {
  if command -v java >/dev/null && java -version 2>&1 | grep -qE 'version "(1[7-9]|[2-9][0-9])'; then
    return
  fi
  if [ "$(id -u)" -eq 0 ]; then
    log "installing a JDK 17 with apt-get"
    DEBIAN_FRONTEND=noninteractive apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq openjdk-17-jdk-headless >/dev/null
  else
    log "a JDK 17 or newer is needed: sudo apt-get install -y openjdk-17-jdk-headless"
    exit 1
  fi
}

# A local API key for writes, made once; only its SHA-256 hash reaches the services.
api_key() {
  if [ ! -s "$RUN/api-key" ]; then
    (umask 077; head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n' > "$RUN/api-key")
  fi
  export API_KEY_HASHES="local:$(tr -d '\n' < "$RUN/api-key" | sha256sum | cut -d' ' -f1)"
}

wait_ready() {
  local name=$1 port=$2
  for _ in $(seq 1 120); do
    if curl -fsS "http://127.0.0.1:$port/q/health/ready" >/dev/null 2>&1; then
      log "$name is ready on port $port"
      return 0
    fi
    if ! running "$name"; then
      log "$name exited; the end of $LOGS/$name.log:"
      tail -n 30 "$LOGS/$name.log" >&2
      return 1
    fi
    sleep 1
  done
  log "$name was not ready after 120 s; see $LOGS/$name.log"
  return 1
}

ensure_java
bash "$ROOT/deploy/local/db.sh"

missing=0
for service in "${SERVICES[@]}"; do
  [ -f "$ROOT/$service/target/quarkus-app/quarkus-run.jar" ] || missing=1
done
if [ "$missing" = 1 ] || [ "${1:-}" = "--rebuild" ]; then
  log "building the services (./mvnw package -DskipTests)"
  (cd "$ROOT" && ./mvnw -B -q package -DskipTests)
fi

start() {
  local service=$1 port
  if running "$service"; then
    log "$service already runs (pid $(cat "$RUN/$service.pid"))"
    return
  fi
  port=$(port_of "$service")
  if curl -fsS -o /dev/null "http://127.0.0.1:$port/q/health/live" 2>/dev/null; then
    log "port $port already answers, but not with a process this script started; stop it first"
    exit 1
  fi
  nohup java ${JAVA_OPTS:--Xmx512m} -jar "$ROOT/$service/target/quarkus-app/quarkus-run.jar" \
    >"$LOGS/$service.log" 2>&1 &
  echo $! >"$RUN/$service.pid"
  log "started $service (pid $!), log $LOGS/$service.log"
}

api_key
# The services first, the gateway once they answer, so that it finds every upstream healthy.
start indicators-service
start projects-service
wait_ready indicators-service "$INDICATORS_PORT"
wait_ready projects-service "$PROJECTS_PORT"
start gateway
wait_ready gateway "$GATEWAY_PORT"

cat <<INFO

Yanhu Open Data API is up.
  Gateway             http://localhost:$GATEWAY_PORT/api/v1/indicators
  Swagger UI          http://localhost:$GATEWAY_PORT/q/swagger-ui   (also /docs)
  OpenAPI document    http://localhost:$GATEWAY_PORT/q/openapi
  Data explorer       http://localhost:$GATEWAY_PORT/explorer/
  Health              http://localhost:$GATEWAY_PORT/q/health/ready
  Logs                $LOGS
  API key for writes  $RUN/api-key

Try:
  curl 'http://localhost:$GATEWAY_PORT/api/v1/observations?indicator=GDP'
  curl 'http://localhost:$GATEWAY_PORT/api/v1/projects?sector=energy'

Stop with deploy/local/down.sh
INFO
