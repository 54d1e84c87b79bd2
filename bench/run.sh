#!/usr/bin/env bash
# Runs the benchmark: bench/run.sh (full) or bench/run.sh --smoke (every scenario briefly, < 2 minutes).
# Other options: see bench/README.md or `bench/run.sh --help`.
#
# Starts nginx, the services and the gateway on ports 28080-28090 with their own databases
# (indicators_bench, projects_bench), writes bench/results/<timestamp>-<mode>.json and .md and
# bench/results/latest.md, and stops everything it started when it exits, however it exits.
set -euo pipefail

BENCH=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
WORK="$BENCH/work"
PIDS="$WORK/pids"

log() { printf 'run.sh: %s\n' "$*" >&2; }

# Stop every process the harness recorded, even if the harness itself was killed.
stop_started() {
  local file pid
  for file in "$PIDS"/*.pid; do
    [ -e "$file" ] || continue
    pid=$(cat "$file")
    if kill -0 "$pid" 2>/dev/null; then
      log "stopping $(basename "$file" .pid) (pid $pid)"
      kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
      for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
      kill -KILL -- "-$pid" 2>/dev/null || true
    fi
    rm -f "$file"
  done
}
trap stop_started EXIT
trap 'exit 130' INT TERM

# Tools: wrk, hey and nginx are Debian packages; psql and python3 are needed too.
missing=()
command -v wrk >/dev/null || missing+=(wrk)
command -v hey >/dev/null || missing+=(hey)
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || missing+=(nginx)
command -v psql >/dev/null || missing+=(postgresql-client)
command -v python3 >/dev/null || missing+=(python3)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
    log "installing ${missing[*]} with apt-get"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    log "missing tools: ${missing[*]}; install them (Debian/Ubuntu: sudo apt-get install ${missing[*]})"
    exit 2
  fi
fi
export PATH="$PATH:/usr/sbin"

mkdir -p "$PIDS"
stop_started  # leftovers of a run that was killed hard
cd "$BENCH/lib"
python3 harness.py "$@"
