#!/usr/bin/env bash
# Lines per second of the quality analyzers (tree-sitter parse, YAML rule packs, metrics) per language, and of
# PMD and duplicate detection, over real code found on this machine or fetched from the npm registry:
#   Java: the JDK's src.zip; Python: the system Python's standard library; JavaScript: npm's own sources;
#   TypeScript: @types/node and zod (npm pack); C: /usr/include.
# Usage: bench/rules-speed.sh [THREADS]   (default 2, the goal's core count)
set -euo pipefail
cd "$(dirname "$0")/.."
THREADS="${1:-2}"
WORK="${TMPDIR:-/tmp}/aicoder-rules-speed"
mkdir -p "$WORK"

./mvnw -q -o compile >/dev/null 2>&1 || ./mvnw -q compile
[ -f "$WORK/cp.txt" ] || ./mvnw -q dependency:build-classpath -Dmdep.outputFile="$WORK/cp.txt" >/dev/null
CP="target/classes:$(cat "$WORK/cp.txt")"

SRC_ZIP=""
for z in /usr/lib/jvm/*/lib/src.zip; do [ -f "$z" ] && SRC_ZIP="$z"; done
if [ -n "$SRC_ZIP" ] && [ -z "$(ls -A "$WORK/java" 2>/dev/null)" ]; then
  mkdir -p "$WORK/java" && unzip -q -o "$SRC_ZIP" 'java.base/java/util/*' 'java.base/java/io/*' \
    'java.base/java/net/*' 'java.sql/*' 'java.logging/*' 'java.net.http/*' -d "$WORK/java" || true
fi
PY="$(ls -d /usr/lib/python3.*/ 2>/dev/null | head -1)"
JS="$(npm root -g 2>/dev/null)/npm"
if [ ! -d "$WORK/ts" ]; then
  mkdir -p "$WORK/ts" && (cd "$WORK/ts" && for p in @types/node zod; do
    npm pack --silent "$p" >/dev/null 2>&1 && for t in *.tgz; do mkdir -p "${t%.tgz}" && tar xzf "$t" -C "${t%.tgz}" && rm "$t"; done
  done) || true
fi

ARGS=()
[ -d "$WORK/java" ] && ARGS+=("java=$WORK/java")
[ -n "$PY" ] && ARGS+=("python=$PY")
[ -d "$JS" ] && ARGS+=("javascript=$JS")
[ -d "$WORK/ts" ] && ARGS+=("typescript=$WORK/ts")
[ -d /usr/include ] && ARGS+=("c=/usr/include")

echo "threads: $THREADS, CPU: $(nproc) cores, $(java -version 2>&1 | head -1)"
java -Xmx2g -cp "$CP" bench/RulesSpeed.java "$THREADS" "${ARGS[@]}" 2>&1 | grep -v "^WARNING"
