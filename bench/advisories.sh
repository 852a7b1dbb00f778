#!/usr/bin/env bash
# OSV advisory store speed on a fresh embedded PostgreSQL: import N generated advisories (batches of 500), import
# them again (no change), and look up 5,000 packages in one query. Usage: bench/advisories.sh [advisories=50000]
set -euo pipefail
cd "$(dirname "$0")/.."
cp=$(bench/test-classpath.sh)
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
exec java -Xmx2g -Djava.util.logging.manager=org.jboss.logmanager.LogManager -cp "$cp" \
  dev.aicoder.advisories.AdvisoryBenchmark "${1:-50000}" 2> >(grep -v -E "outOfOrder|^\s*$" >&2)
