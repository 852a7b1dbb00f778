#!/usr/bin/env bash
# Checks the Terraform roots: formatting and syntax always (terraform fmt parses every file), and, when the providers
# can be installed (network or a provider mirror in ~/.terraformrc), terraform validate as well.
set -uo pipefail
cd "$(dirname "$0")"
exec 2> >(grep -v -e "CLI configuration" -e "terraformrc" -e "^[╷│╵]" >&2)
status=0
for root in aws azure gcp; do
  if terraform fmt -check -diff "$root" >/dev/null; then
    echo "$root: fmt ok"
  else
    echo "$root: fmt FAILED (run terraform fmt -recursive terraform/)"; status=1; continue
  fi
  if timeout 120 terraform -chdir="$root" init -backend=false -input=false >/tmp/tf-init-$root.log 2>&1; then
    if terraform -chdir="$root" validate -no-color; then echo "$root: validate ok"; else status=1; fi
  else
    echo "$root: validate skipped (providers could not be installed: $(grep -m1 -o 'Failed to query available provider packages\|could not connect[^.]*\|no such host' /tmp/tf-init-$root.log || echo 'see /tmp/tf-init-'$root'.log'))"
  fi
done
exit $status
