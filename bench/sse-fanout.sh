#!/usr/bin/env bash
# Live fan-out beside its peer: the packaged app (java -jar on an embedded PostgreSQL over loopback, the demo
# blogs) and then nginx with the Nchan module (2 workers), each holding READERS server-sent-event streams from
# reader processes on 127.0.0.2, 127.0.0.3, ... (bench/SseFanOut.java). Each: READERS-10,000 readers already
# there, 10,000 arriving at once, 5 warm-up and ENTRIES measured entries (the app's through the back office,
# Nchan's posted as the very bytes of the app's events), then 10,000 readers leaving and coming back at once
# with their Last-Event-ID. Prints both runs, then the two side by side with the ratios. Loopback only.
#   bench/sse-fanout.sh [READERS=19000] [ENTRIES=20]
# BENCH_PREBUILT=1 uses the jar already built (build it outside the benchmark lock: see bench/packaged.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
READERS=${1:-19000}
ENTRIES=${2:-20}
STORM=${BENCH_STORM:-10000}
RESUME=${BENCH_RESUME:-10000}
PORT=${BENCH_PORT:-8142}
DATABASE_PORT=${BENCH_DATABASE_PORT:-15442}
NGINX_PORT=${BENCH_NGINX_PORT:-8152}
. bench/packaged.sh
# Each reader is a socket on both sides: raise the file-descriptor limit as far as allowed (20,000 here).
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
if [ ! -f /usr/lib/nginx/modules/ngx_nchan_module.so ]; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx-light libnginx-mod-nchan >/dev/null
fi
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB; $("$JAVA" -version 2>&1 | head -1); open files per process: $(ulimit -n); load average: $(cut -d' ' -f1-3 /proc/loadavg)"
FANOUT=("$JAVA" -Xmx1g bench/SseFanOut.java --readers "$READERS" --entries "$ENTRIES" --storm "$STORM" --resume "$RESUME"
  --hold-seconds "${BENCH_HOLD:-0}")

package_app
start_database
load_demo_blogs
# The readers come from a few loopback addresses, each standing for thousands of readers' own: the per-client
# share of streams (50 by default) is raised accordingly, as it is in the reconnect storm's test.
"$JAVA" ${BENCH_JAVA_OPTIONS:--Xmx2g} -jar "$JAR" --server.port="$PORT" --server.address=127.0.0.1 \
  --liveblog.live.max-streams-per-client=$((READERS + 100)) --logging.level.root=WARN > "$WORK/app.log" 2>&1 &
SERVER=$!
wait_ready || { echo "the app did not start: $WORK/app.log" >&2; cat "$WORK/app.log" >&2; exit 1; }
"${FANOUT[@]}" --target app --base "http://127.0.0.1:$PORT" --slug "$SLUG" --server-pids "$SERVER" \
  --save-events "$WORK/events.txt" --results "$WORK/app.properties"
# An instance whose readers have all gone must go quiet: its CPU over the 5 s after the reader processes ended.
ticks() { awk '{print $14 + $15}' "/proc/$SERVER/stat"; }
before=$(ticks); sleep 5; after=$(ticks)
echo "[app] server CPU in the 5 s after the readers left: $(( (after - before) * 100 / $(getconf CLK_TCK) / 5 ))% of a core"
stop_server

start_nchan "$NGINX_PORT"
"${FANOUT[@]}" --target nchan --base "http://127.0.0.1:$NGINX_PORT" --server-pids "$NGINX_PIDS" \
  --events "$WORK/events.txt" --results "$WORK/nchan.properties"
stop_nchan

"$JAVA" bench/SseFanOut.java --role compare "$WORK/app.properties" "$WORK/nchan.properties"
