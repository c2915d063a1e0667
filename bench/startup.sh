#!/usr/bin/env bash
# Start-up benchmark: the packaged application (java -jar, extracted as Spring Boot's AOT cache wants it) on an
# embedded PostgreSQL holding the demo blog, started RUNS times cold and RUNS times with the JDK's
# ahead-of-time cache made by the training run Spring Boot documents. For each start: the time from the
# process's start to the first 200 from /readyz, and the first three requests for the demo blog's page.
# Loopback only; it stops by itself.
#   bench/startup.sh [RUNS=5]
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

# One start: prints "ready_ms first_ms second_ms third_ms".
start_once() {
  local start ready first second third
  start=$(date +%s%N)
  "$JAVA" "$@" -jar "$APP_JAR" --server.port="$PORT" --server.address=127.0.0.1 --logging.level.root=WARN \
    > "$WORK/server.log" 2>&1 &
  SERVER=$!
  wait_ready || { echo "the app did not start: $WORK/server.log" >&2; cat "$WORK/server.log" >&2; exit 1; }
  ready=$(( ($(date +%s%N) - start) / 1000000 ))
  first=$(curl -fs -o /dev/null -w '%{time_total}' "http://127.0.0.1:$PORT/live/$SLUG")
  second=$(curl -fs -o /dev/null -w '%{time_total}' "http://127.0.0.1:$PORT/live/$SLUG")
  third=$(curl -fs -o /dev/null -w '%{time_total}' "http://127.0.0.1:$PORT/live/$SLUG")
  stop_server
  awk -v r="$ready" -v a="$first" -v b="$second" -v c="$third" 'BEGIN { printf "%d %.1f %.1f %.1f\n", r, a * 1000, b * 1000, c * 1000 }'
}

# Medians of RUNS starts: "ready first second third".
series() {
  local runs=()
  for _ in $(seq 1 "$RUNS"); do runs+=("$(start_once "$@")"); done
  for column in 1 2 3 4; do
    printf '%s\n' "${runs[@]}" | awk -v c="$column" '{ print $c }' | sort -n | awk '{ v[NR] = $1 } END { printf "%s ", v[int((NR + 1) / 2)] }'
  done
  echo
}

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB; $("$JAVA" -version 2>&1 | head -1)"
echo "server: java -jar $(basename "$APP_JAR") (extracted), on PostgreSQL over loopback; page: /live/$SLUG; median of $RUNS starts"
COLD=$(series)
# The training run: Spring Boot's documented one stops once the context is refreshed (spring.context.exit=onRefresh);
# BENCH_TRAINING=ready instead lets it start fully (pages rendered before ready included) and stops it then.
if [ "${BENCH_TRAINING:-refresh}" = ready ]; then
  "$JAVA" -XX:AOTCacheOutput="$WORK/app/liveblog.aot" -jar "$APP_JAR" --server.port="$PORT" --server.address=127.0.0.1 \
    --logging.level.root=WARN > "$WORK/training.log" 2>&1 &
  SERVER=$!
  wait_ready || { echo "the training run failed: $WORK/training.log" >&2; tail -20 "$WORK/training.log" >&2; exit 1; }
  stop_server
else
  "$JAVA" -XX:AOTCacheOutput="$WORK/app/liveblog.aot" -Dspring.context.exit=onRefresh -jar "$APP_JAR" \
    --server.port="$PORT" --server.address=127.0.0.1 --logging.level.root=WARN > "$WORK/training.log" 2>&1 \
    || { echo "the training run failed: $WORK/training.log" >&2; tail -20 "$WORK/training.log" >&2; exit 1; }
fi
CACHED=$(series -XX:AOTCache="$WORK/app/liveblog.aot")
print() { # label "ready first second third"
  set -- "$1" $2
  printf '%-18s start to ready %5d ms; first page %6.1f ms, second %5.1f ms, third %5.1f ms\n' "$1" "$2" "$3" "$4" "$5"
}
print "cold:" "$COLD"
print "AOT cache:" "$CACHED"
echo "cache size: $(du -m "$WORK/app/liveblog.aot" | cut -f1) MB; ready with cache / cold: $(awk -v c="${CACHED%% *}" -v d="${COLD%% *}" 'BEGIN { printf "%.2f", c / d }')"
