#!/usr/bin/env bash
# Extraction throughput: a 20,000-character report must be extracted in under one second.
# Compiles indicators-service if its classes are missing, then runs the benchmark under the build lock.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
seeds="${SEEDS:-}"
if [[ -z "$seeds" ]]; then
  for dir in "$root/../shared/seeds" "$root/../../shared/seeds"; do
    [[ -d "$dir" ]] && seeds="$dir" && break
  done
fi
[[ -n "$seeds" ]] || { echo "no shared/seeds found beside the repository; set SEEDS=" >&2; exit 2; }
classes=indicators-service/target/classes
# the extractor reads its qualifier words and comparators from api-conventions
shared=api-conventions/target/classes
if [[ ! -f "$classes/org/yanhu/opendata/indicators/extraction/FigureExtractor.class" \
      || ! -f "$shared/org/yanhu/opendata/api/quantity/QualifierWords.class" ]]; then
  flock /tmp/yanhu-build.lock ./mvnw -B -q -o -pl indicators-service -am compile
fi
flock /tmp/yanhu-build.lock java -cp "$classes:$shared" bench/extraction/ExtractionBench.java "$seeds" \
  indicators-service/src/main/resources/dataset/indicators.csv
