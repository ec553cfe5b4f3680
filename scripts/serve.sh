#!/usr/bin/env bash
# Builds the WebAssembly module and serves the demo (www/) at http://127.0.0.1:${PORT:-8080}/.
# Installs what is missing first (scripts/setup.sh --no-browser: no Chromium needed to serve).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
bash scripts/setup.sh --no-browser
bash scripts/build-wasm.sh
port="${PORT:-8080}"
echo "quotelens demo: http://127.0.0.1:${port}/   (highlight mode: http://127.0.0.1:${port}/?mode=highlight; Ctrl-C to stop)"
# python's http.server knows .wasm (application/wasm) and .js (text/javascript)
exec python3 -m http.server "$port" --bind 127.0.0.1 --directory www
