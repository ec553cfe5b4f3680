#!/usr/bin/env bash
# Builds the WebAssembly module into www/pkg (wasm-pack, release, wasm-opt from binaryen@132) and
# prints its size, raw and gzipped. Assumes scripts/setup.sh has run.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
export PATH="$root/tools/node/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
cd "$root"
wasm-pack --quiet build --target web --out-dir www/pkg --release --no-pack >&2
rm -f www/pkg/.gitignore
raw=$(wc -c < www/pkg/quotelens_bg.wasm)
gz=$(gzip -9c www/pkg/quotelens_bg.wasm | wc -c)
awk -v r="$raw" -v g="$gz" 'BEGIN { printf "wasm size: %d bytes raw (%.1f KB), %d bytes gzipped (%.1f KB)\n", r, r / 1024, g, g / 1024 }'
