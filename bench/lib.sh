# The set-up the live benchmarks share (bench/sse-fanout.sh, bench/soak.sh), sourced from the repository's
# root: the JDK, the development run started on loopback, and what the results are to be read against.
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAVA="$JAVA_HOME/bin/java"
PORT=${BENCH_PORT:-8181}
SERVER=
DATA=
# Each reader is a socket on both sides: raise the file-descriptor limit as far as allowed.
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true

# Starts the development run (embedded PostgreSQL in a throwaway folder, demo blog) on 127.0.0.1:$PORT,
# logging to the given file, and waits until the given address answers. SERVER is its pid; stop_app ends it.
#   start_app LOG READY_PATH
start_app() {
  ./mvnw -B -q -ntp test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test >/dev/null
  DATA=$(mktemp -d)
  "$JAVA" -Xms512m -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" \
    news.liveblog.DevLiveBlogApplication --server.port="$PORT" --server.address=127.0.0.1 \
    --liveblog.dev.data-directory="$DATA" --logging.level.root=WARN > "$1" 2>&1 &
  SERVER=$!
  for _ in $(seq 1 120); do
    curl -fs "http://127.0.0.1:$PORT$2" >/dev/null 2>&1 && break
    sleep 1
  done
}

stop_app() {
  if [ -n "$SERVER" ]; then
    kill "$SERVER" 2>/dev/null || true
    wait "$SERVER" 2>/dev/null || true
  fi
  if [ -n "$DATA" ]; then rm -rf "$DATA"; fi
}

print_machine() {
  echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB; $("$JAVA" -version 2>&1 | head -1)"
}
