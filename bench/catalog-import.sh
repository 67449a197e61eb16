#!/usr/bin/env bash
# Catalog import benchmark: imports a generated catalog (default 100,000 products) three times
# into a fresh embedded PostgreSQL and prints seconds and peak heap per run.
# Usage: bench/catalog-import.sh [products] [max heap, default 1g]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
java -Xmx"${2:-1g}" -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  com.sellout.portal.bench.CatalogImportBench "${1:-100000}"
