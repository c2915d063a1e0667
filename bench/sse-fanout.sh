#!/usr/bin/env bash
# Live fan-out benchmark: starts the app (development run: embedded PostgreSQL in a throwaway folder,
# demo blog), opens READERS server-sent-event readers on the demo blog, publishes ENTRIES entries through
# the back office and prints delivery latency, misses and server memory per reader. Loopback only.
#   bench/sse-fanout.sh [READERS=10000] [ENTRIES=20]
set -euo pipefail
cd "$(dirname "$0")/.."
READERS=${1:-10000}
ENTRIES=${2:-20}
. bench/lib.sh
echo "file descriptors per process: $(ulimit -n)"
trap stop_app EXIT
start_app target/bench-server.log /actuator/health
print_machine
"$JAVA" -Xmx2g bench/SseFanOut.java --base "http://127.0.0.1:$PORT" --readers "$READERS" --entries "$ENTRIES" --server-pid "$SERVER" --hold-seconds "${BENCH_HOLD:-0}"
