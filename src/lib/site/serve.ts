/**
 * Serves a built site on 127.0.0.1 under its base path, as the intranet server does: a directory gives its
 * index.html (a directory asked for without its slash is redirected to it), an unknown path gives 404.html
 * with status 404, and files go out with their types. Used to print the PDFs (Chromium loads pages, styles
 * and fonts exactly as a reader's browser does), by the end-to-end tests and by the benchmarks
 * (`node scripts/serve.ts`). Not a production server: deploy/nginx.conf is.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { withSlash } from './urls.ts';

/** Content types of the files a build writes. */
export const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.woff2': 'font/woff2', '.pdf': 'application/pdf',
  '.wasm': 'application/wasm', '.xml': 'application/xml', '.txt': 'text/plain; charset=utf-8',
};

/** A running server: `origin` is `http://127.0.0.1:<port>`. */
export interface Serving {
  origin: string;
  close: () => Promise<void>;
}

/** Starts serving `dir` under `base` on `port` (0: any free port). */
export async function serveDir(dir: string, base: string, port = 0): Promise<Serving> {
  const prefix = withSlash(base);
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = decodeURIComponent(url.pathname);
    const rel = path.startsWith(prefix) ? normalize(path.slice(prefix.length)) : '..';
    const notFound = () => {
      const page = join(dir, '404.html');
      res.writeHead(404, { 'content-type': CONTENT_TYPES['.html']! });
      if (existsSync(page)) createReadStream(page).pipe(res);
      else res.end('not found');
    };
    if (rel.startsWith('..')) return notFound();
    let file = join(dir, rel);
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!url.pathname.endsWith('/')) {
        res.writeHead(301, { location: `${url.pathname}/` }).end();
        return;
      }
      file = join(file, 'index.html');
    }
    if (!existsSync(file)) return notFound();
    res.writeHead(200, { 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: bound } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${bound}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
