#!/usr/bin/env bash
# Speed of the secrets and dependency analyzers on generated inputs: secret scanning throughput (20 MB of code),
# package-lock parsing + dependency paths + OSV matching (N packages against 4N advisories), and the git history
# scan (C commits). Usage: bench/supply-speed.sh [packages=5000] [commits=300]
set -euo pipefail
cd "$(dirname "$0")/.."
cp=$(bench/test-classpath.sh)
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
exec java -Xmx2g -Djava.util.logging.manager=org.jboss.logmanager.LogManager -cp "$cp" \
  dev.aicoder.analysis.security.SupplyChainBenchmark "${1:-5000}" "${2:-300}"
