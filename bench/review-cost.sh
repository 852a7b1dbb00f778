#!/usr/bin/env bash
# Cost of an AI review of a 1,000-changed-line diff (10 Python files x 100 added lines) through POST /api/v1/review
# against a local OpenAI-compatible server (LlmStubServer from src/test, which counts calls and prompt tokens as
# characters / 4 of each request). Reviews the same diff twice and prints calls, prompt tokens and wall time of each.
# Goal: <= 4 calls and <= 16k prompt tokens the first time, 0 tokens the second (response cache).
# Usage: bench/review-cost.sh. Needs: the packaged jar (./mvnw -q package -DskipTests), curl, python3.
set -euo pipefail
cd "$(dirname "$0")/.."
port=${PORT:-18093}
stub_port=${STUB_PORT:-18094}
cp=$(bench/test-classpath.sh)
export JAVA_TOOL_OPTIONS="-Daicoder.llm.providers.openai.base-url=http://127.0.0.1:$stub_port/openai/v1"
. bench/server-lib.sh
unset JAVA_TOOL_OPTIONS
java -cp "$cp" dev.aicoder.llm.LlmStubServer "$stub_port" > /tmp/llm-stub-$$.log 2>&1 &
stub=$!
until curl -sf -o /dev/null "http://127.0.0.1:$stub_port/stats"; do sleep 0.2; done
trap 'rc=$?; kill $pid $stub 2>/dev/null; wait $pid $stub 2>/dev/null || true; rm -rf "$home" /tmp/llm-stub-$$.log; exit $rc' EXIT
auth=(-H "Authorization: Bearer $token" -H 'Content-Type: application/json')
curl -sf -X PUT "${auth[@]}" -d '{"key":"sk-bench-not-a-real-key"}' \
  "http://localhost:$port/api/v1/providers/openai/key" > /dev/null
python3 - "$home/diff.json" <<'PY'
import json, sys
diff = []
for f in range(10):
    name = f"service_{f}.py"
    body = []
    for i in range(100):
        body.append(f"+    value_{i} = compute(item, {i}) + offset_{f}")
    diff += [f"diff --git a/{name} b/{name}", f"--- a/{name}", f"+++ b/{name}",
             f"@@ -1,1 +1,{len(body) + 1} @@", f" def handler_{f}(item, offset_{f}):"] + body
json.dump({"diff": "\n".join(diff) + "\n", "repository": "bench/repo"}, open(sys.argv[1], "w"))
changed = sum(1 for l in diff if l.startswith("+") and not l.startswith("+++"))
print(f"diff: {changed} changed lines in 10 files")
PY
stats() { curl -sf "http://127.0.0.1:$stub_port/stats"; }
for run in first second; do
  before=$(stats)
  start=$(date +%s.%N)
  out=$(curl -sf "${auth[@]}" -d @"$home/diff.json" "http://localhost:$port/api/v1/review")
  end=$(date +%s.%N)
  after=$(stats)
  python3 - "$run" "$before" "$after" "$start" "$end" "$out" <<'PY'
import json, sys
run, b, a, s, e, out = sys.argv[1], json.loads(sys.argv[2]), json.loads(sys.argv[3]), float(sys.argv[4]), float(sys.argv[5]), json.loads(sys.argv[6])
print(f"{run} review: calls={a['calls'] - b['calls']} prompt_tokens={a['prompt_tokens'] - b['prompt_tokens']} "
      f"wall={e - s:.2f}s mode={out['mode']} ai_calls={out['ai_calls']} cached_calls={out['cached_calls']} "
      f"not_reviewed={len(out['not_reviewed'])}")
PY
  if [ -n "${DUMP_PROMPT:-}" ]; then curl -sf "http://127.0.0.1:$stub_port/last" > "$DUMP_PROMPT.$run"; fi
done
