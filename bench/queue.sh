#!/usr/bin/env bash
# Task queue throughput: enqueue N no-op tasks, run them with T worker threads on a fresh embedded PostgreSQL,
# print enqueue and run rates (tasks/s) and claim latency percentiles (p50, p95, p99).
# Usage: bench/queue.sh [tasks=10000] [threads=2]
set -euo pipefail
cd "$(dirname "$0")/.."
tasks=${1:-10000}
threads=${2:-2}
./mvnw -q -o test-compile -DskipTests >/dev/null 2>&1 || ./mvnw -q test-compile -DskipTests
./mvnw -q -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt \
  >/dev/null 2>&1 || ./mvnw -q dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/bench-classpath.txt
cp="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
exec java -Xmx1g -Djava.util.logging.manager=org.jboss.logmanager.LogManager \
  -Dorg.jboss.logging.provider=jboss -cp "$cp" dev.aicoder.tasks.QueueBenchmark "$tasks" "$threads" \
  2> >(grep -v -E "outOfOrder|^\s*$" >&2)
