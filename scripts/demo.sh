#!/usr/bin/env bash
# make demo: start the sandbox with the example app, then plan -> apply -> plan against examples/store.
set -euo pipefail
cd "$(dirname "$0")/.."
log=$(mktemp)
bin/ascctl sandbox --port 0 --seed examples/sandbox/notes-seed.yaml >"$log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; rm -f "$log"' EXIT
for _ in $(seq 1 100); do
  grep -q '^listening on ' "$log" && break
  sleep 0.1
done
url=$(sed -n 's/^listening on //p' "$log" | head -1)
[ -n "$url" ] || { echo "sandbox did not start:"; cat "$log"; exit 1; }
echo "== sandbox at $url"
ascctl() { bin/ascctl --profile sandbox --endpoint "$url" "$@"; }

echo "== ascctl plan (changes expected: exit 2 with --detailed-exitcode)"
set +e; ascctl plan --store examples/store --detailed-exitcode; rc=$?; set -e
[ "$rc" = 2 ] || { echo "expected exit 2, got $rc"; exit 1; }

echo "== ascctl apply --auto-approve"
ascctl apply --store examples/store --auto-approve

echo "== ascctl plan again (no changes: exit 0)"
ascctl plan --store examples/store --detailed-exitcode
echo "== demo passed: plan showed changes, apply made them, the second plan is clean"

