#!/usr/bin/env bash
# The reliability harness of issue 12: bad input at scale, faults, security checks and a soak, against
# a system of its own on this machine (loopback only), with bounded counts. It leaves the machine as
# it found it: what it starts it stops, and its PostgreSQL cluster is dropped at the end.
#
#   reliability/run.sh --short     every part briefly (CI, at most 4 minutes)
#   reliability/run.sh --full      the full run: 10,000 fuzz requests, 10 minutes of soak
#   reliability/run.sh --full --only fuzz,security    some parts only (fuzz, security, soak, faults)
#   reliability/run.sh --short --build                 rebuild the jars first (./mvnw package -DskipTests)
#
# On the shared machine, take both locks: system outside, build inside:
#   flock /tmp/yanhu-system.lock flock /tmp/yanhu-build.lock reliability/run.sh --full
set -uo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
REL="$ROOT/reliability"
MODE=full
PARTS=security,fuzz,soak,faults
BUILD=0
while [ $# -gt 0 ]; do
  case "$1" in
    --short) MODE=short ;;
    --full) MODE=full ;;
    --only) PARTS=$2; shift ;;
    --build) BUILD=1 ;;
    -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
    *) echo "run.sh: unknown option $1" >&2; exit 2 ;;
  esac
  shift
done

STAMP=$(date -u +%Y%m%dT%H%M%SZ)
WORK="$REL/work"
OUT="$REL/results/$STAMP-$MODE"
mkdir -p "$WORK/logs" "$WORK/pids" "$OUT"
LOG="$WORK/logs/run-$STAMP.log"
log() { printf 'reliability: %s\n' "$*" | tee -a "$LOG"; }
started_at=$(date +%s)

# ---- preflight ---------------------------------------------------------------------------------------
command -v node >/dev/null || { log "Node.js 18 or newer is needed (apt-get install -y nodejs npm)"; exit 2; }
node -e 'process.exit(Number(process.versions.node.split(".")[0]) >= 18 ? 0 : 1)' \
  || { log "Node.js 18 or newer is needed, found $(node --version)"; exit 2; }
if [ ! -d "$REL/node_modules/ajv" ] || [ "$REL/package-lock.json" -nt "$REL/node_modules/.package-lock.json" ]; then
  log "installing the harness's npm packages (npm ci)"
  (cd "$REL" && npm ci --no-audit --no-fund --loglevel=error) >>"$LOG" 2>&1 || { log "npm ci failed; see $LOG"; exit 2; }
fi
for p in $(seq 8080 8099) 5440; do
  if ss -ltnH "sport = :$p" | grep -q .; then
    log "port $p is in use: the harness starts a system of its own on 8080-8099 and a PostgreSQL cluster on 5440."
    log "Stop what runs there first (deploy/local/down.sh), then run again."
    exit 2
  fi
done

if [ "$BUILD" = 1 ]; then
  log "building the jars (./mvnw -B -q package -DskipTests)"
  (cd "$ROOT" && ./mvnw -B -q package -DskipTests) >>"$LOG" 2>&1 || { log "the build failed; see $LOG"; exit 2; }
fi

# ---- a PostgreSQL cluster of its own, so that the shared server on 5432 is never stopped ------------
PGVERSION=$(ls /etc/postgresql 2>/dev/null | sort -V | tail -n 1)
[ -n "$PGVERSION" ] || { log "PostgreSQL is not installed (deploy/local/db.sh installs it as root)"; exit 2; }
export REL_PGVERSION=$PGVERSION REL_PGCLUSTER=faults REL_PGPORT=5440
KEYFILE="$ROOT/deploy/local/run/api-key"
KEY_EXISTED=0; [ -s "$KEYFILE" ] && KEY_EXISTED=1

cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  log "cleaning up"
  for pidfile in "$WORK"/pids/*.pid; do
    [ -f "$pidfile" ] || continue
    pid=$(cat "$pidfile")
    kill "$pid" 2>/dev/null && sleep 1
    kill -9 "$pid" 2>/dev/null
    rm -f "$pidfile"
  done
  bash "$ROOT/deploy/local/down.sh" >>"$LOG" 2>&1 || true
  if pg_lsclusters --no-header 2>/dev/null | awk '{print $1"/"$2}' | grep -qx "$PGVERSION/faults"; then
    pg_dropcluster --stop "$PGVERSION" faults >>"$LOG" 2>&1 && log "dropped cluster $PGVERSION/faults"
  fi
  [ "$KEY_EXISTED" = 1 ] || rm -f "$KEYFILE"
  log "done in $(( $(date +%s) - started_at )) s; results in ${OUT#"$ROOT"/}"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

if pg_lsclusters --no-header | awk '{print $1"/"$2}' | grep -qx "$PGVERSION/faults"; then
  log "dropping the cluster $PGVERSION/faults left by an earlier run"
  pg_dropcluster --stop "$PGVERSION" faults >>"$LOG" 2>&1
fi
log "creating PostgreSQL cluster $PGVERSION/faults on port 5440"
pg_createcluster "$PGVERSION" faults --port 5440 >>"$LOG" 2>&1 || { log "pg_createcluster failed; see $LOG"; exit 2; }
pg_ctlcluster --skip-systemctl-redirect "$PGVERSION" faults start >>"$LOG" 2>&1 || { log "cannot start the cluster; see $LOG"; exit 2; }
# deploy/local/db.sh provisions the roles and databases as the postgres role: over TCP when that works, else
# through the local socket as the postgres OS user. This cluster's postgres role has no password, so db.sh's
# TCP probe fails and the fallback gets the SQL on its standard input: the check that the probe (psql -w,
# </dev/null) never reads that input (issue 12). Unset PGPASSWORD so that a caller's cannot hide it.
unset PGPASSWORD

# ---- the system, started by deploy/local/up.sh against that cluster, rate limits lifted --------------
export PGPORT=5440
export RATE_LIMIT_ANONYMOUS=1000000000 RATE_LIMIT_KEYED=1000000000
UP_ARGS=""
if grep -q -- '--instances' "$ROOT/deploy/local/up.sh"; then
  UP_ARGS="--instances 2"
else
  log "deploy/local/up.sh has no --instances: one instance per service, and the instance-kill fault is skipped"
fi
export REL_UP="bash $ROOT/deploy/local/up.sh $UP_ARGS"
export REL_INSTANCES=${UP_ARGS:+2}
log "starting the system: deploy/local/up.sh $UP_ARGS (PGPORT=5440, rate limits lifted)"
t0=$(date +%s)
$REL_UP >>"$WORK/logs/up.log" 2>&1 || { log "up.sh failed; the end of $WORK/logs/up.log:"; tail -n 30 "$WORK/logs/up.log"; exit 2; }
log "system up in $(( $(date +%s) - t0 )) s"
GW=http://127.0.0.1:8080

# ---- the parts ----------------------------------------------------------------------------------------
if [ "$MODE" = short ]; then
  FUZZ_REQUESTS=2000; SOAK_SECONDS=60; SOAK_SAMPLE=10; RAMP="8,32"; RAMP_SECONDS=3; FAULT_MODE=short
else
  FUZZ_REQUESTS=10000; SOAK_SECONDS=600; SOAK_SAMPLE=30; RAMP="2,4,8,16,32,64"; RAMP_SECONDS=5; FAULT_MODE=full
fi

SYSLOGS="$ROOT/deploy/local/run/logs"
declare -A RESULT OFFSET
# What the system logged during a part: ERROR and WARN lines by kind, from the services' and gateways' logs.
mark_logs() {
  OFFSET=()
  for f in "$SYSLOGS"/*.log; do [ -f "$f" ] && OFFSET[$f]=$(stat -c %s "$f"); done
}
log_findings() {
  local name=$1 f off lines
  {
    echo "### What the system logged during $name (ERROR and WARN lines, by kind)"
    echo
    for f in "$SYSLOGS"/*.log; do
      [ -f "$f" ] || continue
      off=${OFFSET[$f]:-0}
      [ "$(stat -c %s "$f")" -lt "$off" ] && off=0   # restarted: the log was written anew
      lines=$(tail -c +$((off + 1)) "$f" | grep -E '^[0-9:.]+ +(ERROR|WARN) ' \
        | sed -E 's/^[0-9:.]+ +//; s/\[[^]]*\] //; s/[0-9a-f]{8}-[0-9a-f-]{27}/<id>/g; s/fz[0-9a-z]+-[0-9]+/<id>/g' | cut -c1-160 | sort | uniq -c | sort -rn | head -n 8)
      [ -n "$lines" ] && { echo "- $(basename "$f"):"; sed 's/^ */  - ×/' <<<"$lines"; }
    done
    echo
  } >"$OUT/logs-$name.md"
}
run_part() {
  local name=$1; shift
  log "part $name: $*"
  local t=$(date +%s)
  mark_logs
  (cd "$ROOT" && "$@") 2>&1 | tee -a "$LOG" "$WORK/logs/$name.log"
  local rc=${PIPESTATUS[0]}
  log_findings "$name"
  RESULT[$name]="$([ "$rc" = 0 ] && echo PASS || echo "FAIL (exit $rc)") in $(( $(date +%s) - t )) s"
  log "part $name: ${RESULT[$name]}"
}

has() { [[ ",$PARTS," == *",$1,"* ]]; }
has security && run_part security node "$REL/security.mjs" --base "$GW" --out "$OUT" --key-file "$KEYFILE" --mode "$MODE"
has fuzz && run_part fuzz node "$REL/fuzz.mjs" --base "$GW" --requests "$FUZZ_REQUESTS" --out "$OUT" --key-file "$KEYFILE"
has soak && run_part soak node "$REL/soak.mjs" --base "$GW" --seconds "$SOAK_SECONDS" --sample "$SOAK_SAMPLE" \
  --ramp "$RAMP" --ramp-seconds "$RAMP_SECONDS" --out "$OUT" --key-file "$KEYFILE" --mode "$MODE"
if has faults; then
  # The instance kill last: in short mode the killed instance is not started again.
  run_part import-kill node "$REL/faults/import-kill.mjs" --base "$GW" --out "$OUT" --key-file "$KEYFILE" --mode "$FAULT_MODE"
  run_part postgres-stop node "$REL/faults/postgres-stop.mjs" --base "$GW" --out "$OUT" --mode "$FAULT_MODE"
  if [ -n "$REL_INSTANCES" ]; then
    run_part instance-kill node "$REL/faults/instance-kill.mjs" --base "$GW" --out "$OUT" --mode "$FAULT_MODE"
  else
    RESULT[instance-kill]="SKIPPED: up.sh has no --instances"
  fi
fi

# ---- summary ------------------------------------------------------------------------------------------
{
  echo "# Reliability run $STAMP ($MODE)"
  echo
  echo "Commit $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)$(git -C "$ROOT" diff --quiet 2>/dev/null || echo ' (with local changes)'), $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores; system: deploy/local/up.sh $UP_ARGS on PostgreSQL $PGVERSION (own cluster, port 5440)."
  echo
  echo "| part | result |"
  echo "|---|---|"
  for k in security fuzz soak import-kill postgres-stop instance-kill; do
    [ -n "${RESULT[$k]:-}" ] && echo "| $k | ${RESULT[$k]} |"
  done
  echo
  for k in security fuzz soak import-kill postgres-stop instance-kill; do
    [ -f "$OUT/$k.md" ] && { cat "$OUT/$k.md"; echo; }
    [ -f "$OUT/logs-$k.md" ] && { cat "$OUT/logs-$k.md"; echo; }
  done
} >"$OUT/summary.md"
log "summary: ${OUT#"$ROOT"/}/summary.md"
failed=0
for k in "${!RESULT[@]}"; do
  case "${RESULT[$k]}" in FAIL*) failed=1 ;; esac
  echo "  $k: ${RESULT[$k]}"
done
passed=$(for k in "${!RESULT[@]}"; do echo "${RESULT[$k]}"; done | grep -c '^PASS')
failures=$(for k in "${!RESULT[@]}"; do echo "${RESULT[$k]}"; done | grep -c '^FAIL')
echo "reliability: $passed passed, $failures failed"
exit "$failed"
