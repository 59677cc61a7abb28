import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { after, before, describe, test } from 'node:test';
import { serveDir, type Serving } from '../../../src/lib/site/serve.ts';

/** A response's status, headers and body as bytes, asking for gzip or not (fetch would unzip on its own). */
function get(url: string, gzip: boolean): Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    request(url, { headers: gzip ? { 'accept-encoding': 'gzip, br' } : {} }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    })
      .on('error', reject)
      .end();
  });
}

describe('serving a built site', () => {
  const dir = mkdtempSync(join(tmpdir(), 'yaodian-serve-'));
  const page = `<!doctype html><title>x</title>${'<p>党建工作要点</p>'.repeat(100)}`;
  let plain: Serving;
  let gzip: Serving;
  before(async () => {
    mkdirSync(join(dir, 'a/pagefind/fragment'), { recursive: true });
    writeFileSync(join(dir, 'a/index.html'), page);
    writeFileSync(join(dir, 'a/small.css'), 'p{}');
    writeFileSync(join(dir, 'a/pagefind/fragment/x.pf_fragment'), 'x'.repeat(2000));
    writeFileSync(join(dir, '404.html'), `<!doctype html><title>404</title>${'没有这一页。'.repeat(100)}`);
    plain = await serveDir(dir, '/');
    gzip = await serveDir(dir, '/', 0, { gzip: true });
  });
  after(async () => {
    await Promise.all([plain.close(), gzip.close()]);
    rmSync(dir, { recursive: true, force: true });
  });

  test('as it is by default, even to a client that accepts gzip', async () => {
    const r = await get(`${plain.origin}/a/`, true);
    assert.equal(r.headers['content-encoding'], undefined);
    assert.equal(r.body.toString('utf8'), page);
  });
  test('with gzip: text compressed for a client that accepts it, as nginx sends it', async () => {
    const r = await get(`${gzip.origin}/a/`, true);
    assert.equal(r.headers['content-encoding'], 'gzip');
    assert.equal(r.headers.vary, 'Accept-Encoding');
    assert.ok(r.body.length < page.length / 5, `${r.body.length} bytes`);
    assert.equal(gunzipSync(r.body).toString('utf8'), page);
    const notFound = await get(`${gzip.origin}/nothing/`, true);
    assert.equal(notFound.status, 404);
    assert.match(gunzipSync(notFound.body).toString('utf8'), /没有这一页/);
  });
  test('with gzip: not to a client that does not ask, not below 512 bytes, not Pagefind’s compressed files', async () => {
    assert.equal((await get(`${gzip.origin}/a/`, false)).headers['content-encoding'], undefined);
    assert.equal((await get(`${gzip.origin}/a/small.css`, true)).headers['content-encoding'], undefined);
    const fragment = await get(`${gzip.origin}/a/pagefind/fragment/x.pf_fragment`, true);
    assert.equal(fragment.headers['content-encoding'], undefined);
    assert.equal(fragment.body.length, 2000);
  });
});
