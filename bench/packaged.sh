# The set-up of the benchmarks that run the packaged application as production does (bench/photo-upload.sh,
# bench/startup.sh), sourced from the repository's root after PORT and DATABASE_PORT are set: the JDK, a
# throwaway folder, the jar built, an embedded PostgreSQL on loopback, and everything stopped on exit.
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAVA="$JAVA_HOME/bin/java"
WORK=$(mktemp -d)
DATABASE=
SERVER=
cleanup() {
  if [ -n "$SERVER" ]; then kill "$SERVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true; fi
  if [ -n "$DATABASE" ]; then kill "$DATABASE" 2>/dev/null || true; wait "$DATABASE" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

# Builds the jar (JAR) and the test classpath (TEST_CLASSPATH: the embedded database and the demo data live there).
package_app() {
  ./mvnw -B -q -ntp -DskipTests package dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt \
    -Dmdep.includeScope=test >/dev/null 2>&1
  JAR=$(ls target/liveblog-*.jar | grep -v plain | head -1)
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
