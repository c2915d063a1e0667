#!/usr/bin/env bash
# Feed page throughput against the physical limit: the app serving a blog's feed page, and nginx serving
# the very same bytes from a file, measured with the same wrk settings in one run. Then the same while an
# entry is published every second, then conditional GETs (304s). For the 6-entry demo blog and a blog of
# 100,000 entries. Loopback only; every load stops by itself.
#   bench/feed-vs-nginx.sh [DURATION=10s] [CONNECTIONS=64]
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${1:-10s}
CONNECTIONS=${2:-64}
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
  --liveblog.dev.data-directory="$WORK/postgres" --liveblog.dev.generated-entries=100000 \
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
# Warm the JIT before measuring, as a server that has run a while is.
wrk -t2 -c"$CONNECTIONS" -d10s "http://127.0.0.1:$APP_PORT/live/zelensky-otan-bruxelles" >/dev/null

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
for slug in zelensky-otan-bruxelles generated-100000; do
  curl -fs "http://127.0.0.1:$APP_PORT/live/$slug" -o "$WORK/www/live/$slug"
done
nginx -c "$WORK/nginx.conf" -p "$WORK"

# wrk prints "Requests/sec" and, with --latency, the 50% and 99% lines.
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
  echo "$rps $p50 $p99 ${errors:-0}"
}
to_ms() { awk -v v="$1" 'BEGIN{ if (v ~ /us$/) printf "%.2f", v/1000; else if (v ~ /ms$/) printf "%.2f", v+0; else printf "%.2f", v*1000 }'; }
report() { # label app-result nginx-result
  read -r app_rps app_p50 app_p99 app_err <<<"$2"
  read -r ngx_rps ngx_p50 ngx_p99 _ <<<"$3"
  printf "%-44s app %9.0f req/s p50 %6s ms p99 %6s ms | nginx %9.0f req/s p50 %6s ms p99 %6s ms | app/nginx %.2f, p99 x%.1f, app errors %s\n" \
    "$1" "$app_rps" "$(to_ms "$app_p50")" "$(to_ms "$app_p99")" "$ngx_rps" "$(to_ms "$ngx_p50")" "$(to_ms "$ngx_p99")" \
    "$(awk -v a="$app_rps" -v n="$ngx_rps" 'BEGIN{print a/n}')" \
    "$(awk -v a="$(to_ms "$app_p99")" -v n="$(to_ms "$ngx_p99")" 'BEGIN{print (n>0)?a/n:0}')" "$app_err"
}

# An editor publishing into the 100,000-entry blog every second, through the back office.
publish_every_second() {
  local jar="$WORK/cookies" csrf
  csrf=$(curl -s -c "$jar" -b "$jar" "http://127.0.0.1:$APP_PORT/admin/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
  curl -s -c "$jar" -b "$jar" -o /dev/null -d "username=editor&password=editor&_csrf=$csrf" "http://127.0.0.1:$APP_PORT/admin/login"
  csrf=$(curl -s -c "$jar" -b "$jar" "http://127.0.0.1:$APP_PORT/admin/live/$1" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
  for i in $(seq 1 120); do
    curl -s -c "$jar" -b "$jar" -o /dev/null -d "body=Benchmark+update+$i&action=publish&submissionToken=$(cat /proc/sys/kernel/random/uuid)&_csrf=$csrf" \
      "http://127.0.0.1:$APP_PORT/admin/live/$1/entries"
    sleep 1
  done
}

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB; wrk -t2 -c$CONNECTIONS -d$DURATION; $("$JAVA" -version 2>&1 | head -1)"
for slug in zelensky-otan-bruxelles generated-100000; do
  echo "page /live/$slug: $(wc -c < "$WORK/www/live/$slug") bytes, $(grep -c '<article' "$WORK/www/live/$slug") entries"
  report "feed page, $slug" "$(measure "http://127.0.0.1:$APP_PORT/live/$slug")" "$(measure "http://127.0.0.1:$NGINX_PORT/live/$slug")"
done
publish_every_second generated-100000 &
PUBLISHER=$!
report "feed page, generated-100000, 1 entry/s" "$(measure "http://127.0.0.1:$APP_PORT/live/generated-100000")" "$(measure "http://127.0.0.1:$NGINX_PORT/live/generated-100000")"
kill "$PUBLISHER" 2>/dev/null || true
PUBLISHER=
ETAG=$(curl -sI "http://127.0.0.1:$APP_PORT/live/zelensky-otan-bruxelles" | awk -F': ' 'tolower($1)=="etag"{print $2}' | tr -d '\r')
report "conditional GET (304), zelensky-otan-bruxelles" "$(measure "http://127.0.0.1:$APP_PORT/live/zelensky-otan-bruxelles" "If-None-Match: $ETAG")" "$(measure "http://127.0.0.1:$NGINX_PORT/live/zelensky-otan-bruxelles")"
