#!/usr/bin/env bash
# Fan-out and fail-over check of the local cluster (deploy/ClusterHarness.java says what it does): starts
# the cluster when it is not running (and stops it again afterwards), runs the harness, prints PASS or FAIL
# with its numbers and exits non-zero on FAIL. Takes a few minutes; not part of ./mvnw verify.
#   deploy/cluster-harness.sh [--readers-per-endpoint 100] [--entries 20] [--failover-readers 200] [--kill-instance 2]
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
BALANCER_PORT=${LIVEBLOG_CLUSTER_PORT:-8380}
# Each reader is a socket.
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true

STARTED=
if ! deploy/local-cluster.sh status | grep -q "nginx: running"; then
  deploy/local-cluster.sh start
  STARTED=yes
fi
cleanup() { if [ -n "$STARTED" ]; then deploy/local-cluster.sh stop; fi; }
trap cleanup EXIT

echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); $("$JAVA_HOME/bin/java" -version 2>&1 | head -1)"
"$JAVA_HOME/bin/java" -Xmx1g deploy/ClusterHarness.java --balancer "http://127.0.0.1:$BALANCER_PORT" \
  --instance-ports "$((BALANCER_PORT + 1)),$((BALANCER_PORT + 2)),$((BALANCER_PORT + 3))" \
  --cluster-script deploy/local-cluster.sh "$@"
