#!/usr/bin/env bash
# Stops what deploy/local/up.sh started, by the process ids it recorded. PostgreSQL keeps running.
set -euo pipefail

RUN="$(cd "$(dirname "$0")" && pwd)/run"
for service in gateway projects-service indicators-service; do
  pidfile="$RUN/$service.pid"
  [ -f "$pidfile" ] || continue
  pid=$(cat "$pidfile")
  if kill -0 "$pid" 2>/dev/null; then
    kill "$pid"
    for _ in $(seq 1 30); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.5
    done
    kill -0 "$pid" 2>/dev/null && kill -9 "$pid"
    echo "down.sh: stopped $service (pid $pid)"
  fi
  rm -f "$pidfile"
done
