#!/usr/bin/env bash
# Latency of POST /api/v1/analyze (synchronous analysis of one file, all analyzers) on a 1,000-line Java file and a
# 1,000-line Python file: starts the packaged jar on embedded defaults, warms up, then prints p50/p90/max over N calls.
# Goal: < 1 s for a 1,000-line file. Usage: bench/analyze-latency.sh [calls=30]
# Needs: the packaged jar (./mvnw -q package -DskipTests), curl, python3.
set -euo pipefail
cd "$(dirname "$0")/.."
calls=${1:-30}
port=${PORT:-18091}
. bench/server-lib.sh
python3 - "$home" "$calls" <<'PY'
import json, sys
home, calls = sys.argv[1], int(sys.argv[2])
java = ["package bench;", "", "import java.util.*;", "", "public class Orders {"]
i = 0
while len(java) < 995:
    java += [f"    public int total{i}(List<Integer> xs, String id) throws Exception {{",
             "        int sum = 0;",
             "        for (int x : xs) { if (x > 10) { sum += x; } else { sum -= 1; } }",
             f"        String q = \"SELECT * FROM t WHERE id = '\" + id + \"'\";",
             "        try { Thread.sleep(1); } catch (InterruptedException e) { }",
             "        return sum + q.length();",
             "    }", ""]
    i += 1
java.append("}")
py = ["import os", "import subprocess", ""]
i = 0
while len(py) < 1000:
    py += [f"def handler_{i}(request, items=[]):", "    total = 0", "    for x in items:",
           "        if x == None:", "            continue", "        total += x",
           "    return eval(request.args.get('expr')) + total", ""]
    i += 1
for name, code, lang, comment in (("Orders.java", "\n".join(java), "java", "//"),
                                  ("app.py", "\n".join(py), "python", "#")):
    # Each call gets different content (a last comment line), so the content-hash result cache never answers.
    for n in range(calls + 5):
        json.dump({"code": f"{code}\n{comment} call {n}\n", "language": lang, "filename": name},
                  open(f"{home}/{lang}-{n}.json", "w"))
    print(f"{name}: {len(code.splitlines()) + 1} lines")
PY
measure() { # language
  local times="$home/$1.times"
  for n in $(seq "$calls" $((calls + 4))); do # warm-up (JIT, first compilation of the language's queries)
    curl -sf -o /dev/null -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
      --data-binary @"$home/$1-$n.json" "http://localhost:$port/api/v1/analyze"
  done
  : > "$times"
  for n in $(seq 0 $((calls - 1))); do
    curl -sf -o "$home/out.json" -w '%{time_total}\n' -H "Authorization: Bearer $token" \
      -H 'Content-Type: application/json' --data-binary @"$home/$1-$n.json" \
      "http://localhost:$port/api/v1/analyze" >> "$times"
  done
  python3 - "$1" "$times" "$home/out.json" <<'PY'
import json, sys
lang, times, out = sys.argv[1], sorted(float(t) for t in open(sys.argv[2])), json.load(open(sys.argv[3]))
pick = lambda q: times[min(len(times) - 1, int(q * len(times)))]
findings = out.get("findings", out.get("items", []))
print(f"POST /api/v1/analyze {lang:6} {len(times)} calls: p50 {pick(0.5)*1000:.0f} ms, p90 {pick(0.9)*1000:.0f} ms, "
      f"max {times[-1]*1000:.0f} ms, {len(findings)} findings (goal < 1000 ms)")
PY
}
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
measure java
measure python
