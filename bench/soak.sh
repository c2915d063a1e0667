#!/usr/bin/env bash
# Soak: the app under a steady mixed load for a long while, to show nothing leaks and nothing is lost.
# 2,000 live readers on the demo blog, wrk requesting the feed page all along at a steady ~400 requests/s,
# an entry published through the back office every 5 s for 10 minutes. Prints wrk's totals (errors
# included), what the readers received (every reader must get every entry), and the server's heap after
# GC, RSS and open sockets when the readers joined and at the end. Loopback only; it stops by itself.
#   bench/soak.sh [READERS=2000] [ENTRIES=120] [INTERVAL_MS=5000]
set -euo pipefail
cd "$(dirname "$0")/.."
READERS=${1:-2000}
ENTRIES=${2:-120}
INTERVAL_MS=${3:-5000}
PORT=${BENCH_PORT:-8181}
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAVA="$JAVA_HOME/bin/java"
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
if ! command -v wrk >/dev/null; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
fi

./mvnw -B -q -ntp test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test >/dev/null
DATA=$(mktemp -d)
"$JAVA" -Xms512m -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" \
  news.liveblog.DevLiveBlogApplication --server.port="$PORT" --server.address=127.0.0.1 \
  --liveblog.dev.data-directory="$DATA" --logging.level.root=WARN > target/soak-server.log 2>&1 &
SERVER=$!
WRK=
trap '[ -n "$WRK" ] && kill $WRK 2>/dev/null; kill $SERVER 2>/dev/null; wait $SERVER 2>/dev/null; rm -rf "$DATA"' EXIT
for _ in $(seq 1 120); do
  curl -fs "http://127.0.0.1:$PORT/live/zelensky-otan-bruxelles" >/dev/null 2>&1 && break
  sleep 1
done
# The readers take a minute to join and the entries ENTRIES x INTERVAL_MS; wrk runs through all of it.
SECONDS_TOTAL=$(( 60 + ENTRIES * INTERVAL_MS / 1000 + 30 ))
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB; $("$JAVA" -version 2>&1 | head -1)"
# A steady rate, not a flood: each of wrk's 8 connections waits 20 ms between requests (about 400/s).
echo 'function delay() return 20 end' > target/soak-steady.lua
echo "soak: $READERS readers, $ENTRIES entries every $INTERVAL_MS ms, wrk -t1 -c8 at about 400 req/s for ${SECONDS_TOTAL}s on the feed"
wrk -t1 -c8 -d"${SECONDS_TOTAL}s" -s target/soak-steady.lua --latency "http://127.0.0.1:$PORT/live/zelensky-otan-bruxelles" > target/soak-wrk.txt 2>&1 &
WRK=$!
"$JAVA" -Xmx2g bench/SseFanOut.java --base "http://127.0.0.1:$PORT" --readers "$READERS" --entries "$ENTRIES" \
  --interval-ms "$INTERVAL_MS" --server-pid "$SERVER"
wait "$WRK" || true
WRK=
echo "wrk on the feed during the soak:"
grep -E "requests in|Requests/sec|Non-2xx|Socket errors|^ +99%" target/soak-wrk.txt | sed 's/^/  /'
grep -q "Non-2xx\|Socket errors" target/soak-wrk.txt && echo "  ERRORS above" || echo "  no errors"
echo "server log warnings and errors (besides the demo accounts' notice): $(grep -E ' (WARN|ERROR) ' target/soak-server.log | grep -vc 'DEVELOPMENT ONLY' || true)"
