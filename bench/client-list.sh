#!/usr/bin/env bash
# Client list benchmark: loads generated clients (default 100,000) and measures the client list
# page as a distributor manager and as the analyst sees it (p50, p95).
# Usage: bench/client-list.sh [clients] [max heap, default 1g]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
java -Xmx"${2:-1g}" -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  com.sellout.portal.bench.ClientListBench "${1:-100000}"
