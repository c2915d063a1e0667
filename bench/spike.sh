#!/usr/bin/env bash
# The spike benchmark (issue 18, "editors first"): the packaged application (java -jar, as production) on an
# embedded PostgreSQL with the demo blogs. 500 live readers on a blog while an editor publishes 30 entries
# there, one a second, through the back office (bench/SseFanOut.java), in three phases:
#   A  idle: nothing else;
#   B  the spike: the same while wrk -t2 -c256 saturates the blog's feed page for the whole phase;
#   C  B again, on an instance started with the request limit off (liveblog.server.qos.enabled=false).
# The readers connect before each phase's clock starts (and before wrk). Prints one table: the publish
# request's p50 and p99, the readers' publish-to-receive p99, wrk's requests/s, p99 and non-2xx answers (the
# limit's 503s), and the ratios B/A and B/C. Loopback only; it stops by itself.
#   bench/spike.sh [READERS=500] [ENTRIES=30] [CONNECTIONS=256]
# BENCH_APP_ARGS: more arguments for the application in every phase, such as
# "--liveblog.server.qos.max-requests=8" to try another setting. BENCH_PREBUILT=1: the jar already built
# (bench/packaged.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
READERS=${1:-500}
ENTRIES=${2:-30}
CONNECTIONS=${3:-256}
PORT=${BENCH_PORT:-8141}
DATABASE_PORT=${BENCH_DATABASE_PORT:-15441}
read -r -a APP_ARGS <<< "${BENCH_APP_ARGS:-}"
command -v wrk >/dev/null || apt-get install -y -qq wrk >/dev/null
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
. bench/packaged.sh
WRK=
FANOUT=
trap 'for p in $WRK $FANOUT; do kill "$p" 2>/dev/null || true; done; cleanup' EXIT
package_app
start_database
load_demo_blogs
PAGE="http://127.0.0.1:$PORT/live/$SLUG"

start_app() { # extra arguments for the application
  # Every reader here comes from 127.0.0.1: let it hold them all, as 500 readers behind their own addresses would.
  "$JAVA" -jar "$JAR" --server.port="$PORT" --server.address=127.0.0.1 --logging.level.root=WARN \
    --liveblog.live.max-streams-per-client=100000 "${APP_ARGS[@]}" "$@" \
    > "$WORK/server.log" 2>&1 &
  SERVER=$!
  wait_ready || { echo "the app did not start: $WORK/server.log" >&2; tail -30 "$WORK/server.log" >&2; exit 1; }
  # A server that has run a while: its JIT has seen the feed's hot path.
  wrk -t2 -c64 -d5s "$PAGE" > /dev/null
}

# One phase: writes "publish_p50 publish_p99 delivery_p99 missed wrk_rps wrk_p99_ms wrk_non2xx" (wrk's are "-"
# without it) to $WORK/<label>.row; the whole output of both goes to $WORK/<label>.fanout and .wrk.
phase() { # label with_wrk
  local label=$1 with_wrk=$2
  rm -f "$WORK/connected" "$WORK/go"
  "$JAVA" -Xmx1g bench/SseFanOut.java --base "http://127.0.0.1:$PORT" --slug "$SLUG" --readers "$READERS" \
    --entries "$ENTRIES" --interval-ms 1000 --connected-file "$WORK/connected" --go-file "$WORK/go" \
    > "$WORK/$label.fanout" 2>&1 &
  FANOUT=$!
  for _ in $(seq 1 1200); do [ -e "$WORK/connected" ] && break; kill -0 "$FANOUT" 2>/dev/null || break; sleep 0.1; done
  if [ "$with_wrk" = yes ]; then
    # Longer than the phase can last; stopped (SIGINT: it prints its figures) once the editor is done.
    wrk -t2 -c"$CONNECTIONS" -d600s --latency "$PAGE" > "$WORK/$label.wrk" 2>&1 &
    WRK=$!
    sleep 2 # saturated before the first entry
  fi
  touch "$WORK/go"
  wait "$FANOUT" || { echo "the fan-out client failed in phase $label:" >&2; cat "$WORK/$label.fanout" >&2; exit 1; }
  FANOUT=
  local rps=- p99=- non2xx=-
  if [ -n "$WRK" ]; then
    kill -INT "$WRK"
    wait "$WRK" || true
    WRK=
    rps=$(awk '/^Requests\/sec/ { printf "%d", $2 }' "$WORK/$label.wrk")
    p99=$(awk '$1 == "99%" { v = $2; if (v ~ /us$/) { sub(/us$/, "", v); v /= 1000 } else if (v ~ /ms$/) { sub(/ms$/, "", v) } else if (v ~ /s$/) { sub(/s$/, "", v); v *= 1000 } printf "%.1f", v }' "$WORK/$label.wrk")
    non2xx=$(awk '/Non-2xx or 3xx responses/ { print $5 }' "$WORK/$label.wrk")
    non2xx=${non2xx:-0}
  fi
  awk -v rps="$rps" -v p99="$p99" -v non2xx="$non2xx" '
    { sub(/^\[[a-z]+\] /, "") } # the fan-out client names its target first: "[app] ..."
    /^publish request ms/ { pp50 = $5; pp99 = $7 }
    /^publish-to-receive latency ms/ { dp99 = $7 }
    /^entries published/ { missed = $NF }
    END { print pp50, pp99, dp99, missed, rps, p99, non2xx }' "$WORK/$label.fanout" > "$WORK/$label.row"
  echo "phase $label: $(cat "$WORK/$label.row") (publish p50 p99, delivery p99, missed, wrk req/s p99 non-2xx)"
  grep -h "Socket errors" "$WORK/$label.wrk" 2>/dev/null | sed "s/^/phase $label wrk: /" || true
}

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB; $("$JAVA" -version 2>&1 | head -1)"
echo "server: java -jar $(basename "$JAR") ${APP_ARGS[*]:-} on PostgreSQL over loopback; page $PAGE; $READERS live readers," \
  "$ENTRIES entries one a second; spike: wrk -t2 -c$CONNECTIONS on the page"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
start_app
phase A no
phase B yes
stop_server
start_app --liveblog.server.qos.enabled=false
phase C yes
stop_server
A=$(cat "$WORK/A.row") B=$(cat "$WORK/B.row") C=$(cat "$WORK/C.row")
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

printf '%-28s %12s %12s %14s %7s %10s %10s %9s\n' phase "publish p50" "publish p99" "delivery p99" missed "wrk req/s" "wrk p99" "non-2xx"
row() { # label "figures"
  set -- "$1" $2
  printf '%-28s %9s ms %9s ms %11s ms %7s %10s %7s ms %9s\n' "$1" "$2" "$3" "$4" "$5" "$6" "$7" "$8"
}
row "A idle, limit on" "$A"
row "B spike, limit on" "$B"
row "C spike, limit off" "$C"
read -r _ A_P99 A_D99 _ <<< "$A"
read -r _ B_P99 B_D99 _ B_RPS _ <<< "$B"
read -r _ C_P99 C_D99 _ C_RPS _ <<< "$C"
awk -v ap="$A_P99" -v bp="$B_P99" -v cp="$C_P99" -v ad="$A_D99" -v bd="$B_D99" -v cd="$C_D99" -v br="$B_RPS" -v cr="$C_RPS" 'BEGIN {
  printf "ratios: publish p99 B/A %.2f, B/C %.2f; delivery p99 B/A %.2f, B/C %.2f; wrk req/s B/C %.2f\n", bp / ap, bp / cp, bd / ad, bd / cd, br / cr
  printf "goal during the spike (B): publish p99 %d ms (at most 500: %s), delivery p99 %d ms (at most 1000: %s)\n", bp, (bp <= 500 ? "met" : "NOT met"), bd, (bd <= 1000 ? "met" : "NOT met")
}'
