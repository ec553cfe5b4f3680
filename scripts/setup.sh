#!/usr/bin/env bash
# Installs everything quotelens needs to build, serve and test, on a bare machine.
# Idempotent: each step checks first, so a second run takes seconds.
# Usage: scripts/setup.sh [--no-browser]   (--no-browser skips Chromium, for `serve` only)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
want_browser=1
[ "${1:-}" = "--no-browser" ] && want_browser=0

# The wasm-bindgen CLI must match the crate version pinned in Cargo.toml exactly.
WASM_BINDGEN_VERSION="$(sed -n 's/^wasm-bindgen = { *version = "=\([0-9.]*\)".*/\1/p; s/^wasm-bindgen = "=\([0-9.]*\)"/\1/p' "$root/Cargo.toml" | head -n1)"
: "${WASM_BINDGEN_VERSION:?could not read the pinned wasm-bindgen version from Cargo.toml}"

log() { printf '[setup] %s\n' "$*" >&2; }
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"

if ! command -v cargo >/dev/null; then
  echo "cargo not found: quotelens needs a Rust toolchain (rustup)" >&2; exit 1
fi

if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  log "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown >&2
fi

if ! command -v wasm-bindgen >/dev/null || [ "$(wasm-bindgen --version | awk '{print $2}')" != "$WASM_BINDGEN_VERSION" ]; then
  log "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (a few minutes, once)"
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force >&2
fi

if ! command -v wasm-pack >/dev/null; then
  log "installing wasm-pack (a few minutes, once)"
  cargo install wasm-pack >&2
fi

if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  log "installing Node.js and npm"
  apt-get update >&2 && apt-get install -y nodejs npm >&2
fi

# binaryen's wasm-opt (Debian's is too old for current Rust output) and playwright-core.
if [ ! -x "$root/tools/node/node_modules/.bin/wasm-opt" ] || [ ! -d "$root/tools/node/node_modules/playwright-core" ]; then
  log "installing npm tools (binaryen, playwright-core)"
  (cd "$root/tools/node" && npm ci --no-audit --no-fund >&2)
fi

if [ "$want_browser" = 1 ] && { [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; }; then
  log "installing Debian's chromium and chromium-driver"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update >&2
  apt-get install -y chromium chromium-driver >&2
fi
log "ready"
