#!/usr/bin/env bash
# Precision and recall of the performance rule packs on the labeled examples
# (src/test/resources/performance-labeled: "expect: <rule>" markers), then, for each folder given, the performance
# findings on real unlabeled code per rule with samples to review by hand.
# Usage: bench/performance-rules.sh [REAL_CODE_DIR...] [-n SAMPLES]
set -euo pipefail
cd "$(dirname "$0")/.."
samples=5
dirs=()
while [ $# -gt 0 ]; do
  case "$1" in
    -n) samples=$2; shift 2 ;;
    *) dirs+=("$1"); shift ;;
  esac
done
cp=$(bench/test-classpath.sh)
echo "== labeled set"
java -cp "$cp" dev.aicoder.analysis.performance.LabeledCorpus 2>/dev/null
for d in "${dirs[@]}"; do
  echo "== real code: $d ($(find "$d" -type f | wc -l) files)"
  java -cp "$cp" dev.aicoder.analysis.performance.LabeledCorpus --real "$d" "$samples" 2>/dev/null
done
