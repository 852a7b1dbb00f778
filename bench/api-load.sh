#!/usr/bin/env bash
# HTTP load: wrk against /q/health and an authenticated endpoint of the same server, one after the other, printing
# requests/s and latency percentiles for both and the ratio (goal: authenticated >= half of health).
# Usage: bench/api-load.sh [duration=20s] [connections=32]
#   AUTH_PATH=/some/path  authenticated GET to measure (default: GET /api/v1/scans/{id} of a scan the script
#                         uploads first and waits for)
# Needs: wrk (apt-get install -y wrk) and the packaged jar (./mvnw -q package -DskipTests).
set -euo pipefail
cd "$(dirname "$0")/.."
duration=${1:-20s}
connections=${2:-32}
auth_path=${AUTH_PATH:-}
port=${PORT:-18090}
. bench/server-lib.sh
if [ -z "$auth_path" ]; then # a real scan to read back, as a UI polling a scan would
  mkdir -p "$home/proj" && printf 'import os\n\ndef run(cmd):\n    return eval(cmd)\n' > "$home/proj/app.py"
  (cd "$home" && python3 -m zipfile -c proj.zip proj)
  id=$(curl -sf -H "Authorization: Bearer $token" -H 'Content-Type: application/zip' --data-binary @"$home/proj.zip" \
    "http://localhost:$port/api/v1/scans?name=bench.zip" | sed -E 's/.*"id":"([^"]+)".*/\1/')
  until curl -sf -H "Authorization: Bearer $token" "http://localhost:$port/api/v1/scans/$id" | grep -q '"status":"succeeded"'; do
    sleep 0.5
  done
  auth_path=/api/v1/scans/$id
fi
curl -sf -o /dev/null -H "Authorization: Bearer $token" "http://localhost:$port$auth_path" \
  || { echo "GET $auth_path failed with the bench token" >&2; exit 1; }

run() { # name, path, extra wrk args...
  local name=$1 path=$2; shift 2
  wrk -t2 -c"$connections" -d10s "$@" "http://localhost:$port$path" >/dev/null   # warm-up (JIT, pools)
  wrk -t2 -c"$connections" -d"$duration" --latency "$@" "http://localhost:$port$path" > "$home/$name.txt"
  local rps p50 p99
  rps=$(awk '/Requests\/sec/ {print $2}' "$home/$name.txt")
  p50=$(awk '$1 == "50%" {print $2}' "$home/$name.txt")
  p99=$(awk '$1 == "99%" {print $2}' "$home/$name.txt")
  non2xx=$(awk '/Non-2xx/ {print $NF}' "$home/$name.txt")
  printf '%-28s %10s req/s   p50 %-9s p99 %-9s non-2xx %s\n' "GET $path" "$rps" "$p50" "$p99" "${non2xx:-0}"
  echo "$rps" > "$home/$name.rps"
}
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); wrk -t2 -c$connections -d$duration"
run health /q/health
run auth "$auth_path" -H "Authorization: Bearer $token"
awk -v a="$(cat "$home/auth.rps")" -v h="$(cat "$home/health.rps")" \
  'BEGIN { printf "authenticated / health throughput: %.2f (goal >= 0.50)\n", a / h }'
