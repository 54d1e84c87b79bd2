#!/usr/bin/env bash
# Shows that several instances behave as one service. Starts its own system with
# `up.sh --instances 2 --gateways 2` on scratch databases (indicators_scaleout, projects_scaleout, so that the
# test write never reaches the served data), checks three things, and stops what it started:
#
#   1. requests through the gateways are spread over every instance: each instance's own Prometheus counter
#      (http_server_requests_seconds_count on its /q/metrics) moves by its share;
#   2. a write through one instance is visible through every other within a second (plus one request):
#      the services cache by a data version that each instance re-reads at most once a second;
#   3. the rate limit is shared: the two gateways, taking turns, let one anonymous caller through only as
#      often as one bucket allows (RATE_LIMIT_ANONYMOUS), because the bucket lives in Redis.
#
# It listens on 8080-8084 and 8090, so run it under the system lock:
#   flock /tmp/yanhu-system.lock deploy/local/check-instances.sh
# Prints one line per check and 'N passed, N failed'; exits non-zero when a check failed.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
RUN="$ROOT/deploy/local/run"
INSTANCES=2
GATEWAYS=2
REQUESTS=${CHECK_REQUESTS:-40}           # per service, for the spread
VISIBLE_WITHIN_MS=${CHECK_VISIBLE_WITHIN_MS:-1250}
LIMIT=${CHECK_RATE_LIMIT:-60}            # anonymous requests per minute, for check 3

export INDICATORS_DB_NAME=${CHECK_INDICATORS_DB:-indicators_scaleout}
export PROJECTS_DB_NAME=${CHECK_PROJECTS_DB:-projects_scaleout}
export RATE_LIMIT_ANONYMOUS=$LIMIT
# A key prefix of this run's own, so that no earlier bucket in the shared Redis counts.
export GATEWAY_RATE_LIMIT_REDIS_KEY_PREFIX="yanhu-check-instances:$(date +%s)-$$:"

passed=0 failed=0
ok() { printf 'ok     %s\n' "$*"; passed=$((passed + 1)); }
fail() { printf 'FAIL   %s\n' "$*"; failed=$((failed + 1)); }
info() { printf '       %s\n' "$*"; }
now_ms() { date +%s%3N; }

for pidfile in "$RUN"/*.pid; do
  [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null || continue
  echo "check-instances.sh: a system started by up.sh runs already ($(basename "$pidfile" .pid)); stop it with down.sh" >&2
  exit 1
done
trap 'bash "$ROOT/deploy/local/down.sh" >/dev/null 2>&1 || true' EXIT
started=$(now_ms)
bash "$ROOT/deploy/local/up.sh" --instances "$INSTANCES" --gateways "$GATEWAYS" | grep -E '^up.sh: (started|.* ready)'
# shellcheck disable=SC1091
source "$RUN/topology.env"
IFS=, read -r -a IND <<<"$INDICATORS_URL"
IFS=, read -r -a PRJ <<<"$PROJECTS_URL"
IFS=, read -r -a GWS <<<"$GATEWAY_URLS"
KEY=$(tr -d '\n' <"$RUN/api-key")
AUTH="Authorization: Bearer $KEY"
printf '\nstarted %s x indicators, %s x projects, %s gateways in %s ms\n\n' "${#IND[@]}" "${#PRJ[@]}" "${#GWS[@]}" \
  $(($(now_ms) - started))

# The count of /api/v1 requests an instance has answered, from its own Prometheus endpoint.
api_requests() {
  curl -fsS "$1/q/metrics" | awk '/^http_server_requests_seconds_count\{/ && /uri="\/api\/v1\// { n += $NF }
    END { printf "%d\n", n }'
}

# 1. Spread ------------------------------------------------------------------------------------------------
spread() {
  local service=$1 path=$2; shift 2
  local instances=("$@") before=() i g n total=0 min=$REQUESTS line=""
  for i in "${!instances[@]}"; do before[$i]=$(api_requests "${instances[$i]}"); done
  for ((n = 0; n < REQUESTS; n++)); do
    g=${GWS[$((n % ${#GWS[@]}))]}
    curl -fsS -o /dev/null -H "$AUTH" "$g$path"
  done
  for i in "${!instances[@]}"; do
    local delta=$(($(api_requests "${instances[$i]}") - before[i]))
    total=$((total + delta)); [ "$delta" -lt "$min" ] && min=$delta
    line+="${instances[$i]#http://127.0.0.1}=$delta "
  done
  # Round-robin per gateway gives each of N instances REQUESTS/N; allow a skew of a quarter of that.
  local share=$((REQUESTS / ${#instances[@]}))
  if [ "$total" -eq "$REQUESTS" ] && [ "$min" -ge $((share * 3 / 4)) ]; then
    ok "spread: $REQUESTS requests for $path through ${#GWS[@]} gateways reached every $service instance ($line)"
  else
    fail "spread: $REQUESTS requests for $path: $line(total $total, expected $share each)"
  fi
}
spread indicators "/api/v1/indicators/GDP/observations" "${IND[@]}"
spread projects "/api/v1/projects?sector=energy" "${PRJ[@]}"

# 2. A write through one instance, read through every other ----------------------------------------------
# wait_visible NAME URL PATTERN: polls URL until its body matches PATTERN; prints the milliseconds it took.
visible_after() {
  local url=$1 pattern=$2 since=$3 body
  while :; do
    body=$(curl -sS "$url" || true)
    if grep -q -- "$pattern" <<<"$body"; then echo $(($(now_ms) - since)); return 0; fi
    [ $(($(now_ms) - since)) -gt 5000 ] && { echo "never (5000+)"; return 1; }
    sleep 0.02
  done
}

write_check() {
  local what=$1 writer=$2 write_path=$3 body=$4 read_path=$5 pattern=$6; shift 6
  local readers=("$@") r code t0 ms worst=0 line="" late=0
  # Every reader has answered (and cached) the read before the write, so a stale cache would show.
  for r in "${readers[@]}"; do curl -sS -o /dev/null "$r$read_path"; curl -sS -o /dev/null "$r$read_path"; done
  code=$(curl -sS -o /tmp/check-instances-write.json -w '%{http_code}' -H "$AUTH" \
    -H 'Content-Type: application/json' --data-binary "$body" "$writer$write_path")
  t0=$(now_ms)
  if [ "$code" != 200 ]; then
    fail "visibility ($what): the write through $writer answered $code: $(head -c 400 /tmp/check-instances-write.json)"
    return
  fi
  for r in "${readers[@]}"; do
    if ms=$(visible_after "$r$read_path" "$pattern" "$t0"); then
      [ "$ms" -gt "$worst" ] && worst=$ms
      [ "$ms" -gt "$VISIBLE_WITHIN_MS" ] && late=1
    else
      late=1
    fi
    line+="${r#http://127.0.0.1} after ${ms} ms "
  done
  if [ "$late" = 0 ]; then
    ok "visibility ($what): written through ${writer#http://127.0.0.1}, read through $line(limit $VISIBLE_WITHIN_MS ms)"
  else
    fail "visibility ($what): written through ${writer#http://127.0.0.1}, read through $line(limit $VISIBLE_WITHIN_MS ms)"
  fi
}

# A figure of its own each run (a new version of GDP for 2099 in the scratch database), in a quote that states it.
value=$(( $(date +%s) % 1000000 + 1000 ))
observation=$(cat <<JSON
{"observations":[{"indicator":"GDP","region":"140802","period":"2099","kind":"actual","comparator":"eq",
"value":$value,"unit":"亿元","source":"000_1861cacfb8655aea","quote":"多实例检查：全区地区生产总值${value}亿元"}]}
JSON
)
write_check "indicators: an imported observation" "${IND[0]}" /api/v1/observations/import "$observation" \
  "/api/v1/observations?indicator=GDP&period=2099" "\"value\":$value[,}]" "${IND[@]:1}"

project_id="scaleout-check-$value"
project=$(cat <<JSON
{"reason":"check-instances.sh: a write seen by every instance","units":[],"sources":[],
"projects":[{"id":"$project_id","name":{"zh":"多实例检查项目","en":"Scale-out check project"},
"description":null,"sector":"energy.solar","town":null,"year":2099,
"releases":[{"source":"004_006121198c1df0a0","period":"2099","verb":"规划建设","quote":"多实例检查项目规划建设"}],"metrics":[]}],
"pledges":[]}
JSON
)
write_check "projects: an imported project" "${PRJ[0]}" /api/v1/projects/import "$project" \
  "/api/v1/projects/$project_id" "\"id\":\"$project_id\"" "${PRJ[@]:1}"

# 3. One rate limit for the two gateways ---------------------------------------------------------------------
# Anonymous requests (this script's address), taking turns between the gateways, until the first 429.
served=() remaining="" first_429="" limited_at=0 n=0 t0=$(now_ms)
for g in "${GWS[@]}"; do served+=(0); done
while [ "$n" -lt $((LIMIT * 3)) ]; do
  gi=$((n % ${#GWS[@]}))
  headers=$(curl -sS -o /dev/null -D - "${GWS[$gi]}/api/v1/regions" | tr -d '\r')
  status=$(awk 'NR == 1 { print $2 }' <<<"$headers")
  n=$((n + 1))
  if [ "$status" = 429 ]; then
    first_429="${GWS[$gi]#http://127.0.0.1} after $((n - 1)) requests"; limited_at=$gi; break
  fi
  served[$gi]=$((served[gi] + 1))
  remaining+="$(awk -F': ' 'tolower($1) == "ratelimit-remaining" { print $2 }' <<<"$headers") "
done
elapsed_s=$(( ($(now_ms) - t0 + 999) / 1000 ))
total=0; per_gateway=""
for gi in "${!GWS[@]}"; do total=$((total + served[gi])); per_gateway+="${GWS[$gi]#http://127.0.0.1}=${served[$gi]} "; done
# The bucket refills LIMIT tokens a minute, so the run may earn a few more than LIMIT; unshared buckets would
# let about ${#GWS[@]} x LIMIT through.
allowed=$((LIMIT + (LIMIT * elapsed_s + 59) / 60 + 1))
other=${GWS[$(( (limited_at + 1) % ${#GWS[@]} ))]}
# The other gateway must draw on the same, empty bucket: a 429, or, when a token has trickled back in (the
# bucket refills one a second), a 200 with nothing left after it. Its own bucket would still hold about half.
other_headers=$(curl -sS -o /dev/null -D - "$other/api/v1/regions" | tr -d '\r')
other_status=$(awk 'NR == 1 { print $2 }' <<<"$other_headers")
other_remaining=$(awk -F': ' 'tolower($1) == "ratelimit-remaining" { print $2 }' <<<"$other_headers")
if [ "$other_status" = 200 ] && [ "${other_remaining:-99}" -le 1 ]; then other_status="200 (remaining $other_remaining)"; fi
keys=$(redis-cli -u "$REDIS_URL" --scan --pattern "${GATEWAY_RATE_LIMIT_REDIS_KEY_PREFIX}*" 2>/dev/null | tr '\n' ' ')
if [ -n "$first_429" ] && [ "$total" -le "$allowed" ] && [ "$total" -ge $((LIMIT - 1)) ] \
   && { [ "$other_status" = 429 ] || [[ "$other_status" == "200 (remaining "* ]]; }; then
  ok "rate limit shared: a bucket of $LIMIT/min let $total requests through over ${#GWS[@]} gateways ($per_gateway) before a 429 at $first_429; the other gateway then answered $other_status too"
else
  fail "rate limit: $total requests through ($per_gateway), first 429: ${first_429:-none}, other gateway then $other_status; shared would be $LIMIT to $allowed"
fi
info "RateLimit-Remaining, in turn from each gateway: $(echo "$remaining" | cut -d' ' -f1-8) ... $(echo "$remaining" | awk '{ print $(NF-1), $NF }')"
info "bucket keys in Redis: ${keys:-none}"

printf '\n%d passed, %d failed\n' "$passed" "$failed"
[ "$failed" -eq 0 ]
