# The set-up of the benchmarks that run the packaged application as production does (bench/photo-upload.sh,
# bench/startup.sh, bench/sse-fanout.sh), sourced from the repository's root after PORT and DATABASE_PORT are set: the JDK, a
# throwaway folder, the jar built, an embedded PostgreSQL on loopback, and nginx with Nchan for the fan-out's peer, and everything stopped on exit.
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAVA="$JAVA_HOME/bin/java"
WORK=$(mktemp -d)
DATABASE=
SERVER=
NGINX_PID_FILE=
cleanup() {
  if [ -n "$NGINX_PID_FILE" ] && [ -f "$NGINX_PID_FILE" ]; then kill "$(cat "$NGINX_PID_FILE")" 2>/dev/null || true; fi
  if [ -n "$SERVER" ]; then kill "$SERVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true; fi
  if [ -n "$DATABASE" ]; then kill "$DATABASE" 2>/dev/null || true; wait "$DATABASE" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

# Builds the jar (JAR) and the test classpath (TEST_CLASSPATH: the embedded database and the demo data live there).
# With BENCH_PREBUILT=1 it takes the jar and classpath already built, so that a benchmark holding the machine's
# benchmark lock does not compile under it: build first with `bash -c '. bench/packaged.sh; package_app'`.
# BENCH_JAR names another jar to run (an earlier build, to compare).
package_app() {
  if [ -z "${BENCH_PREBUILT:-}" ] || [ ! -f target/bench-classpath.txt ]; then
    ./mvnw -B -q -ntp -DskipTests package dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt \
      -Dmdep.includeScope=test >/dev/null 2>&1
  fi
  JAR=${BENCH_JAR:-$(ls target/liveblog-*.jar | grep -v plain | head -1)}
  TEST_CLASSPATH="target/classes:target/test-classes:$(cat target/bench-classpath.txt)"
}

# Starts an embedded PostgreSQL on DATABASE_PORT in the throwaway folder and points the application at it.
start_database() {
  "$JAVA" -Xmx128m -cp "$TEST_CLASSPATH" news.liveblog.dev.LocalClusterDatabase "$WORK/postgres" "$DATABASE_PORT" \
    > "$WORK/postgres.log" 2>&1 &
  DATABASE=$!
  for _ in $(seq 1 240); do grep -qs "PostgreSQL ready" "$WORK/postgres.log" && break; sleep 0.5; done
  export SPRING_DATASOURCE_URL="jdbc:postgresql://localhost:$DATABASE_PORT/postgres" SPRING_DATASOURCE_USERNAME=postgres \
    SPRING_DATASOURCE_PASSWORD=postgres LIVEBLOG_PUBLIC_URL="http://127.0.0.1:$PORT"
}

# Waits (bounded) for the application on PORT to answer /readyz; fails if SERVER has exited.
wait_ready() {
  for _ in $(seq 1 6000); do
    curl -fs -o /dev/null "http://127.0.0.1:$PORT/readyz" 2>/dev/null && return 0
    kill -0 "$SERVER" 2>/dev/null || return 1
    sleep 0.01
  done
  return 1
}

stop_server() {
  kill "$SERVER" 2>/dev/null || true
  wait "$SERVER" 2>/dev/null || true
  SERVER=
}

# Loads the demo accounts and blogs once, through a development instance on the same database (extra arguments
# go to it), then stops it; SLUG is the first listed blog.
load_demo_blogs() {
  "$JAVA" -cp "$TEST_CLASSPATH" news.liveblog.LocalClusterInstance --server.port="$PORT" --server.address=127.0.0.1 \
    --logging.level.root=WARN "$@" > "$WORK/seed.log" 2>&1 &
  SERVER=$!
  wait_ready || { echo "the demo instance did not start: $WORK/seed.log" >&2; cat "$WORK/seed.log" >&2; exit 1; }
  SLUG=$(curl -fs "http://127.0.0.1:$PORT/" | grep -o 'href="/live/[^"/]*"' | head -1 | sed 's|href="/live/||; s|"||')
  stop_server
}

# Starts nginx with the Nchan module on 127.0.0.1:PORT in the throwaway folder: 2 workers (one per core here), as
# many connections as a process may hold files, a publisher location /pub and a server-sent-event subscriber
# location /sub on one channel that keeps its last 500 messages for readers resuming with Last-Event-ID (as the
# app keeps 500 per blog), the same accept queue as the app's (4096) and a heartbeat every 20 s as the app's.
# NGINX_PIDS: its master and workers, comma-separated.
#   start_nchan PORT
start_nchan() {
  mkdir -p "$WORK/nginx"
  cat > "$WORK/nginx/nginx.conf" <<CONF
load_module /usr/lib/nginx/modules/ngx_nchan_module.so;
worker_processes 2;
worker_rlimit_nofile $(ulimit -n);
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/error.log warn;
events { worker_connections $(( $(ulimit -n) - 100 )); }
http {
  access_log off;
  server {
    listen 127.0.0.1:$1 backlog=4096;
    location = /pub { nchan_publisher; nchan_channel_id demo; nchan_message_buffer_length 500; nchan_message_timeout 1h; }
    location = /sub {
      nchan_subscriber eventsource; nchan_channel_id demo; nchan_subscriber_first_message newest;
      nchan_eventsource_ping_interval 20;
    }
  }
}
CONF
  NGINX_PID_FILE="$WORK/nginx/nginx.pid"
  nginx -c "$WORK/nginx/nginx.conf" -p "$WORK/nginx/" -e "$WORK/nginx/error.log"
  for _ in $(seq 1 100); do [ -s "$NGINX_PID_FILE" ] && break; sleep 0.05; done
  sleep 0.2
  local master
  master=$(cat "$NGINX_PID_FILE")
  NGINX_PIDS="$master,$(pgrep -P "$master" | paste -sd, -)"
}

stop_nchan() {
  kill "$(cat "$NGINX_PID_FILE")" 2>/dev/null || true
  for _ in $(seq 1 100); do [ -f "$NGINX_PID_FILE" ] || break; sleep 0.05; done
  NGINX_PID_FILE=
}
