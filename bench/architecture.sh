#!/usr/bin/env bash
# Architecture analysis speed on real Java code: sources jars of Guava, Jackson Databind, Commons Lang and Commons
# Collections from Maven Central (downloaded once into a cache folder), each analysed in a fresh JVM (first run
# cold, then warm runs), then all four together. Prints time, lines, units, packages, edges, cycles, findings.
# Usage: bench/architecture.sh [threads=2] [runs=3]   (cache: $AICODER_BENCH_CACHE, default ~/.cache/aicoder-bench)
set -euo pipefail
cd "$(dirname "$0")/.."
threads=${1:-2}
runs=${2:-3}
cache=${AICODER_BENCH_CACHE:-$HOME/.cache/aicoder-bench}
central=https://repo.maven.apache.org/maven2
jars=(
  com/google/guava/guava/33.5.0-jre/guava-33.5.0-jre-sources.jar
  com/fasterxml/jackson/core/jackson-databind/2.21.3/jackson-databind-2.21.3-sources.jar
  org/apache/commons/commons-lang3/3.20.0/commons-lang3-3.20.0-sources.jar
  org/apache/commons/commons-collections4/4.5.0/commons-collections4-4.5.0-sources.jar
)
mkdir -p "$cache/all"
for jar in "${jars[@]}"; do
  name=$(basename "$jar" .jar)
  if [ ! -d "$cache/$name" ]; then
    curl -sfL -o "$cache/$name.jar" "$central/$jar"
    mkdir -p "$cache/$name" && (cd "$cache/$name" && unzip -qo "../$name.jar")
    mkdir -p "$cache/all/$name" && (cd "$cache/all/$name" && unzip -qo "../../$name.jar")
  fi
done
cp=$(bench/test-classpath.sh)
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); analyzer threads: $threads"
for dir in "$cache"/guava-* "$cache"/jackson-databind-* "$cache"/commons-lang3-* "$cache"/all; do
  [ -d "$dir" ] || continue
  echo "== $(basename "$dir")"
  java -Xmx2g -cp "$cp" dev.aicoder.analysis.architecture.ArchitectureBench "$dir" "$threads" "$runs"
done
