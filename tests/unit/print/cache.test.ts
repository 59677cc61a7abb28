import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { cacheDir, contentKey, readCached, writeCached } from '../../../src/lib/print/cache.ts';
import { normaliseForKey, pdfKey, stylesheetHrefs } from '../../../src/lib/print/pdf.ts';
import { artifactSwitches } from '../../../src/lib/print/switches.ts';

describe('contentKey', () => {
  test('stable, 32 hex digits, and changed by any part', () => {
    const k = contentKey('a', 'b');
    assert.match(k, /^[0-9a-f]{32}$/);
    assert.equal(contentKey('a', 'b'), k);
    assert.notEqual(contentKey('a', 'c'), k);
    assert.notEqual(contentKey('b', 'a'), k);
  });
  test('parts are length-prefixed: ab|c is not a|bc', () => {
    assert.notEqual(contentKey('ab', 'c'), contentKey('a', 'bc'));
  });
  test('bytes and the same string give the same key', () => {
    assert.equal(contentKey(Buffer.from('要点')), contentKey('要点'));
  });
});

describe('the cache', () => {
  test('a written file is read back; an unknown key is undefined; no temporary files stay', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'yaodian-cache-')), 'pdf');
    assert.equal(readCached(dir, 'k', 'pdf'), undefined);
    writeCached(dir, 'k', 'pdf', Buffer.from('%PDF'));
    assert.equal(readCached(dir, 'k', 'pdf')!.toString(), '%PDF');
    assert.deepEqual(readdirSync(dir), ['k.pdf']);
  });
  test('lives under node_modules/.cache/yaodian/<kind>, or YAODIAN_CACHE_DIR', () => {
    assert.equal(cacheDir('/r', 'cards', {}), join('/r', 'node_modules', '.cache', 'yaodian', 'cards'));
    assert.equal(cacheDir('/r', 'pdf', { YAODIAN_CACHE_DIR: '/tmp/c' }), join('/tmp/c', 'pdf'));
  });
});

describe('pdfKey', () => {
  const html = (base: string) => `<link rel="stylesheet" href="${base}_astro/a.css"><a href="${base}kaiping-szjggw/">x</a>`;
  test('the same page at / and under a base path has one key (one PDF serves both builds)', () => {
    assert.equal(pdfKey(html('/dangjian/yaodian/'), ['url(/dangjian/yaodian/_astro/f.woff2)'], '/dangjian/yaodian/'), pdfKey(html('/'), ['url(/_astro/f.woff2)'], '/'));
  });
  test('a change to the page or to a stylesheet changes it', () => {
    const k = pdfKey(html('/'), ['p{}'], '/');
    assert.notEqual(pdfKey(`${html('/')}改`, ['p{}'], '/'), k);
    assert.notEqual(pdfKey(html('/'), ['p{color:red}'], '/'), k);
  });
  test('stylesheetHrefs lists linked stylesheets only', () => {
    assert.deepEqual(stylesheetHrefs('<link rel="icon" href="/f.svg"><link rel="stylesheet" href="/_astro/a.css"><link href="/_astro/b.css" rel=stylesheet>'), ['/_astro/a.css', '/_astro/b.css']);
  });
});

describe('artifactSwitches', () => {
  test('both on by default; SKIP_PDF / SKIP_CARDS turn one off; 0 and empty mean no', () => {
    assert.deepEqual(artifactSwitches({}), { pdf: true, cards: true, history: true });
    assert.deepEqual(artifactSwitches({ SKIP_PDF: '1' }), { pdf: false, cards: true, history: true });
    assert.deepEqual(artifactSwitches({ SKIP_CARDS: 'true', SKIP_PDF: '0' }), { pdf: true, cards: false, history: true });
    assert.deepEqual(artifactSwitches({ SKIP_HISTORY: '1' }), { pdf: true, cards: true, history: false });
    assert.deepEqual(artifactSwitches({ SKIP_PDF: '' }), { pdf: true, cards: true, history: true });
  });
});

describe('normaliseForKey', () => {
  test('takes out the base path and Vite\'s build hashes, keeps the fonts\' content keys', () => {
    assert.equal(
      normaliseForKey('<link href="/dangjian/yaodian/_astro/BaseLayout.CZZLDpzu.css"><script src="/dangjian/yaodian/_astro/PrintTools.astro_astro_type_script_index_0_lang.nW2RybQ4.js">', '/dangjian/yaodian/'),
      '<link href="/_astro/BaseLayout.css"><script src="/_astro/PrintTools.astro_astro_type_script_index_0_lang.js">',
    );
    assert.equal(normaliseForKey('url(/_astro/759e337fe7ee904832d56c25f7f6ac3a.DKgqRQ7_.woff2)', '/'), 'url(/_astro/759e337fe7ee904832d56c25f7f6ac3a.woff2)');
  });
});
