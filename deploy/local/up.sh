#!/usr/bin/env bash
# Starts the whole system with its data on this machine: PostgreSQL (provisioned by db.sh), the two
# services and the gateway, in the background. Idempotent: what already runs is left alone.
#
#   deploy/local/up.sh                  start one of each (building the jars first if they are missing)
#   deploy/local/up.sh --rebuild        rebuild the jars, then start
#   deploy/local/up.sh --instances 2    two instances of each data service, all behind the gateway
#   deploy/local/up.sh --gateways 2     two gateways sharing their rate limits through Redis
#   deploy/local/down.sh                stop what this started
#
# Ports: instance i (0-based) of indicators-service listens on INDICATORS_PORT + 2i (8081, 8083, ...),
# of projects-service on PROJECTS_PORT + 2i (8082, 8084, ...); so up to 4 instances stay within 8081-8088.
# The first gateway listens on GATEWAY_PORT (8080), further ones on GATEWAY_EXTRA_PORT + j (8090, 8091, ...).
# Every gateway gets the list of all instances (INDICATORS_URL / PROJECTS_URL, comma-separated); with more than
# one gateway RATE_LIMIT_REDIS=true, and Redis on REDIS_URL is started here when nothing answers there.
# The layout is written to deploy/local/run/topology.env for scripts (check-instances.sh) to read.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
RUN="$ROOT/deploy/local/run"
LOGS="$RUN/logs"
mkdir -p "$LOGS"

INSTANCES=1
GATEWAYS=1
REBUILD=0
usage() { sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'; }
while [ $# -gt 0 ]; do
  case "$1" in
    --instances) INSTANCES=${2:?--instances needs a number}; shift 2 ;;
    --instances=*) INSTANCES=${1#*=}; shift ;;
    --gateways) GATEWAYS=${2:?--gateways needs a number}; shift 2 ;;
    --gateways=*) GATEWAYS=${1#*=}; shift ;;
    --rebuild) REBUILD=1; shift ;;
    -h|--help) usage; exit 0 ;;
    *) echo "up.sh: unknown argument '$1'" >&2; usage >&2; exit 2 ;;
  esac
done

log() { printf 'up.sh: %s\n' "$*"; }
die() { printf 'up.sh: %s\n' "$*" >&2; exit 1; }

[[ "$INSTANCES" =~ ^[1-9][0-9]*$ ]] || die "--instances must be a positive number, not '$INSTANCES'"
[[ "$GATEWAYS" =~ ^[1-9][0-9]*$ ]] || die "--gateways must be a positive number, not '$GATEWAYS'"

INDICATORS_PORT=${INDICATORS_PORT:-8081}
PROJECTS_PORT=${PROJECTS_PORT:-8082}
GATEWAY_PORT=${GATEWAY_PORT:-8080}
GATEWAY_EXTRA_PORT=${GATEWAY_EXTRA_PORT:-8090}
export REDIS_URL=${REDIS_URL:-redis://127.0.0.1:6379}
if [ "$GATEWAYS" -gt 1 ]; then
  export RATE_LIMIT_REDIS=true
fi

# name -> port of every process, in start order: instance 1 keeps the plain name (indicators-service).
declare -A PORT_OF=()
declare -a INDICATOR_NAMES=() PROJECT_NAMES=() GATEWAY_NAMES=()
instance_name() { if [ "$2" -eq 0 ]; then echo "$1"; else echo "$1-$(($2 + 1))"; fi; }
indicators_list="" projects_list=""
for ((i = 0; i < INSTANCES; i++)); do
  name=$(instance_name indicators-service "$i"); INDICATOR_NAMES+=("$name")
  PORT_OF[$name]=$((INDICATORS_PORT + 2 * i))
  indicators_list+="${indicators_list:+,}http://127.0.0.1:${PORT_OF[$name]}"
  name=$(instance_name projects-service "$i"); PROJECT_NAMES+=("$name")
  PORT_OF[$name]=$((PROJECTS_PORT + 2 * i))
  projects_list+="${projects_list:+,}http://127.0.0.1:${PORT_OF[$name]}"
done
for ((j = 0; j < GATEWAYS; j++)); do
  name=$(instance_name gateway "$j"); GATEWAY_NAMES+=("$name")
  if [ "$j" -eq 0 ]; then PORT_OF[$name]=$GATEWAY_PORT; else PORT_OF[$name]=$((GATEWAY_EXTRA_PORT + j - 1)); fi
done
export INDICATORS_URL=${INDICATORS_URL:-$indicators_list}
export PROJECTS_URL=${PROJECTS_URL:-$projects_list}

ports=$(printf '%s\n' "${PORT_OF[@]}" | sort -n)
if [ -n "$(uniq -d <<<"$ports")" ]; then
  die "$INSTANCES instances and $GATEWAYS gateways need ports that collide ($(uniq -d <<<"$ports" | tr '\n' ' ')); use fewer, or move GATEWAY_EXTRA_PORT"
fi

running() {
  local pidfile="$RUN/$1.pid"
  [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null
}

# A layout change needs a restart: a running gateway would keep its old instance list.
topology=$(cat <<EOF
INSTANCES=$INSTANCES
GATEWAYS=$GATEWAYS
INDICATORS_URL=$INDICATORS_URL
PROJECTS_URL=$PROJECTS_URL
GATEWAY_URLS=$(for g in "${GATEWAY_NAMES[@]}"; do printf 'http://127.0.0.1:%s ' "${PORT_OF[$g]}"; done | sed 's/ $//; s/ /,/g')
RATE_LIMIT_REDIS=${RATE_LIMIT_REDIS:-false}
REDIS_URL=$REDIS_URL
EOF
)
any_running=0
for pidfile in "$RUN"/*.pid; do
  [ -f "$pidfile" ] && running "$(basename "$pidfile" .pid)" && any_running=1
done
if [ "$any_running" = 1 ] && [ -f "$RUN/topology.env" ] && [ "$(cat "$RUN/topology.env")" != "$topology" ]; then
  die "a different layout already runs (see $RUN/topology.env); stop it first with deploy/local/down.sh"
fi

ensure_java() {
  if command -v java >/dev/null && java -version 2>&1 | grep -qE 'version "(1[7-9]|[2-9][0-9])'; then
    return
  fi
  if [ "$(id -u)" -eq 0 ]; then
    log "installing a JDK 17 with apt-get"
    DEBIAN_FRONTEND=noninteractive apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq openjdk-17-jdk-headless >/dev/null
  else
    die "a JDK 17 or newer is needed: sudo apt-get install -y openjdk-17-jdk-headless"
  fi
}

# Redis for the shared buckets: these machines run it on 127.0.0.1:6379; start it when nothing answers.
ensure_redis() {
  local hostport=${REDIS_URL#redis://} host port
  hostport=${hostport%%/*}; hostport=${hostport##*@}
  host=${hostport%%:*}; port=${hostport##*:}; [ "$port" = "$hostport" ] && port=6379
  if command -v redis-cli >/dev/null && redis-cli -h "$host" -p "$port" ping 2>/dev/null | grep -q PONG; then
    return
  fi
  if ! command -v redis-server >/dev/null; then
    [ "$(id -u)" -eq 0 ] || die "Redis is needed for several gateways: sudo apt-get install -y redis-server"
    log "installing Redis with apt-get"
    DEBIAN_FRONTEND=noninteractive apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server >/dev/null
  fi
  [ "$host" = 127.0.0.1 ] || [ "$host" = localhost ] || die "Redis at $REDIS_URL does not answer"
  log "starting Redis on 127.0.0.1:$port (nothing on disk); down.sh leaves it running, like PostgreSQL"
  redis-server --daemonize yes --bind 127.0.0.1 --port "$port" --save "" --appendonly no \
    --dir /tmp --logfile "$LOGS/redis.log"
  for _ in $(seq 1 20); do
    redis-cli -h "$host" -p "$port" ping 2>/dev/null | grep -q PONG && return
    sleep 0.25
  done
  die "Redis did not answer on $host:$port; see $LOGS/redis.log"
}

# A local API key for writes, made once; only its SHA-256 hash reaches the services.
api_key() {
  if [ ! -s "$RUN/api-key" ]; then
    (umask 077; head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n' > "$RUN/api-key")
  fi
  export API_KEY_HASHES="local:$(tr -d '\n' < "$RUN/api-key" | sha256sum | cut -d' ' -f1)"
}

wait_ready() {
  local name=$1 port=${PORT_OF[$1]}
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
if [ "$GATEWAYS" -gt 1 ]; then ensure_redis; fi

missing=0
for module in indicators-service projects-service gateway; do
  [ -f "$ROOT/$module/target/quarkus-app/quarkus-run.jar" ] || missing=1
done
if [ "$missing" = 1 ] || [ "$REBUILD" = 1 ]; then
  log "building the services (./mvnw package -DskipTests)"
  (cd "$ROOT" && ./mvnw -B -q package -DskipTests)
fi

# start NAME MODULE PORT_VARIABLE: one JVM of MODULE on NAME's port, configured by environment only.
start() {
  local name=$1 module=$2 port_var=$3 port=${PORT_OF[$1]}
  if running "$name"; then
    log "$name already runs (pid $(cat "$RUN/$name.pid"))"
    return
  fi
  if curl -fsS -o /dev/null "http://127.0.0.1:$port/q/health/live" 2>/dev/null; then
    die "port $port already answers, but not with a process this script started; stop it first"
  fi
  env "$port_var=$port" nohup java ${JAVA_OPTS:--Xmx512m} \
    -jar "$ROOT/$module/target/quarkus-app/quarkus-run.jar" >"$LOGS/$name.log" 2>&1 &
  echo $! >"$RUN/$name.pid"
  log "started $name (pid $!) on port $port, log $LOGS/$name.log"
}

api_key
printf '%s\n' "$topology" >"$RUN/topology.env"
# The first instance of each service alone, so that Flyway and the dataset loader run once on a fresh
# database; then the other instances; the gateways once every instance answers, so that they find all healthy.
start indicators-service indicators-service INDICATORS_PORT
start projects-service projects-service PROJECTS_PORT
wait_ready indicators-service
wait_ready projects-service
for ((i = 1; i < INSTANCES; i++)); do
  start "${INDICATOR_NAMES[$i]}" indicators-service INDICATORS_PORT
  start "${PROJECT_NAMES[$i]}" projects-service PROJECTS_PORT
done
for ((i = 1; i < INSTANCES; i++)); do
  wait_ready "${INDICATOR_NAMES[$i]}"
  wait_ready "${PROJECT_NAMES[$i]}"
done
for g in "${GATEWAY_NAMES[@]}"; do start "$g" gateway GATEWAY_PORT; done
for g in "${GATEWAY_NAMES[@]}"; do wait_ready "$g"; done

if [ "$INSTANCES" -gt 1 ] || [ "$GATEWAYS" -gt 1 ]; then
  layout="
  Instances           indicators $INDICATORS_URL
                      projects   $PROJECTS_URL
  Gateways            $(grep ^GATEWAY_URLS= "$RUN/topology.env" | cut -d= -f2-) (rate limits in Redis: ${RATE_LIMIT_REDIS:-false})"
else
  layout=""
fi

cat <<INFO

Yanhu Open Data API is up.
  Gateway             http://localhost:$GATEWAY_PORT/api/v1/indicators
  Swagger UI          http://localhost:$GATEWAY_PORT/q/swagger-ui   (also /docs)
  OpenAPI document    http://localhost:$GATEWAY_PORT/q/openapi
  Data explorer       http://localhost:$GATEWAY_PORT/explorer/
  Health              http://localhost:$GATEWAY_PORT/q/health/ready
  Logs                $LOGS
  API key for writes  $RUN/api-key$layout

Try:
  curl 'http://localhost:$GATEWAY_PORT/api/v1/observations?indicator=GDP'
  curl 'http://localhost:$GATEWAY_PORT/api/v1/projects?sector=energy'

Stop with deploy/local/down.sh
INFO
