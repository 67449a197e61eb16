#!/usr/bin/env bash
# Forecast benchmark: builds the shared channel dataset (3 distributors × 2,000 products × 36 months;
# smoke: 3 × 200 × 24), fills the rollups and the channel inventory, then (a) a full refit through the
# refit's own path — every series read, fitted and backtested on the bounded pool, stored — with the
# series count, series per second and seconds; (b) a refit with nothing changed; (c) the forecast and
# sell-in API from the stored forecasts (p50 / p95) for one series, a group and all; (e) the page
# /forecast with a logged-in session for one series, a group, one distributor and everything.
# Usage: bench/forecast.sh [full|smoke] [max heap, default 2g] [data dir: kept and reused]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
java -Xmx"${2:-2g}" -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  com.sellout.portal.bench.ForecastBench "${1:-full}" "${3:-}"
