#!/usr/bin/env bash
# A local cluster on this machine: one PostgreSQL, three instances of the application and nginx as the
# load balancer in front of them, all on loopback. For trying fail-over and fan-out by hand and for
# deploy/cluster-harness.sh; not a production set-up (the instances run from the test classpath, with the
# development demo accounts editor/editor and admin/admin and the demo blog).
#
#   deploy/local-cluster.sh start            build, then start PostgreSQL, the instances and nginx
#   deploy/local-cluster.sh stop             stop all of them (nginx, instances, PostgreSQL), cleanly
#   deploy/local-cluster.sh status           what runs, with pids, ports and health
#   deploy/local-cluster.sh kill-instance N  SIGKILL instance N (1-3), as a crash would
#   deploy/local-cluster.sh start-instance N start instance N again and wait until it is healthy
#
# Ports: nginx on 8380 (LIVEBLOG_CLUSTER_PORT), instances on the next three (8381-8383), the embedded
# PostgreSQL on the one before (8379); away from the benchmarks' 8181 and 8281. Set LIVEBLOG_CLUSTER_DATABASE_URL (with _USERNAME and _PASSWORD) to use a PostgreSQL
# that already runs instead. Pid files, logs and the database's data live in target/cluster
# (LIVEBLOG_CLUSTER_WORK); delete target/cluster/postgres to start from an empty database.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
WORK=${LIVEBLOG_CLUSTER_WORK:-$ROOT/target/cluster}
BALANCER_PORT=${LIVEBLOG_CLUSTER_PORT:-8380}
INSTANCES=3
DATABASE_PORT=${LIVEBLOG_CLUSTER_DATABASE_PORT:-$((BALANCER_PORT - 1))}
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAVA="$JAVA_HOME/bin/java"

instance_port() { echo $((BALANCER_PORT + $1)); }

# A pid file names a running process: print its pid, or fail.
running() {
  local pid
  [ -f "$1" ] || return 1
  pid=$(cat "$1")
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null && echo "$pid"
}

healthy() { curl -fs -o /dev/null --max-time 2 "http://127.0.0.1:$1/actuator/health"; }

wait_healthy() { # port seconds
  local deadline=$((SECONDS + $2))
  until healthy "$1"; do
    if [ $SECONDS -ge $deadline ]; then return 1; fi
    sleep 0.5
  done
}

# Sends a signal and waits (bounded) for the process to end; SIGKILL if it will not.
stop_process() { # name pidfile seconds
  local pid deadline
  if ! pid=$(running "$2"); then rm -f "$2"; return 0; fi
  kill -TERM "$pid" 2>/dev/null || true
  deadline=$((SECONDS + $3))
  while kill -0 "$pid" 2>/dev/null && [ $SECONDS -lt $deadline ]; do sleep 0.2; done
  if kill -0 "$pid" 2>/dev/null; then
    echo "$1 (pid $pid) did not stop in $3 s: SIGKILL"
    kill -KILL "$pid" 2>/dev/null || true
  fi
  rm -f "$2"
  echo "stopped $1 (pid $pid)"
}

install_nginx() {
  if command -v nginx >/dev/null; then return; fi
  echo "installing nginx-light (Debian package)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -qq nginx-light >/dev/null 2>&1 || { apt-get update -qq >/dev/null && apt-get install -y -qq nginx-light >/dev/null; }
}

build() {
  echo "building (test classpath)"
  if ! ./mvnw -B -q -ntp test-compile dependency:build-classpath -Dmdep.outputFile="$WORK/classpath.txt" \
    -Dmdep.includeScope=test > "$WORK/logs/build.log" 2>&1; then
    cat "$WORK/logs/build.log" >&2
    exit 1
  fi
  # A copy of the classes, so that a build in this checkout meanwhile cannot change what the instances load.
  rm -rf "$WORK/app"
  mkdir -p "$WORK/app"
  cp -r target/classes "$WORK/app/classes"
  cp -r target/test-classes "$WORK/app/test-classes"
}

start_database() {
  if [ -n "${LIVEBLOG_CLUSTER_DATABASE_URL:-}" ]; then
    printf '%s\n' "$LIVEBLOG_CLUSTER_DATABASE_URL" "${LIVEBLOG_CLUSTER_DATABASE_USERNAME:-}" \
      "${LIVEBLOG_CLUSTER_DATABASE_PASSWORD:-}" > "$WORK/database"
    echo "database: $LIVEBLOG_CLUSTER_DATABASE_URL (given)"
    return
  fi
  if running "$WORK/postgres.pid" >/dev/null; then
    echo "database: already running"
    return
  fi
  : > "$WORK/logs/postgres.log"
  setsid nohup "$JAVA" -Xmx128m -cp "$WORK/app/classes:$WORK/app/test-classes:$(cat "$WORK/classpath.txt")" \
    news.liveblog.dev.LocalClusterDatabase "$WORK/postgres" "$DATABASE_PORT" \
    >> "$WORK/logs/postgres.log" 2>&1 < /dev/null &
  echo $! > "$WORK/postgres.pid"
  local deadline=$((SECONDS + 120))
  until grep -q "PostgreSQL ready" "$WORK/logs/postgres.log"; do
    if ! running "$WORK/postgres.pid" >/dev/null || [ $SECONDS -ge $deadline ]; then
      echo "PostgreSQL did not start; see $WORK/logs/postgres.log" >&2
      exit 1
    fi
    sleep 0.5
  done
  printf '%s\n' "jdbc:postgresql://localhost:$DATABASE_PORT/postgres" postgres postgres > "$WORK/database"
  echo "database: embedded PostgreSQL on 127.0.0.1:$DATABASE_PORT (pid $(cat "$WORK/postgres.pid"), data in $WORK/postgres)"
}

# Starts instance N in the background; does not wait.
launch_instance() {
  local n=$1 port
  port=$(instance_port "$n")
  if running "$WORK/app-$n.pid" >/dev/null; then
    echo "instance $n: already running"
    return
  fi
  {
    read -r url
    read -r username
    read -r password
  } < "$WORK/database"
  # Each open live stream is a socket: allow as many as this shell may.
  ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
  SPRING_DATASOURCE_URL="$url" SPRING_DATASOURCE_USERNAME="$username" SPRING_DATASOURCE_PASSWORD="$password" \
    setsid nohup "$JAVA" -Xms256m -Xmx1g -cp "$WORK/app/classes:$WORK/app/test-classes:$(cat "$WORK/classpath.txt")" \
    news.liveblog.LocalClusterInstance --server.port="$port" --server.address=127.0.0.1 \
    --liveblog.public-url="${LIVEBLOG_PUBLIC_URL:-http://localhost:$BALANCER_PORT}" \
    --spring.main.banner-mode=off >> "$WORK/logs/app-$n.log" 2>&1 < /dev/null &
  echo $! > "$WORK/app-$n.pid"
}

start_nginx() {
  if running "$WORK/nginx.pid" >/dev/null; then
    echo "nginx: already running"
    return
  fi
  local upstreams="" n
  for n in $(seq 1 $INSTANCES); do
    upstreams+="        server 127.0.0.1:$(instance_port "$n") max_fails=1 fail_timeout=5s;"$'\n'
  done
  mkdir -p "$WORK/nginx-temp"
  cat > "$WORK/nginx.conf" <<CONF
# Written by deploy/local-cluster.sh; the request handling is deploy/nginx/liveblog-locations.conf.
worker_processes 2;
worker_rlimit_nofile 65536;
pid $WORK/nginx.pid;
error_log $WORK/logs/nginx-error.log warn;
events { worker_connections 16384; }
http {
    log_format upstream '\$remote_addr [\$time_local] "\$request" \$status upstream=\$upstream_addr '
                        'upstream_status=\$upstream_status time=\$request_time';
    access_log $WORK/logs/nginx-access.log upstream buffer=64k flush=1s;
    client_body_temp_path $WORK/nginx-temp/body;
    proxy_temp_path $WORK/nginx-temp/proxy;
    # Round robin (nginx's default) over the instances; one failure takes an instance out for 5 s. The zone
    # shares the rotation and the failure counts between nginx's workers, which otherwise keep one each.
    upstream liveblog {
        zone liveblog 64k;
$upstreams        keepalive 32;
    }
    server {
        listen 127.0.0.1:$BALANCER_PORT;
        include $ROOT/deploy/nginx/liveblog-locations.conf;
    }
}
CONF
  nginx -c "$WORK/nginx.conf" -p "$WORK" -g "daemon on;"
  echo "nginx: 127.0.0.1:$BALANCER_PORT -> instances on $(instance_port 1)-$(instance_port $INSTANCES) (pid $(cat "$WORK/nginx.pid"))"
}

any_instance_running() {
  local n
  for n in $(seq 1 $INSTANCES); do
    if running "$WORK/app-$n.pid" >/dev/null; then return 0; fi
  done
  return 1
}

start() {
  mkdir -p "$WORK/logs"
  install_nginx
  local n
  if any_instance_running; then
    echo "instances already running: starting what is missing from the same build"
  else
    build
  fi
  start_database
  # All three at once on purpose: the demo data is loaded by one of them while the others wait for it.
  for n in $(seq 1 $INSTANCES); do launch_instance "$n"; done
  for n in $(seq 1 $INSTANCES); do
    if ! wait_healthy "$(instance_port "$n")" 300; then
      echo "instance $n did not become healthy; see $WORK/logs/app-$n.log" >&2
      exit 1
    fi
    echo "instance $n: http://127.0.0.1:$(instance_port "$n") (pid $(cat "$WORK/app-$n.pid"))"
  done
  start_nginx
  echo "open http://localhost:$BALANCER_PORT/live/zelensky-otan-bruxelles (back office: /admin, editor / editor)"
}

stop() {
  if [ -f "$WORK/nginx.pid" ]; then stop_process nginx "$WORK/nginx.pid" 10; fi
  local n
  # In parallel: each instance ends its live streams, then finishes its requests (graceful shutdown).
  for n in $(seq 1 $INSTANCES); do
    if [ -f "$WORK/app-$n.pid" ]; then stop_process "instance $n" "$WORK/app-$n.pid" 40 & fi
  done
  wait
  if [ -f "$WORK/postgres.pid" ]; then
    stop_process database "$WORK/postgres.pid" 30
    # Zonky stops the server from a shutdown hook; should the JVM have gone without it, stop the server
    # that this data directory's own pid file names.
    local postmaster
    if [ -f "$WORK/postgres/postmaster.pid" ]; then
      postmaster=$(head -1 "$WORK/postgres/postmaster.pid")
      if [ -n "$postmaster" ] && kill -0 "$postmaster" 2>/dev/null; then
        kill -TERM "$postmaster" 2>/dev/null || true
        echo "stopped PostgreSQL server (pid $postmaster)"
      fi
    fi
  fi
}

status() {
  local pid n port
  if [ -n "${LIVEBLOG_CLUSTER_DATABASE_URL:-}" ]; then
    echo "database: $LIVEBLOG_CLUSTER_DATABASE_URL (given)"
  elif pid=$(running "$WORK/postgres.pid"); then
    echo "database: running, pid $pid, 127.0.0.1:$DATABASE_PORT"
  else
    echo "database: stopped"
  fi
  for n in $(seq 1 $INSTANCES); do
    port=$(instance_port "$n")
    if pid=$(running "$WORK/app-$n.pid"); then
      echo "instance $n: running, pid $pid, 127.0.0.1:$port, $(healthy "$port" && echo healthy || echo 'not healthy')"
    else
      echo "instance $n: stopped"
    fi
  done
  if pid=$(running "$WORK/nginx.pid"); then
    echo "nginx: running, pid $pid, 127.0.0.1:$BALANCER_PORT"
  else
    echo "nginx: stopped"
  fi
}

instance_number() {
  if ! [[ "${1:-}" =~ ^[1-3]$ ]]; then
    echo "name an instance: 1, 2 or 3" >&2
    exit 2
  fi
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  kill-instance)
    instance_number "${2:-}"
    if pid=$(running "$WORK/app-$2.pid"); then
      kill -KILL "$pid"
      rm -f "$WORK/app-$2.pid"
      echo "killed instance $2 (pid $pid) with SIGKILL"
    else
      echo "instance $2 is not running"
    fi
    ;;
  start-instance)
    instance_number "${2:-}"
    launch_instance "$2"
    wait_healthy "$(instance_port "$2")" 300 || { echo "instance $2 did not become healthy" >&2; exit 1; }
    echo "instance $2: http://127.0.0.1:$(instance_port "$2") (pid $(cat "$WORK/app-$2.pid"))"
    ;;
  *)
    echo "usage: $0 start|stop|status|kill-instance N|start-instance N" >&2
    exit 2
    ;;
esac
