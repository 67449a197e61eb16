#!/usr/bin/env bash
# Sell-out import benchmark: a generated CSV (default 1,000,000 lines) and xlsx (default 200,000
# lines) in distributors' layouts, each measured as (a) reading alone, (b) a bare COPY of the same
# canonical rows, (c) the full import; prints seconds and peak heap per step.
# Usage: bench/sellout-import.sh [csv lines] [xlsx lines] [max heap, default 1g]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
java -Xmx"${3:-1g}" -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  com.sellout.portal.bench.SellOutImportBench "${1:-1000000}" "${2:-200000}"
