#!/usr/bin/env bash
# Java taint analysis (taint-java: parse, workspace type solver, method summaries, pattern checks) on real code:
# the Guava, Jackson Databind and Commons Lang sources jars that bench/architecture.sh downloads (same cache),
# each in a fresh JVM (first run cold, then warm), then all four together. Prints wall and CPU seconds.
# Usage: bench/taint-speed.sh [runs=3]   (cache: $AICODER_BENCH_CACHE, default ~/.cache/aicoder-bench)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
cache=${AICODER_BENCH_CACHE:-$HOME/.cache/aicoder-bench}
if [ ! -d "$cache/all" ]; then
  echo "no sources in $cache: run bench/architecture.sh once first (it downloads them)" >&2
  exit 1
fi
cp=$(bench/test-classpath.sh)
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
for dir in "$cache"/guava-*-sources "$cache"/jackson-databind-*-sources "$cache"/commons-lang3-*-sources "$cache"/all; do
  [ -d "$dir" ] || continue
  echo "== $(basename "$dir")"
  java -Xmx2g -cp "$cp" -Dquarkus.log.level=WARN dev.aicoder.analysis.security.taint.TaintBench "$dir" "$runs" 2>/dev/null
done
