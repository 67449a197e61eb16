#!/usr/bin/env bash
# Channel benchmark: FTP upload-to-result times (one client, then four at once) and e-mail
# read-to-reply time, end to end through the portal, on a durable embedded database.
# Usage: bench/channels.sh [files=100] [lines per file=1000] [max heap, default 1g]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
java -Xmx"${3:-1g}" -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  com.sellout.portal.bench.ChannelBench "${1:-100}" "${2:-1000}"
