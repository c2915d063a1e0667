#!/usr/bin/env bash
# Live fan-out benchmark: starts the app (development run: embedded PostgreSQL in a throwaway folder,
# demo blog), opens READERS server-sent-event readers on the demo blog, publishes ENTRIES entries through
# the back office and prints delivery latency, misses and server memory per reader. Loopback only.
#   bench/sse-fanout.sh [READERS=10000] [ENTRIES=20]
set -euo pipefail
cd "$(dirname "$0")/.."
READERS=${1:-10000}
ENTRIES=${2:-20}
PORT=${BENCH_PORT:-8181}
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAVA="$JAVA_HOME/bin/java"
# Each reader is a socket on both sides: raise the file-descriptor limit as far as allowed.
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
echo "file descriptors per process: $(ulimit -n)"

./mvnw -B -q -ntp test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test >/dev/null
DATA=$(mktemp -d)
"$JAVA" -Xms512m -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" \
  news.liveblog.DevLiveBlogApplication --server.port="$PORT" --server.address=127.0.0.1 \
  --liveblog.dev.data-directory="$DATA" --logging.level.root=WARN > target/bench-server.log 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; wait $SERVER 2>/dev/null; rm -rf "$DATA"' EXIT
for _ in $(seq 1 120); do
  curl -fs "http://127.0.0.1:$PORT/actuator/health" >/dev/null 2>&1 && break
  sleep 1
done
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB; $("$JAVA" -version 2>&1 | head -1)"
"$JAVA" -Xmx2g bench/SseFanOut.java --base "http://127.0.0.1:$PORT" --readers "$READERS" --entries "$ENTRIES" --server-pid "$SERVER" --hold-seconds "${BENCH_HOLD:-0}"
