#!/usr/bin/env bash
# BI feed benchmark on the shared channel dataset (the one bench/analytics.sh builds: 3 distributors ×
# 2,000 products × 36 months, 10,000,000 sell-out lines; smoke: a small one): SellOutLines read through
# all its pages over HTTP (rows/s) against a COPY (select … the same rows …) TO STDOUT in the same run
# (the ratio), twice; then SellOutMonthly read whole.
# Usage: bench/odata.sh [full|medium|smoke] [max heap, default 2g] [data dir: kept and reused]
# BENCH_JAVA_OPTS: more JVM options, e.g. -XX:StartFlightRecording=filename=odata.jfr,settings=profile
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
java ${BENCH_JAVA_OPTS:-} -Xmx"${2:-2g}" -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  com.sellout.portal.bench.OdataBench "${1:-full}" "${3:-}"
