/**
 * node scripts/serve.ts --dir dist --port 4400 --base /dangjian/yaodian/ [--gzip]
 *
 * Serves a built site on 127.0.0.1 as the intranet server would, until stopped (the end-to-end tests and the
 * benchmarks start it). Thin: the server is src/lib/site/serve.ts.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { serveDir } from '../src/lib/site/serve.ts';

const USAGE = 'usage: node scripts/serve.ts [--dir dist] [--port 4400] [--base /] [--gzip]';
let values;
try {
  ({ values } = parseArgs({ options: { dir: { type: 'string', default: 'dist' }, port: { type: 'string', default: '4400' }, base: { type: 'string', default: '/' }, gzip: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } }));
} catch (error) {
  console.error(`${(error as Error).message}\n${USAGE}`);
  process.exit(2);
}
if (values.help) {
  console.log(`Serves a built site (directory → index.html, unknown path → 404.html) on 127.0.0.1; --gzip compresses text as deploy/nginx.conf does.\n${USAGE}`);
  process.exit(0);
}
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port must be a port number, not "${values.port}"\n${USAGE}`);
  process.exit(2);
}
const served = await serveDir(resolve(values.dir), values.base, port, { gzip: values.gzip === true });
console.log(`serving ${values.dir} at ${served.origin}${values.base}`);
