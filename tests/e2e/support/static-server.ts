/**
 * A minimal static file server for end-to-end tests: serves a built `dist/` under a base path, as an
 * intranet web server would (directory → index.html, unknown path → 404.html with status 404).
 * node tests/e2e/support/static-server.ts --dir dist --port 4400 --base /dangjian/yaodian/
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { dir: { type: 'string' }, port: { type: 'string' }, base: { type: 'string', default: '/' } } });
const root = resolve(values.dir ?? 'dist');
const base = values.base!.endsWith('/') ? values.base! : `${values.base}/`;
const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.woff2': 'font/woff2', '.pdf': 'application/pdf',
  '.wasm': 'application/wasm', '.xml': 'application/xml', '.txt': 'text/plain; charset=utf-8',
};

createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  let path = decodeURIComponent(url.pathname);
  if (!path.startsWith(base)) return send(404);
  path = normalize(path.slice(base.length));
  if (path.startsWith('..')) return send(404);
  let file = join(root, path);
  if (existsSync(file) && statSync(file).isDirectory()) {
    if (!url.pathname.endsWith('/')) {
      res.writeHead(301, { location: `${url.pathname}/` });
      return res.end();
    }
    file = join(file, 'index.html');
  }
  if (!existsSync(file)) return send(404);
  res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(res);

  function send(status: number) {
    const page = join(root, '404.html');
    res.writeHead(status, { 'content-type': 'text/html; charset=utf-8' });
    if (existsSync(page)) createReadStream(page).pipe(res);
    else res.end('not found');
  }
}).listen(Number(values.port ?? 4400), '127.0.0.1');
