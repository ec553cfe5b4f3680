#!/usr/bin/env bash
# Runs every test: native unit, golden and eval-ratchet tests (cargo test), the WASM build with its
# size, and the headless-Chromium browser tests of the demo page. Installs what is missing first.
# The last line is the total: `N passed, N failed`.
set -uo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
export PATH="$root/tools/node/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
bash scripts/setup.sh || { echo "setup failed"; echo "0 passed, 1 failed"; exit 1; }

passed=0
failed=0
status=0

echo "== native tests (cargo test) =="
log=$(mktemp)
cargo test --release --all-targets --no-fail-fast 2>&1 | tee "$log"
cargo_rc=${PIPESTATUS[0]}
cargo test --release --doc --no-fail-fast 2>&1 | tee -a "$log"
doc_rc=${PIPESTATUS[0]}
p=$(grep -E '^test result:' "$log" | sed -E 's/.* ([0-9]+) passed.*/\1/' | awk '{s+=$1} END {print s+0}')
f=$(grep -E '^test result:' "$log" | sed -E 's/.* ([0-9]+) failed.*/\1/' | awk '{s+=$1} END {print s+0}')
passed=$((passed + p)); failed=$((failed + f))
if [ "$cargo_rc" -ne 0 ] || [ "$doc_rc" -ne 0 ]; then
  status=1
  [ "$f" -eq 0 ] && failed=$((failed + 1))  # a build failure counts as a failure
fi
rm -f "$log"

echo "== WASM build =="
if bash scripts/build-wasm.sh; then
  passed=$((passed + 1))
else
  echo "WASM build failed"; failed=$((failed + 1)); status=1
fi

echo "== browser tests (headless Chromium) =="
blog=$(mktemp)
node tests/browser/run.mjs 2>&1 | tee "$blog"
brc=${PIPESTATUS[0]}
line=$(grep -E '^browser: [0-9]+ passed, [0-9]+ failed' "$blog" | tail -n1)
if [ -n "$line" ]; then
  bp=$(echo "$line" | sed -E 's/browser: ([0-9]+) passed.*/\1/')
  bf=$(echo "$line" | sed -E 's/.* ([0-9]+) failed.*/\1/')
  passed=$((passed + bp)); failed=$((failed + bf))
else
  failed=$((failed + 1))
fi
[ "$brc" -ne 0 ] && status=1
rm -f "$blog"

echo
echo "$passed passed, $failed failed"
[ "$failed" -gt 0 ] && status=1
exit $status
