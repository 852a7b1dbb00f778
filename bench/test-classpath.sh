#!/usr/bin/env bash
# Prints the classpath of the compiled main and test classes with all test-scope dependencies (compiling first),
# for bench scripts that run a main class from src/test. Usage: cp=$(bench/test-classpath.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -o test-compile -DskipTests >/dev/null 2>&1 || ./mvnw -q test-compile -DskipTests >&2
./mvnw -q -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt \
  >/dev/null 2>&1 || ./mvnw -q dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/bench-classpath.txt >&2
echo "target/test-classes:target/classes:$(cat target/bench-classpath.txt)"
