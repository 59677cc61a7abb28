/**
 * Serves a built site on 127.0.0.1 under its base path, as the intranet server does: a directory gives its
 * index.html (a directory asked for without its slash is redirected to it), an unknown path gives 404.html
 * with status 404, and files go out with their types. Used to print the PDFs (Chromium loads pages, styles
 * and fonts exactly as a reader's browser does), by the end-to-end tests and by the benchmarks
 * (`node scripts/serve.ts`). Not a production server: deploy/nginx.conf is.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server, type ServerResponse } from 'node:http';
import { createGzip } from 'node:zlib';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { withSlash } from './urls.ts';

/** Content types of the files a build writes. */
export const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.woff2': 'font/woff2', '.pdf': 'application/pdf',
  '.wasm': 'application/wasm', '.xml': 'application/xml', '.txt': 'text/plain; charset=utf-8',
};

/**
 * What deploy/nginx.conf compresses on the fly (`gzip_types`, and HTML, which nginx always includes), at its
 * level and above its `gzip_min_length`. Pagefind's files are gzip-compressed already and go out as they are.
 */
export const GZIP_TYPES = new Set(['.html', '.css', '.js', '.json', '.svg', '.xml', '.txt']);
const GZIP_MIN_LENGTH = 512;
const GZIP_LEVEL = 5;

/** Sends a file, gzip-compressed when asked to and the client accepts it, as nginx does. */
function sendFile(res: ServerResponse, file: string, status: number, type: string, gzip: boolean): void {
  if (gzip && GZIP_TYPES.has(extname(file)) && statSync(file).size >= GZIP_MIN_LENGTH) {
    res.writeHead(status, { 'content-type': type, 'content-encoding': 'gzip', vary: 'Accept-Encoding' });
    createReadStream(file).pipe(createGzip({ level: GZIP_LEVEL })).pipe(res);
    return;
  }
  res.writeHead(status, { 'content-type': type });
  createReadStream(file).pipe(res);
}

/** A running server: `origin` is `http://127.0.0.1:<port>`. */
export interface Serving {
  origin: string;
  close: () => Promise<void>;
}

/**
 * Starts serving `dir` under `base` on `port` (0: any free port). With `gzip`, text goes out compressed to
 * clients that accept it, as deploy/nginx.conf sends it (the benchmark measures what a reader receives).
 */
export async function serveDir(dir: string, base: string, port = 0, { gzip = false } = {}): Promise<Serving> {
  const prefix = withSlash(base);
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const compress = gzip && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    const path = decodeURIComponent(url.pathname);
    const rel = path.startsWith(prefix) ? normalize(path.slice(prefix.length)) : '..';
    const notFound = () => {
      const page = join(dir, '404.html');
      if (existsSync(page)) return sendFile(res, page, 404, CONTENT_TYPES['.html']!, compress);
      res.writeHead(404, { 'content-type': CONTENT_TYPES['.html']! }).end('not found');
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
    sendFile(res, file, 200, CONTENT_TYPES[extname(file)] ?? 'application/octet-stream', compress);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: bound } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${bound}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
