#!/usr/bin/env bash
# Start-up benchmark: the packaged application (java -jar, extracted as the JDK's AOT cache wants it) on an
# embedded PostgreSQL holding the demo blogs, started RUNS times cold (java -jar, as before) and RUNS times as
# production starts it (README, "Starting fast"): Spring's AOT code (-Dspring.aot.enabled=true) and the JDK's
# ahead-of-time cache made by deploy/aot-cache.sh (a training run through readiness and a few requests).
# For each start: the time from the process's start to the first 200 from /readyz, the CPU time the process had
# used by then (a steadier figure on a shared machine), and the first three requests for the demo blog's page.
# Loopback only; it stops by itself.
#   bench/startup.sh [RUNS=5]
#   BENCH_TRAINING=refresh: the cache from Spring Boot's documented training run instead (spring.context.exit=onRefresh)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-5}
PORT=${BENCH_PORT:-8183}
DATABASE_PORT=${BENCH_DATABASE_PORT:-15483}
. bench/packaged.sh
package_app
start_database

load_demo_blogs
"$JAVA" -Djarmode=tools -jar "$JAR" extract --destination "$WORK/app" >/dev/null
APP_JAR=$(ls "$WORK"/app/liveblog-*.jar | head -1)

# One start: prints "ready_ms first_ms second_ms third_ms cpu_ms".
start_once() {
  local start ready first second third cpu
  start=$(date +%s%N)
  "$JAVA" "$@" -jar "$APP_JAR" --server.port="$PORT" --server.address=127.0.0.1 --logging.level.root=WARN \
    > "$WORK/server.log" 2>&1 &
  SERVER=$!
  wait_ready || { echo "the app did not start: $WORK/server.log" >&2; cat "$WORK/server.log" >&2; exit 1; }
  ready=$(( ($(date +%s%N) - start) / 1000000 ))
  cpu=$(awk -v tick="$(getconf CLK_TCK)" '{ printf "%d", ($14 + $15) * 1000 / tick }' "/proc/$SERVER/stat")
  first=$(curl -fs -o /dev/null -w '%{time_total}' "http://127.0.0.1:$PORT/live/$SLUG")
  second=$(curl -fs -o /dev/null -w '%{time_total}' "http://127.0.0.1:$PORT/live/$SLUG")
  third=$(curl -fs -o /dev/null -w '%{time_total}' "http://127.0.0.1:$PORT/live/$SLUG")
  stop_server
  awk -v r="$ready" -v a="$first" -v b="$second" -v c="$third" -v u="$cpu" \
    'BEGIN { printf "%d %.1f %.1f %.1f %d\n", r, a * 1000, b * 1000, c * 1000, u }'
}

# Medians of RUNS starts: "ready first second third cpu".
series() {
  local runs=()
  for _ in $(seq 1 "$RUNS"); do runs+=("$(start_once "$@")"); done
  for column in 1 2 3 4 5; do
    printf '%s\n' "${runs[@]}" | awk -v c="$column" '{ print $c }' | sort -n | awk '{ v[NR] = $1 } END { printf "%s ", v[int((NR + 1) / 2)] }'
  done
  echo
}

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, load $(cut -d' ' -f1-3 /proc/loadavg); $("$JAVA" -version 2>&1 | head -1)"
echo "server: java -jar $(basename "$APP_JAR") (extracted), on PostgreSQL over loopback; page: /live/$SLUG; median of $RUNS starts"
COLD=$(series)
CACHE="$WORK/app/liveblog.aot"
if [ "${BENCH_TRAINING:-ready}" = refresh ]; then
  "$JAVA" -XX:AOTCacheOutput="$CACHE" -Dspring.aot.enabled=true -Dspring.context.exit=onRefresh -jar "$APP_JAR" \
    --server.port="$PORT" --server.address=127.0.0.1 --logging.level.root=WARN > "$WORK/training.log" 2>&1 \
    || { echo "the training run failed: $WORK/training.log" >&2; tail -20 "$WORK/training.log" >&2; exit 1; }
else
  JAVA="$JAVA" deploy/aot-cache.sh "$APP_JAR" "$CACHE" "$PORT" > "$WORK/training.log" 2>&1 \
    || { echo "the training run failed: $WORK/training.log" >&2; tail -20 "$WORK/training.log" >&2; exit 1; }
fi
CACHED=$(series -XX:AOTCache="$CACHE" -Dspring.aot.enabled=true)
print() { # label "ready first second third cpu"
  set -- "$1" $2
  printf '%-34s start to ready %6d ms (CPU %6d ms); first page %6.1f ms, second %5.1f ms, third %5.1f ms\n' \
    "$1" "$2" "$6" "$3" "$4" "$5"
}
print "cold (java -jar):" "$COLD"
print "AOT cache + Spring AOT (${BENCH_TRAINING:-ready}):" "$CACHED"
set -- $CACHED
echo "cache size: $(du -m "$CACHE" | cut -f1) MB; ready with cache / cold: $(awk -v c="$1" -v d="${COLD%% *}" 'BEGIN { printf "%.2f", c / d }');" \
  "ready with cache / goal 2,500 ms: $(awk -v c="$1" 'BEGIN { printf "%.2f", c / 2500 }');" \
  "first page with cache / goal 20 ms: $(awk -v c="$2" 'BEGIN { printf "%.2f", c / 20 }')"
