#!/usr/bin/env bash
# PMD over the JDK's own sources: one PmdAnalysis for all files vs one per file (same rules, same threads).
# Usage: bench/pmd-modes.sh [MAX_FILES] [THREADS]   (defaults 300 and 2)
set -euo pipefail
cd "$(dirname "$0")/.."
WORK="${TMPDIR:-/tmp}/aicoder-rules-speed"
mkdir -p "$WORK"
./mvnw -q -o compile >/dev/null 2>&1 || ./mvnw -q compile
[ -f "$WORK/cp.txt" ] || ./mvnw -q dependency:build-classpath -Dmdep.outputFile="$WORK/cp.txt" >/dev/null
SRC_ZIP=""
for z in /usr/lib/jvm/*/lib/src.zip; do [ -f "$z" ] && SRC_ZIP="$z"; done
if [ -z "$(ls -A "$WORK/java" 2>/dev/null)" ]; then
  [ -n "$SRC_ZIP" ] || { echo "no JDK src.zip found under /usr/lib/jvm" >&2; exit 1; }
  mkdir -p "$WORK/java" && unzip -q -o "$SRC_ZIP" 'java.base/java/util/*' 'java.base/java/io/*' \
    'java.base/java/net/*' 'java.sql/*' 'java.logging/*' 'java.net.http/*' -d "$WORK/java"
fi
java -Xmx2g -cp "target/classes:$(cat "$WORK/cp.txt")" bench/PmdModes.java "$WORK/java" "${1:-300}" "${2:-2}" 2>&1 \
  | grep -v "^WARNING"
