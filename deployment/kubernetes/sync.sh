#!/usr/bin/env bash
# Regenerates base/app.yml from the manifests Quarkus writes at package time (target/kubernetes/kubernetes.yml),
# dropping the per-build annotations so that the committed copy only changes when the configuration does.
# Usage: deployment/kubernetes/sync.sh [--check]   (--check exits 1 when the committed copy is stale)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
generated="$root/target/kubernetes/kubernetes.yml"
if [[ ! -f "$generated" ]]; then
  (cd "$root" && ./mvnw -q package -DskipTests)
fi
tmp="$(mktemp)"
{
  echo "# Generated from src/main/resources/application.properties (quarkus.kubernetes.*) by deployment/kubernetes/sync.sh."
  echo "# Do not edit by hand: change the properties, run ./mvnw package and this script."
  # drop per-build annotations, then any annotations: key left empty
  grep -v -E 'app.quarkus.io/(commit-id|build-timestamp|quarkus-version)' "$generated" |
    awk '{ if (held != "") { match($0, /^ */); if (RLENGTH <= hi) { held = "" } else { print held; held = "" } }
           if ($0 ~ /^ *annotations:$/) { held = $0; match($0, /^ */); hi = RLENGTH; next } print }
         END { if (held != "") print held }'
} > "$tmp"
if [[ "${1:-}" == "--check" ]]; then
  if diff -q "$tmp" "$here/base/app.yml" >/dev/null; then echo "deployment/kubernetes/base/app.yml is up to date"; rm -f "$tmp"; exit 0; fi
  diff -u "$here/base/app.yml" "$tmp" | head -40; rm -f "$tmp"
  echo "deployment/kubernetes/base/app.yml is stale: run deployment/kubernetes/sync.sh" >&2; exit 1
fi
mv "$tmp" "$here/base/app.yml"
echo "wrote deployment/kubernetes/base/app.yml"
