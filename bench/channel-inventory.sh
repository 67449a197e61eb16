#!/usr/bin/env bash
# Channel inventory benchmark: builds the shared channel dataset (3 distributors × 2,000 products ×
# 36 months, N sell-out lines, default 10,000,000; monthly stock reports and sell-in), recomputes
# every distributor's inventory, then times the inventory page and API (p50 / p95).
# Usage: bench/channel-inventory.sh [lines|smoke] [max heap, default 2g] [data dir: kept and reused]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
java -Xmx"${2:-2g}" -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  com.sellout.portal.bench.InventoryBench "${1:-10000000}" "${3:-}"
