#!/usr/bin/env bash
# Lints the merged OpenAPI document of a running gateway with Spectral (ruleset spectral:oas) and
# Redocly (recommended rules). Exits non-zero when either reports an error; warnings are printed only.
#
#   gateway/src/test/openapi-lint/openapi-lint.sh [gateway base URL, default $GATEWAY_URL or http://localhost:8080]
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
url=${1:-${GATEWAY_URL:-http://localhost:8080}}
export REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true NO_UPDATE_NOTIFIER=1

if [ ! -x "$here/node_modules/.bin/spectral" ] || [ ! -x "$here/node_modules/.bin/redocly" ]; then
  echo "openapi-lint: installing the linters (npm ci)" >&2
  npm ci --prefix "$here" --no-audit --no-fund --loglevel=error >&2
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
curl -fsS -H 'Accept: application/json' "$url/q/openapi" -o "$work/openapi.json"
echo "openapi-lint: $(wc -c < "$work/openapi.json") bytes from $url/q/openapi"

status=0
echo "== spectral lint (spectral:oas)"
"$here/node_modules/.bin/spectral" lint --ruleset "$here/.spectral.yaml" --fail-severity error \
  --format text "$work/openapi.json" || status=1
echo "== redocly lint (recommended)"
(cd "$here" && ./node_modules/.bin/redocly lint --config "$here/redocly.yaml" --format stylish \
  "$work/openapi.json") || status=1

if [ "$status" -eq 0 ]; then
  echo "openapi-lint: no errors"
else
  echo "openapi-lint: the merged document has errors (see above)" >&2
fi
exit "$status"
