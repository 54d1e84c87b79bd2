#!/usr/bin/env bash
# Copies the running services' OpenAPI documents into the gateway's test resources, so that the merge
# tests (OpenApiMergerTest, OpenApiDocumentTest) run on what the services really publish.
#   gateway/src/test/stage-service-documents.sh [indicators-url] [projects-url]
set -euo pipefail
indicators=${1:-http://127.0.0.1:8081}
projects=${2:-http://127.0.0.1:8082}
here=$(cd "$(dirname "$0")" && pwd)
for pair in "indicators=$indicators" "projects=$projects"; do
  name=${pair%%=*}
  url=${pair#*=}
  curl -fsS -H 'Accept: application/json' "$url/q/openapi?format=json" -o "$here/resources/upstream/$name-openapi.json"
  echo "staged $name-openapi.json from $url ($(wc -c < "$here/resources/upstream/$name-openapi.json") bytes)"
done
