#!/usr/bin/env bash
# Feed page throughput against the physical limit: the app serving a blog's feed page, and nginx serving
# the very same bytes from a file, measured with the same wrk settings in one run. Then the same while an
# entry is published every second, then conditional GETs (304s). For the 6-entry demo blog, and for blogs
# of 20 and of 100,000 entries, whose first pages show the same 20 entries' worth of bytes. Loopback only; every load stops by itself.
# This machine's speed drifts by a third over minutes (a shared VM), so each scenario is measured in ROUNDS
# pairs, the app then nginx, and the line printed is the median of the pairs.
#   bench/feed-vs-nginx.sh [DURATION=10s] [CONNECTIONS=64] [ROUNDS=3]
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${1:-10s}
CONNECTIONS=${2:-64}
ROUNDS=${3:-3}
APP_PORT=${BENCH_PORT:-8181}
NGINX_PORT=$((APP_PORT + 100))
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAVA="$JAVA_HOME/bin/java"
WORK=$(mktemp -d)

if ! command -v wrk >/dev/null || ! command -v nginx >/dev/null; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk nginx-light >/dev/null
fi
./mvnw -B -q -ntp test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test >/dev/null
"$JAVA" -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" \
  news.liveblog.DevLiveBlogApplication --server.port="$APP_PORT" --server.address=127.0.0.1 \
  --liveblog.dev.data-directory="$WORK/postgres" --liveblog.dev.generated-entries=20,100000 \
  --logging.level.root=WARN ${BENCH_APP_ARGS:-} > target/bench-server.log 2>&1 &
SERVER=$!
cleanup() {
  if [ -n "${PUBLISHER:-}" ]; then kill "$PUBLISHER" 2>/dev/null || true; fi
  if [ -f "$WORK/nginx.pid" ]; then kill "$(cat "$WORK/nginx.pid")" 2>/dev/null || true; fi
  kill "$SERVER" 2>/dev/null || true
  wait "$SERVER" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT
# Ready once the generated blog's newest entry is on its page (generation runs after start-up).
for _ in $(seq 1 300); do
  curl -fs "http://127.0.0.1:$APP_PORT/live/generated-100000" 2>/dev/null | grep -q "number 100000" && break
  sleep 1
done

# nginx serves each page's exact bytes from a file, at the same path.
mkdir -p "$WORK/www/live" "$WORK/logs"
cat > "$WORK/nginx.conf" <<CONF
worker_processes 2;
pid $WORK/nginx.pid;
error_log $WORK/logs/error.log;
events { worker_connections 4096; }
http {
  access_log off;
  server {
    listen 127.0.0.1:$NGINX_PORT;
    root $WORK/www;
    default_type "text/html; charset=UTF-8";
  }
}
CONF
nginx -c "$WORK/nginx.conf" -p "$WORK"

# wrk prints "Requests/sec" and, with --latency, the 50% and 99% lines; latencies here in ms.
measure() { # url [header]
  local out
  if [ -n "${2:-}" ]; then
    out=$(wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -H "$2" "$1")
  else
    out=$(wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency "$1")
  fi
  local rps p50 p99 errors
  rps=$(awk '/Requests\/sec/{print $2}' <<<"$out")
  p50=$(awk '$1=="50%"{print $2}' <<<"$out")
  p99=$(awk '$1=="99%"{print $2}' <<<"$out")
  errors=$(awk '/Non-2xx or 3xx/{print $5}' <<<"$out")
  echo "$rps $(to_ms "$p50") $(to_ms "$p99") ${errors:-0}"
}
to_ms() { awk -v v="$1" 'BEGIN{ if (v ~ /us$/) printf "%.2f", v/1000; else if (v ~ /ms$/) printf "%.2f", v+0; else printf "%.2f", v*1000 }'; }
median() { tr ' ' '\n' | sort -g | awk '{v[NR]=$1} END{print (NR%2) ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2}'; }
# Each round measures the app, then nginx at once, under the same conditions; the line shows the medians
# of the rounds (throughput, p50, p99 and the two ratios) and each round's throughput ratio.
compare() { # label app-url nginx-url [app-header nginx-header]
  local rounds="" app_rps="" app_p50="" app_p99="" ngx_rps="" ngx_p50="" ngx_p99="" ratios="" p99_ratios="" errors=0
  for _ in $(seq 1 "$ROUNDS"); do
    read -r a_rps a_p50 a_p99 a_err <<<"$(measure "$2" "${4:-}")"
    read -r n_rps n_p50 n_p99 _ <<<"$(measure "$3" "${5:-}")"
    app_rps+=" $a_rps"; app_p50+=" $a_p50"; app_p99+=" $a_p99"; errors=$((errors + a_err))
    ngx_rps+=" $n_rps"; ngx_p50+=" $n_p50"; ngx_p99+=" $n_p99"
    ratios+=" $(awk -v a="$a_rps" -v n="$n_rps" 'BEGIN{printf "%.2f", a/n}')"
    p99_ratios+=" $(awk -v a="$a_p99" -v n="$n_p99" 'BEGIN{printf "%.1f", (n>0)?a/n:0}')"
  done
  printf "%-46s app %6.0f req/s p50 %5s ms p99 %5s ms | nginx %6.0f req/s p50 %5s ms p99 %5s ms | app/nginx %.2f (rounds:%s), p99 x%.1f, app errors %s\n" \
    "$1" "$(median <<<"${app_rps# }")" "$(median <<<"${app_p50# }")" "$(median <<<"${app_p99# }")" \
    "$(median <<<"${ngx_rps# }")" "$(median <<<"${ngx_p50# }")" "$(median <<<"${ngx_p99# }")" \
    "$(median <<<"${ratios# }")" "$ratios" "$(median <<<"${p99_ratios# }")" "$errors"
}

# An editor publishing into the 100,000-entry blog through the back office: COUNT entries, one every
# INTERVAL seconds.
publish() { # slug count interval
  local jar="$WORK/cookies" csrf
  csrf=$(curl -s -c "$jar" -b "$jar" "http://127.0.0.1:$APP_PORT/admin/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
  curl -s -c "$jar" -b "$jar" -o /dev/null -d "username=editor&password=editor&_csrf=$csrf" "http://127.0.0.1:$APP_PORT/admin/login"
  csrf=$(curl -s -c "$jar" -b "$jar" "http://127.0.0.1:$APP_PORT/admin/live/$1" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
  for i in $(seq 1 "$2"); do
    curl -s -c "$jar" -b "$jar" -o /dev/null -d "body=Benchmark+update+$i&action=publish&submissionToken=$(cat /proc/sys/kernel/random/uuid)&_csrf=$csrf" \
      "http://127.0.0.1:$APP_PORT/admin/live/$1/entries"
    sleep "$3"
  done
}

# Warm up as a server that has run a while has: readers on both feeds while an editor publishes and older
# pages are read, so the publishing and rendering code is compiled before anything is measured.
publish generated-100000 60 0.5 &
PUBLISHER=$!
(for i in $(seq 1 120); do curl -fs -o /dev/null "http://127.0.0.1:$APP_PORT/live/generated-100000?before=$((90000 - i))"; sleep 0.25; done) &
OLDER_PAGES=$!
wrk -t2 -c"$CONNECTIONS" -d20s "http://127.0.0.1:$APP_PORT/live/generated-100000" >/dev/null
wrk -t2 -c"$CONNECTIONS" -d10s "http://127.0.0.1:$APP_PORT/live/zelensky-otan-bruxelles" >/dev/null
wait "$PUBLISHER" "$OLDER_PAGES" || true
PUBLISHER=
# nginx serves each page's exact bytes from a file, at the same path.
for slug in zelensky-otan-bruxelles generated-20 generated-100000; do
  curl -fs "http://127.0.0.1:$APP_PORT/live/$slug" -o "$WORK/www/live/$slug"
done

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB; wrk -t2 -c$CONNECTIONS -d$DURATION, $ROUNDS rounds; $("$JAVA" -version 2>&1 | head -1)"
for slug in zelensky-otan-bruxelles generated-20 generated-100000; do
  echo "page /live/$slug: $(wc -c < "$WORK/www/live/$slug") bytes, $(grep -o '<article' "$WORK/www/live/$slug" | wc -l) entries"
  compare "feed page, $slug" "http://127.0.0.1:$APP_PORT/live/$slug" "http://127.0.0.1:$NGINX_PORT/live/$slug"
done
# The publisher signs in first (a password hash): measuring starts once it is publishing.
publish generated-100000 100000 1 &
PUBLISHER=$!
sleep 2
compare "feed page, generated-100000, 1 entry/s" "http://127.0.0.1:$APP_PORT/live/generated-100000" "http://127.0.0.1:$NGINX_PORT/live/generated-100000"
kill "$PUBLISHER" 2>/dev/null || true
PUBLISHER=
# Both answer 304 to the ETag each gave.
etag() { curl -sI "$1" | awk -F': ' 'tolower($1)=="etag"{print $2}' | tr -d '\r'; }
APP_ETAG=$(etag "http://127.0.0.1:$APP_PORT/live/zelensky-otan-bruxelles")
NGINX_ETAG=$(etag "http://127.0.0.1:$NGINX_PORT/live/zelensky-otan-bruxelles")
compare "conditional GET (304), zelensky-otan-bruxelles" "http://127.0.0.1:$APP_PORT/live/zelensky-otan-bruxelles" \
  "http://127.0.0.1:$NGINX_PORT/live/zelensky-otan-bruxelles" "If-None-Match: $APP_ETAG" "If-None-Match: $NGINX_ETAG"
