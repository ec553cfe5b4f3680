#!/usr/bin/env bash
# Builds the WebAssembly module into www/pkg (wasm-pack, release, wasm-opt from binaryen@132) and
# prints its size, raw and gzipped. Assumes scripts/setup.sh has run.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
export PATH="$root/tools/node/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
cd "$root"
# Panic locations (file, line and column of every bounds check) are about 18 KB of the module and
# never shown to a reader: `-Zlocation-detail=none` drops them. It is a compiler option not yet
# stable, accepted by the stable toolchain with RUSTC_BOOTSTRAP=1 (as for cargo-fuzz); should a
# future compiler refuse it, the build falls back to the plain one, only larger.
if ! RUSTC_BOOTSTRAP=1 RUSTFLAGS="${RUSTFLAGS:-} -Zlocation-detail=none" wasm-pack --quiet build --target web --out-dir www/pkg --profile wasm --no-pack >&2; then
  echo "build-wasm: building again without -Zlocation-detail=none" >&2
  wasm-pack --quiet build --target web --out-dir www/pkg --profile wasm --no-pack >&2
fi
rm -f www/pkg/.gitignore
raw=$(wc -c < www/pkg/quotelens_bg.wasm)
gz=$(gzip -9c www/pkg/quotelens_bg.wasm | wc -c)
awk -v r="$raw" -v g="$gz" 'BEGIN { printf "wasm size: %d bytes raw (%.1f KB), %d bytes gzipped (%.1f KB)\n", r, r / 1024, g, g / 1024 }'

# The widget package: one folder that is both the npm package (`npm pack target/quotelens-widget`) and
# what a newsroom copies to its CDN. Same files as www/ minus the demo.
out=target/quotelens-widget
rm -rf "$out"
mkdir -p "$out/pkg"
cp www/package.json www/index.d.ts www/quote-lens-element.d.ts www/quotelens.js www/quote-lens-element.js www/quotelens.css LICENSE "$out/"
cp www/pkg/quotelens.js www/pkg/quotelens.d.ts www/pkg/quotelens_bg.wasm www/pkg/quotelens_bg.wasm.d.ts "$out/pkg/"
echo "widget package (npm / CDN folder): $out" >&2
