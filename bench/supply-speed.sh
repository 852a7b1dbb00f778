#!/usr/bin/env bash
# Speed of the secrets and dependency analyzers on generated inputs: secret scanning throughput (20 MB of code),
# package-lock parsing + dependency paths + OSV matching (N packages against 4N advisories), and the git history
# scan (C commits). Usage: bench/supply-speed.sh [packages=5000] [commits=300]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -o test-compile -DskipTests >/dev/null 2>&1 || ./mvnw -q test-compile -DskipTests
./mvnw -q -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt \
  >/dev/null 2>&1 || ./mvnw -q dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/bench-classpath.txt
cp="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
exec java -Xmx2g -cp "$cp" dev.aicoder.analysis.security.SupplyChainBenchmark "${1:-5000}" "${2:-300}"
