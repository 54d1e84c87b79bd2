#!/usr/bin/env bash
# Stops what deploy/local/up.sh started (every instance and gateway), by the process ids it recorded:
# the gateways first, so that no request reaches an instance on its way down. PostgreSQL and Redis keep running.
set -euo pipefail

RUN="$(cd "$(dirname "$0")" && pwd)/run"
stop() {
  local pidfile=$1 name pid
  name=$(basename "$pidfile" .pid)
  pid=$(cat "$pidfile")
  if kill -0 "$pid" 2>/dev/null; then
    kill "$pid"
    for _ in $(seq 1 30); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.5
    done
    kill -0 "$pid" 2>/dev/null && kill -9 "$pid"
    echo "down.sh: stopped $name (pid $pid)"
  fi
  rm -f "$pidfile"
}

shopt -s nullglob
for pidfile in "$RUN"/gateway*.pid; do stop "$pidfile"; done
pids=()
for pidfile in "$RUN"/*.pid; do stop "$pidfile" & pids+=($!); done
for pid in "${pids[@]}"; do wait "$pid"; done
rm -f "$RUN/topology.env"
