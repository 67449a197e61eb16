#!/usr/bin/env bash
# Sell-out data view benchmark: loads N accepted lines (default 5,000,000) as 36 active reports and
# times the view's totals and first page for several filters (p50 / p95 of 30 asks).
# Usage: bench/sellout-data.sh [lines] [max heap, default 2g]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
java -Xmx"${2:-2g}" -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  com.sellout.portal.bench.SellOutDataBench "${1:-5000000}"
