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
. bench/lib.sh
if ! command -v wrk >/dev/null; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
fi

WRK=
trap '[ -n "$WRK" ] && kill $WRK 2>/dev/null; stop_app' EXIT
start_app target/soak-server.log /live/zelensky-otan-bruxelles
# The readers take a minute to join and the entries ENTRIES x INTERVAL_MS; wrk runs through all of it.
SECONDS_TOTAL=$(( 60 + ENTRIES * INTERVAL_MS / 1000 + 30 ))
print_machine
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
