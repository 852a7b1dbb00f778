#!/usr/bin/env bash
# The architecture endpoint on a real open-source code base, through the API of the packaged jar (embedded
# defaults): uploads a Maven Central sources jar (default: Jackson Databind 2.21.3) as a scan of the
# maintainability category, waits for it, then prints the scan time, the package cycles, the most coupled packages,
# the top suggestions and the first lines of the Mermaid and DOT renderings from GET /scans/{id}/architecture.
# Needs the jar (./mvnw -q package -DskipTests), curl, python3; network access to Maven Central on the first run;
# renders the DOT with Graphviz when `dot` is installed.
# Usage: bench/architecture-api.sh [group/path/artifact/version/file-sources.jar]
set -euo pipefail
cd "$(dirname "$0")/.."
jar_path=${1:-com/fasterxml/jackson/core/jackson-databind/2.21.3/jackson-databind-2.21.3-sources.jar}
cache=${AICODER_BENCH_CACHE:-$HOME/.cache/aicoder-bench}
mkdir -p "$cache"
sources="$cache/$(basename "$jar_path")"
[ -f "$sources" ] || curl -sfL -o "$sources" "https://repo.maven.apache.org/maven2/$jar_path"
port=${PORT:-18093}
source bench/server-lib.sh
t0=$(date +%s.%N)
id=$(curl -sf -H "Authorization: Bearer $token" -F "file=@$sources;filename=$(basename "$sources" .jar).zip" \
  -F categories=maintainability "http://localhost:$port/api/v1/scans" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
while :; do
  status=$(curl -sf -H "Authorization: Bearer $token" "http://localhost:$port/api/v1/scans/$id" \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["status"])')
  [ "$status" = succeeded ] && break
  [ "$status" = failed ] || [ "$status" = cancelled ] && { echo "scan $status" >&2; exit 1; }
  sleep 0.5
done
t1=$(date +%s.%N)
curl -sf -H "Authorization: Bearer $token" "http://localhost:$port/api/v1/scans/$id/architecture" > "$home/arch.json"
python3 - "$home/arch.json" "$t0" "$t1" "$(basename "$sources")" <<'PY'
import json, sys
r = json.load(open(sys.argv[1])); s = r["summary"]
print(f"{sys.argv[4]}: scan (upload, intake, maintainability analyzers, store) {float(sys.argv[3]) - float(sys.argv[2]):.1f} s;"
      f" architecture analyzer {s['millis'] / 1000:.1f} s; {s['units']} units, {s['packages']} packages, "
      f"{s['dependencies']} dependencies, {s['lines']:,} lines")
print("most coupled packages:", ", ".join(s["most_coupled"][:5]))
for c in r["package_cycles"][:5]:
    print(f"package cycle ({len(c['members'])} packages): {' -> '.join(c['shortest'])} -> {c['shortest'][0]}"
          f"  cheapest cut {c['cut_from']} -> {c['cut_to']} ({c['cut_weight']} refs)")
worst = sorted(r["package_metrics"], key=lambda m: -(m["ca"] + m["ce"]))[:3]
for m in worst:
    print(f"  {m['name']}: Ca {m['ca']}, Ce {m['ce']}, I {m['instability']}, A {m['abstractness']}, D {m['distance']}")
for sg in r["suggestions"][:5]:
    print(f"suggestion {sg['rank']} [{sg['status']}, id {sg['id'][:8]}]: {sg['title']}")
    print(f"    explanation ({sg.get('explanation_by')}): {sg['explanation'][:140]}...")
mermaid = r["renderings"]["mermaid"].splitlines(); dot = r["renderings"]["dot"].splitlines()
print(f"mermaid: {len(mermaid)} lines, starts: {mermaid[0]} / {mermaid[1].strip()}")
print(f"dot: {len(dot)} lines, red (cycle) edges: {sum('#d62728' in l for l in dot)}")
PY
# Does the DOT rendering render? Graphviz when installed (Debian: apt-get install graphviz).
if command -v dot >/dev/null; then
  curl -sf -H "Authorization: Bearer $token" "http://localhost:$port/api/v1/scans/$id/architecture?rendering=dot" \
    > "$home/arch.dot"
  if dot -Tsvg "$home/arch.dot" -o "$home/arch.svg" 2> "$home/dot.err"; then
    echo "graphviz $(dot -V 2>&1 | awk '{print $5}'): rendered $(wc -c < "$home/arch.svg") bytes of SVG," \
      "$(grep -c '<g id="node' "$home/arch.svg") nodes, $(grep -c '<g id="edge' "$home/arch.svg") edges"
  else
    echo "graphviz could not render the DOT: $(head -3 "$home/dot.err")"; exit 1
  fi
fi
