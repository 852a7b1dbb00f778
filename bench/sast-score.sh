#!/usr/bin/env bash
# SAST quality on the labeled corpus in src/test/resources/labeled (written for this project by the same authors
# as the analyzers; see docs/benchmarks.md "SAST score"). Prints two tables, per CWE: true-positive rate,
# false-positive rate and their difference (score), plus the mean:
#   1. the taint analyzers alone (SastScoreTest, which also fails under its floor);
#   2. the whole product through the CLI security scan (rule packs + taint + ..., duplicates merged), then the
#      same findings at --min-confidence medium (rule-pack matches the taint analysis did not confirm left out).
# Usage: bench/sast-score.sh
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(mktemp)
trap 'rm -f "$out"' EXIT
if ! ./mvnw -q test -Dtest=SastScoreTest -Dsurefire.failIfNoSpecifiedTests=false >"$out" 2>&1; then
  grep -E "FAIL|ERROR|expected|Expecting" "$out" | head -40
  exit 1
fi
sed -n '/^SAST taint analyzers/,/^mean/p' "$out"
grep -E "^  (missed|false alarm)" "$out" || true
echo
cp=$(bench/test-classpath.sh)
java -cp "$cp" -Dquarkus.log.level=WARN dev.aicoder.analysis.security.taint.SastProductScore 2>/dev/null
