// A small static file server for the demo and the benchmarks: the repository root, GET and HEAD only,
// loopback only. The demo pages are sent with the strict Content-Security-Policy the README asks sites
// for, so the demo shows the widget working under it.
import { createServer } from 'node:http';
import { createReadStream, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; " +
  "require-trusted-types-for 'script'; trusted-types lit-html";

/** The configurator also reads dist/integrity.json, for the snippet's integrity attribute. */
const CONFIGURATOR_CSP = CSP.replace("img-src 'self'; ", "img-src 'self'; connect-src 'self'; ");

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

/** Starts the server on the first free port from `port`; resolves to its base URL and the server. */
export function serve({ port = 8000, root = ROOT, csp = true } = {}) {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
    let file = normalize(join(root, path));
    if (!file.startsWith(normalize(root + sep)) && file !== normalize(root)) return send(res, 403, 'Forbidden');
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method not allowed');
    try {
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      const { size } = statSync(file);
      const headers = {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'content-length': size,
        'cache-control': 'no-cache',
      };
      if (csp && extname(file) === '.html')
        headers['content-security-policy'] = file === join(root, 'demo', 'configurator.html') ? CONFIGURATOR_CSP : CSP;
      res.writeHead(200, headers);
      if (req.method === 'HEAD') res.end();
      else createReadStream(file).pipe(res);
    } catch {
      send(res, 404, 'Not found');
    }
  });
  return new Promise((resolve, reject) => {
    server.on('error', (error) => {
      if (error.code === 'EADDRINUSE' && port < 65535) {
        server.close();
        serve({ port: port + 1, root, csp }).then(resolve, reject);
      } else reject(error);
    });
    server.listen(port, '127.0.0.1', () => resolve({ server, url: `http://localhost:${server.address().port}` }));
  });
}

function send(res, status, text) {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
  res.end(text);
}
