#!/usr/bin/env bash
# Precision and recall of the secret scanner on the labeled lines in
# src/test/resources/security/secrets/labeled.tsv (true secrets and look-alikes, written for this project).
# Usage: bench/secrets-score.sh   (runs the floor test and prints its figures; also prints the misses)
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(mktemp)
trap 'rm -f "$out"' EXIT
if ! ./mvnw -q test -Dtest=SecretsScoreTest -Dsurefire.failIfNoSpecifiedTests=false >"$out" 2>&1; then
  grep -E "secrets labeled set|missed|false alarm|FAIL|ERROR" "$out" | head -40
  exit 1
fi
grep -E "secrets labeled set|  (missed|false alarm)" "$out"
