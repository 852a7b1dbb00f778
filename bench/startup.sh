#!/usr/bin/env bash
# Start-up time and resident memory of the packaged server on embedded defaults.
# Usage: bench/startup.sh [runs]   (needs: ./mvnw package -DskipTests first)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
jar=target/quarkus-app/quarkus-run.jar
[ -f "$jar" ] || { echo "build first: ./mvnw -q package -DskipTests" >&2; exit 2; }
home=$(mktemp -d)
port=18080
trap 'pkill -f "aicoder.bench.startup" >/dev/null 2>&1 || true; rm -rf "$home"' EXIT
for i in $(seq 1 "$runs"); do
  start=$(date +%s%N)
  java -Daicoder.bench.startup=1 -Duser.home="$home" -Dquarkus.http.port=$port -jar "$jar" > "$home/run-$i.log" 2>&1 &
  pid=$!
  until curl -sf -o /dev/null "http://localhost:$port/q/health/ready"; do sleep 0.05; done
  ready_ms=$(( ($(date +%s%N) - start) / 1000000 ))
  started=$(grep -o 'started in [0-9.]*s' "$home/run-$i.log" | head -1)
  rss_kb=$(ps -o rss= -p "$pid" | tr -d ' ')
  kind=$([ "$i" = 1 ] && echo "first start (initdb, migrations)" || echo "restart")
  printf 'run %d (%s): ready after %d ms (Quarkus: %s), RSS %d MB\n' "$i" "$kind" "$ready_ms" "$started" $((rss_kb / 1024))
  kill "$pid"; wait "$pid" 2>/dev/null || true
done
