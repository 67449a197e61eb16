#!/usr/bin/env bash
# What the reporting roles' scope functions cost the application's queries (issue 19): EXPLAIN
# ANALYZE execution times with the functions before (V1_1) and after (V13_20), same run, same data.
# Usage: bench/reporting-scope.sh [sell-out lines, default 300000] [max heap, default 2g]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
java -Xmx"${2:-2g}" -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  com.sellout.portal.bench.ReportingScopeBench "${1:-300000}"
