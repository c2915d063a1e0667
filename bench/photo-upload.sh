#!/usr/bin/env bash
# Photo upload benchmark: packages the app and runs the jar as in production (java -jar, -Xmx1g) on an embedded
# PostgreSQL in a throwaway folder, then uploads generated 12-megapixel photos (bench/PhotoUploads.java): the
# processing time one at a time, the heap while processing, and how many of N uploads sent at once are taken
# and how many refused with 503. Loopback only; it stops by itself.
#   bench/photo-upload.sh [UPLOADS=10] [BURSTS=2,4,8,16]
set -euo pipefail
cd "$(dirname "$0")/.."
UPLOADS=${1:-10}
BURSTS=${2:-2,4,8,16}
PORT=${BENCH_PORT:-8182}
DATABASE_PORT=${BENCH_DATABASE_PORT:-15482}
. bench/packaged.sh
package_app
start_database

PASSWORD="bench-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')"
LIVEBLOG_ADMIN_USERNAME=bench-admin LIVEBLOG_ADMIN_PASSWORD="$PASSWORD" \
  "$JAVA" -Xms256m -Xmx1g -jar "$JAR" --server.port="$PORT" --server.address=127.0.0.1 \
  --logging.level.root=WARN > target/bench-photo-server.log 2>&1 &
SERVER=$!
for _ in $(seq 1 120); do curl -fs "http://127.0.0.1:$PORT/readyz" >/dev/null 2>&1 && break; sleep 1; done
curl -fs "http://127.0.0.1:$PORT/readyz" >/dev/null || { echo "the app did not start: target/bench-photo-server.log" >&2; exit 1; }

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB; $("$JAVA" -version 2>&1 | head -1)"
echo "server: java -Xms256m -Xmx1g -jar $JAR (liveblog.photos.max-concurrent-processing=2 by default)"
"$JAVA" -Xmx3g bench/PhotoUploads.java --base "http://127.0.0.1:$PORT" --username bench-admin \
  --password "$PASSWORD" --uploads "$UPLOADS" --bursts "$BURSTS" --save-first "$WORK/photo.jpg" | tee "$WORK/out.txt"

# The peer, on the same photo and the same 2 cores, the server idle by now: ImageMagick doing what the server
# does (orientation, metadata stripped, sRGB, the four widths at quality 82), as one process, median of 5.
if command -v convert >/dev/null; then
  peer() {
    convert "$WORK/photo.jpg" -auto-orient -strip -colorspace sRGB -quality 82 \
      \( +clone -resize 2048x -write "$WORK/2048.jpg" +delete \) \( +clone -resize 1440x -write "$WORK/1440.jpg" +delete \) \
      \( +clone -resize 960x -write "$WORK/960.jpg" +delete \) -resize 480x "$WORK/480.jpg"
  }
  peer
  TIMES=()
  for _ in 1 2 3 4 5; do
    START=$(date +%s%N); peer; TIMES+=($(( ($(date +%s%N) - START) / 1000000 )))
  done
  PEER=$(printf '%s\n' "${TIMES[@]}" | sort -n | sed -n 3p)
  APP=$(sed -n 's/.*server processing mean \([0-9]*\) ms.*/\1/p' "$WORK/out.txt")
  echo "peer: $(convert -version | head -1 | cut -d' ' -f2-3), same photo and steps, one process: median ${PEER} ms;" \
    "app/ImageMagick $(awk -v a="$APP" -v p="$PEER" 'BEGIN { printf "%.2f", a / p }')"
else
  echo "peer: ImageMagick not installed (apt-get install imagemagick), no comparison"
fi
