import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, test } from 'node:test';
import { rewriteFragment, rewriteFragments } from '../../../src/lib/search/fragments.ts';
import type { EditionMeta } from '../../../src/lib/search/records.ts';

const pack = (value: unknown, signature = 'pagefind_dcd') => gzipSync(signature + JSON.stringify(value));
const unpack = (bytes: Uint8Array) => JSON.parse(gunzipSync(bytes).toString('utf8').replace(/^pagefind_dcd/, '')) as Record<string, unknown>;
const fragment = (url: string) => ({ url, content: 'k1 k2 k3', word_count: 3, filters: { year: ['2026'] }, meta: {}, anchors: [] });
const meta = (url: string) => ({ title: `T ${url}`, text: '正文', parts: '[]', length: '2' }) as unknown as EditionMeta;
const metaFor = (url: string) => (url.startsWith('/a/') ? meta(url) : undefined);

describe('fragments', () => {
  test('a fragment: keys dropped, the page’s meta put in, the rest kept', () => {
    const out = unpack(rewriteFragment(pack(fragment('/a/2026/')), metaFor));
    assert.deepEqual(out, { ...fragment('/a/2026/'), content: '', meta: meta('/a/2026/') });
  });
  test('a bundle of fragments (Pagefind’s maxFragments): each rewritten, its id given', () => {
    const ids: string[] = [];
    const out = unpack(rewriteFragment(pack({ zh_1: fragment('/a/1/'), zh_2: fragment('/a/2/') }), (url, id) => (ids.push(`${id} ${url}`), metaFor(url))));
    assert.deepEqual(ids, ['zh_1 /a/1/', 'zh_2 /a/2/']);
    assert.deepEqual(Object.keys(out), ['zh_1', 'zh_2']);
    assert.equal((out.zh_2 as { meta: EditionMeta }).meta.title, 'T /a/2/');
  });
  test('anything but a fragment, or a fragment with no record, fails naming the file', () => {
    assert.throws(() => rewriteFragment(Buffer.from('plain'), metaFor, 'f1'), /^Error: f1: not a gzip file/);
    assert.throws(() => rewriteFragment(gzipSync('other'), metaFor, 'f2'), /f2: does not start with pagefind_dcd/);
    assert.throws(() => rewriteFragment(gzipSync('pagefind_dcd{'), metaFor, 'f3'), /f3: not JSON after pagefind_dcd/);
    assert.throws(() => rewriteFragment(pack({ url: '/a/' }), metaFor, 'f4'), /f4: a fragment without url, content and meta/);
    assert.throws(() => rewriteFragment(pack(fragment('/b/2026/')), metaFor, 'f5'), /f5: no search record for \/b\/2026\//);
  });
  test('every fragment of an index, in place, names kept', () => {
    const dir = mkdtempSync(join(tmpdir(), 'yaodian-fragments-'));
    try {
      mkdirSync(join(dir, 'fragment'));
      writeFileSync(join(dir, 'fragment/zh_a.pf_fragment'), pack(fragment('/a/1/')));
      writeFileSync(join(dir, 'fragment/zh_b.pf_fragment'), pack(fragment('/a/2/')));
      writeFileSync(join(dir, 'fragment/notes.txt'), 'not a fragment');
      assert.deepEqual(rewriteFragments(dir, metaFor).sort((a, b) => (a.id < b.id ? -1 : 1)), [{ id: 'zh_a', url: '/a/1/' }, { id: 'zh_b', url: '/a/2/' }]);
      assert.equal(unpack(readFileSync(join(dir, 'fragment/zh_b.pf_fragment'))).content, '');
      assert.equal(readFileSync(join(dir, 'fragment/notes.txt'), 'utf8'), 'not a fragment');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
