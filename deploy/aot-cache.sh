#!/usr/bin/env bash
# Makes the JDK's ahead-of-time cache for the extracted application (README, "Starting fast"): a training run
# that starts it as production does (Spring's AOT code included, -Dspring.aot.enabled=true), waits until it is
# ready (its pages rendered, the listener listening), asks it for a few pages as readers and editors would, and
# stops it; the JVM writes the cache as it exits. The cache then holds every class a start and the first
# requests load, linked, with their profiles. Run it per release, on the JDK the instance runs (a cache is only
# taken by the JVM build that made it), with the instance's database settings in the environment
# (SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME, SPRING_DATASOURCE_PASSWORD, LIVEBLOG_PUBLIC_URL): it is a
# start of the instance, so it migrates the database as a start would. It listens on loopback only.
#   deploy/aot-cache.sh APP_JAR CACHE [PORT=8089]
set -euo pipefail
JAR=$1
CACHE=$2
PORT=${3:-8089}
JAVA=${JAVA:-java}
BASE="http://127.0.0.1:$PORT"

"$JAVA" -XX:AOTCacheOutput="$CACHE" -Dspring.aot.enabled=true -jar "$JAR" --server.port="$PORT" \
  --server.address=127.0.0.1 --logging.level.root=WARN &
TRAINING=$!
trap 'kill "$TRAINING" 2>/dev/null || true' EXIT
ready=
for _ in $(seq 1 3000); do
  if curl -fs -o /dev/null "$BASE/readyz"; then ready=yes; break; fi
  kill -0 "$TRAINING" 2>/dev/null || break
  sleep 0.1
done
[ -n "$ready" ] || { echo "aot-cache: the training run did not get ready" >&2; exit 1; }
# The paths of the first requests: the front page, the first blog's page and its feeds, the sign-in page.
blog=$(curl -fs "$BASE/" | grep -o 'href="/live/[^"/]*"' | head -1 | sed 's|href="||; s|"||' || true)
for path in / ${blog:+"$blog" "$blog" "$blog/feed.atom"} /admin/login /readyz /livez; do
  curl -s -o /dev/null "$BASE$path" || true
done
kill -TERM "$TRAINING"
wait "$TRAINING" || true # a JVM stopped by SIGTERM exits with 143, after writing the cache
trap - EXIT
[ -s "$CACHE" ] || { echo "aot-cache: no cache was written to $CACHE" >&2; exit 1; }
echo "aot-cache: $CACHE ($(du -m "$CACHE" | cut -f1) MB)"
