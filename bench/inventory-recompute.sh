#!/usr/bin/env bash
# The channel inventory's write side: generates 3 distributors × P products × 36 months with N sell-out
# lines (default 10,000,000 and 2,000) straight into the tables, then times a full recompute of one
# distributor, a recompute of its last month, and every distributor's.
# Usage: bench/inventory-recompute.sh [lines] [products] [max heap, default 1g]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
java -Xmx"${3:-1g}" -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  com.sellout.portal.bench.InventoryRecomputeBench "${1:-10000000}" "${2:-2000}"
