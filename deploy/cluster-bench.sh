#!/usr/bin/env bash
# Feed-page throughput through nginx to one instance and to three, on the local cluster
# (deploy/local-cluster.sh; started here when it is not running, and stopped again afterwards), with the
# same wrk settings in one run, plus one instance without nginx for reference. Loopback only; every load
# stops by itself. On a 2-core machine the three instances, nginx and wrk share the same two cores: three
# instances cannot triple the rate here, this measures what the balancer costs and that nothing is lost.
#   deploy/cluster-bench.sh [DURATION=10s] [CONNECTIONS=64]
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${1:-10s}
CONNECTIONS=${2:-64}
WORK=${LIVEBLOG_CLUSTER_WORK:-$PWD/target/cluster}
BALANCER_PORT=${LIVEBLOG_CLUSTER_PORT:-8380}
ONE=$((BALANCER_PORT + 10))
THREE=$((BALANCER_PORT + 11))
PAGE=/live/zelensky-otan-bruxelles

if ! command -v wrk >/dev/null; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
fi
STARTED=
if ! deploy/local-cluster.sh status | grep -q "nginx: running"; then
  deploy/local-cluster.sh start
  STARTED=yes
fi
cleanup() {
  if [ -f "$WORK/bench-nginx.pid" ]; then kill "$(cat "$WORK/bench-nginx.pid")" 2>/dev/null || true; fi
  if [ -n "$STARTED" ]; then deploy/local-cluster.sh stop; fi
}
trap cleanup EXIT

# A balancer of its own, on two ports: one in front of instance 1 alone, one in front of all three. No
# access log: it would cost nginx more than the proxying does.
mkdir -p "$WORK/bench-nginx-temp"
cat > "$WORK/bench-nginx.conf" <<CONF
worker_processes 2;
pid $WORK/bench-nginx.pid;
error_log $WORK/logs/bench-nginx-error.log warn;
events { worker_connections 4096; }
http {
    access_log off;
    client_body_temp_path $WORK/bench-nginx-temp/body;
    proxy_temp_path $WORK/bench-nginx-temp/proxy;
    upstream one { zone one 64k; server 127.0.0.1:$((BALANCER_PORT + 1)); keepalive 64; }
    upstream three {
        zone three 64k;
        server 127.0.0.1:$((BALANCER_PORT + 1));
        server 127.0.0.1:$((BALANCER_PORT + 2));
        server 127.0.0.1:$((BALANCER_PORT + 3));
        keepalive 64;
    }
    server {
        listen 127.0.0.1:$ONE;
        location / { proxy_pass http://one; proxy_http_version 1.1; proxy_set_header Connection ""; proxy_set_header Host \$http_host; }
    }
    server {
        listen 127.0.0.1:$THREE;
        location / { proxy_pass http://three; proxy_http_version 1.1; proxy_set_header Connection ""; proxy_set_header Host \$http_host; }
    }
}
CONF
nginx -c "$WORK/bench-nginx.conf" -p "$WORK"

measure() { # label url
  local out rps p50 p99 non2xx errors
  out=$(wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency "$2")
  rps=$(awk '/Requests\/sec/{print $2}' <<<"$out")
  p50=$(awk '$1=="50%"{print $2}' <<<"$out")
  p99=$(awk '$1=="99%"{print $2}' <<<"$out")
  non2xx=$(awk '/Non-2xx or 3xx/{print $5}' <<<"$out")
  errors=$(awk '/Socket errors/{print $0}' <<<"$out")
  printf "%-34s %9.0f req/s  p50 %8s  p99 %8s  non-2xx %s %s\n" "$1" "$rps" "$p50" "$p99" "${non2xx:-0}" "$errors"
}

echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); wrk -t2 -c$CONNECTIONS -d$DURATION on $PAGE"
# Warm every instance's JIT first, as servers that have run a while.
wrk -t2 -c"$CONNECTIONS" -d10s "http://127.0.0.1:$THREE$PAGE" >/dev/null
for round in 1 2; do
  measure "round $round: instance 1 directly" "http://127.0.0.1:$((BALANCER_PORT + 1))$PAGE"
  measure "round $round: nginx -> 1 instance" "http://127.0.0.1:$ONE$PAGE"
  measure "round $round: nginx -> 3 instances" "http://127.0.0.1:$THREE$PAGE"
done
