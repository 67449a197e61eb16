#!/usr/bin/env bash
# Analytics benchmark: builds the shared channel dataset (3 distributors × 2,000 products × 36 months,
# 10,000,000 sell-out lines, 5,000 clients; smoke: a small one), fills the sales rollups by refreshing
# every report through their maintenance path, then times (a) the rollups' update after a new
# 100,000-line report and (b) every dashboard widget (p50 / p95 over 30 runs) from the rollups and
# straight from the lines, with the ratio.
# Usage: bench/analytics.sh [full|smoke] [max heap, default 2g] [data dir: kept and reused]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
java -Xmx"${2:-2g}" -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  com.sellout.portal.bench.AnalyticsBench "${1:-full}" "${3:-}"
