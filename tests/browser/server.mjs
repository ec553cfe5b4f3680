// A small static server for the browser tests: www/ at /, the test pages at /t/, and www/ again at
// /csp/ with a strict Content-Security-Policy header. 127.0.0.1, a free port.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.wasm': 'application/wasm', '.json': 'application/json', '.png': 'image/png',
  '.svg': 'image/svg+xml', '.txt': 'text/plain; charset=utf-8', '.ts': 'text/plain; charset=utf-8',
};
export const CSP = "script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; object-src 'none'";

export function serve(mounts) {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    let pathname = decodeURIComponent(url.pathname);
    for (const m of mounts) {
      if (!pathname.startsWith(m.prefix)) continue;
      let rel = pathname.slice(m.prefix.length) || 'index.html';
      if (rel.endsWith('/')) rel += 'index.html';
      const file = path.resolve(m.dir, '.' + path.posix.normalize('/' + rel));
      if (!file.startsWith(path.resolve(m.dir))) break;
      fs.readFile(file, (err, data) => {
        if (err) { res.writeHead(404, { 'content-type': 'text/plain' }); res.end('not found'); return; }
        const headers = { 'content-type': TYPES[path.extname(file)] || 'application/octet-stream', 'cache-control': 'no-store' };
        if (m.csp) headers['content-security-policy'] = CSP;
        res.writeHead(200, headers);
        res.end(data);
      });
      return;
    }
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, url: `http://127.0.0.1:${server.address().port}` })));
}
