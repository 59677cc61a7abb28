/**
 * Saved web pages → paragraphs. Fixtures in tests/fixtures/import/formats/html/: pages of government / 党建 sites
 * (each with a .expected.json: the article's paragraphs in order, and lines of site chrome that must be left
 * out and reported), a list page, and two pages of this site saved from dist/ (expected: editionText().main).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { InputError } from '../../../../src/lib/errors.ts';
import { importFile } from '../../../../src/lib/import/import-file.ts';
import { decodeHtml, extractHtml } from '../../../../src/lib/import/formats/html.ts';

const dir = 'tests/fixtures/import/formats/html';
const squash = (s: string) => s.replace(/\s+/g, '');
const load = (name: string) => ({
  file: `${dir}/${name}.html`,
  bytes: new Uint8Array(readFileSync(`${dir}/${name}.html`)),
  expected: JSON.parse(readFileSync(`${dir}/${name}.expected.json`, 'utf8')) as { paragraphs: string[]; chrome?: string[]; outlineOnly?: string[] },
});

/** Each chrome line is in no paragraph and is reported as site-chrome. */
function assertChrome(out: Awaited<ReturnType<typeof extractHtml>>, chrome: string[]): void {
  for (const c of chrome) {
    assert.ok(!out.paragraphs!.some((p) => squash(p.text).includes(squash(c))), `"${c}" is in the paragraphs`);
    assert.ok(out.removed.some((r) => r.rule === 'site-chrome' && squash(r.text).includes(squash(c).slice(0, 40))), `"${c}" is not reported as removed`);
  }
}

describe('extractHtml: pages of government and 党建 sites', () => {
  for (const [name, what] of [
    ['dongguan-article', 'a CMS page: notice and 要点 under an h1, meta line, share, prev/next, related, footer'],
    ['zhengyanshi-gb2312', 'an old table-layout page in GB2312: headline in a table cell, \\u3000 indents, <br> between paragraphs'],
    ['kaiping-xxgk', 'a 信息公开 page: headline, meta line and paragraphs side by side in one block; the notice title repeated'],
  ] as const) {
    test(`${name}: ${what}`, async () => {
      const { file, bytes, expected } = load(name);
      const out = await extractHtml(bytes, file);
      assert.equal(out.format, 'html');
      assert.deepEqual(out.paragraphs!.map((p) => p.text), expected.paragraphs);
      assertChrome(out, expected.chrome ?? []);
      assert.ok(out.notes.includes('article found by Readability'));
    });
  }

  test('a GB2312 page is decoded as GB18030 (the superset GB2312 pages really use)', async () => {
    const { file, bytes } = load('zhengyanshi-gb2312');
    assert.equal(decodeHtml(bytes).encoding, 'gb18030');
    assert.ok((await extractHtml(bytes, file)).notes.includes('decoded as gb18030'));
  });

  test('paragraphs split at <br> are marked mayBeSplit (a <br> may only end a line); <p> paragraphs are not', async () => {
    const split = load('zhengyanshi-gb2312');
    assert.equal((await extractHtml(split.bytes, split.file)).mayBeSplit, true);
    const whole = load('dongguan-article');
    assert.equal((await extractHtml(whole.bytes, whole.file)).mayBeSplit, undefined);
  });

  test('a bold run-in item title (<strong>) gives boldPrefix; a bold part heading is bold throughout', async () => {
    const { file, bytes } = load('dongguan-article');
    const out = await extractHtml(bytes, file);
    const item = out.paragraphs!.find((p) => p.text.startsWith('1.持续深化政治机关建设。'))!;
    assert.equal(item.text.slice(0, item.boldPrefix), '1.持续深化政治机关建设。');
    const part = out.paragraphs!.find((p) => p.text.startsWith('一、'))!;
    assert.equal(part.boldPrefix, part.text.length);
    // An item indented with &nbsp; still has its bold title.
    const indented = out.paragraphs!.find((p) => p.text.startsWith('4.'))!;
    assert.equal(indented.text.slice(0, indented.boldPrefix), '4.健全理论学习长效机制。');
  });

  test('a list page (links only) is refused, naming the file and saying what to save instead', async () => {
    const file = `${dir}/list-page.html`;
    await assert.rejects(extractHtml(new Uint8Array(readFileSync(file)), file), (e: unknown) => {
      assert.ok(e instanceof InputError);
      assert.equal(e.file, file);
      assert.match(e.reason, /no article was found.*nearly all links/);
      assert.match(e.hint, /open the article itself/);
      return true;
    });
  });

  test('a page with next to no text is refused', async () => {
    const page = new TextEncoder().encode('<html><head><title>首页</title></head><body><nav><a href="/">首页</a></nav><p>暂无内容</p></body></html>');
    await assert.rejects(extractHtml(page, 'empty.html'), (e: unknown) => e instanceof InputError && /only navigation or too little text/.test(e.reason));
  });
});

describe('extractHtml: a saved page of this site', () => {
  for (const id of ['kaiping-szjggw', 'shizhengfu-jiguan']) {
    test(`${id}/2026 gives the edition's paragraphs in order, with the site's marks where the text is not whole`, async () => {
      const { file, bytes, expected } = load(`site-${id}-2026`);
      const out = await extractHtml(bytes, file);
      assert.deepEqual(out.paragraphs!.map((p) => p.text), expected.paragraphs);
      assert.ok(out.notes.some((n) => /a page of this site/.test(n)));
      // Site chrome and tools are left out and reported; parts known only from the 目录 stay, each followed by its mark.
      const chrome = ['首页', '下载PDF', '比较任意两个版本', '#1', '目录', '本版涉及的重点工作'];
      for (const c of chrome) assert.ok(!out.paragraphs!.some((p) => p.text === c), `"${c}" is a paragraph`);
      assertChrome(out, ['下载PDF', '本版涉及的重点工作']);
      for (const part of expected.outlineOnly ?? []) {
        const at = out.paragraphs!.findIndex((p) => p.text === part);
        assert.equal(out.paragraphs![at + 1]?.text, '〔仅见于原文目录，正文缺〕', part);
      }
    });
    test(`${id}/2026 imports back: the site's marks become the edition's own markers again`, async () => {
      const { file, bytes, expected } = load(`site-${id}-2026`);
      const r = await importFile(bytes, { file, issuers: [] });
      const items = r.draft.sections.flatMap((s) => s.items);
      assert.deepEqual(items.filter((i) => i.outlineOnly).map((i) => `${i.marker}${i.title.text}`), (expected.outlineOnly ?? []).filter((t) => /^\d/.test(t)));
      assert.equal(r.complete, !(expected.outlineOnly ?? []).length);
      assert.ok(!/〔(原文|此处|仅见)/u.test(r.mdx.split('\n---\n')[1]!), 'no mark of the site is left in the text');
      assert.ok(r.removed.some((x) => x.rule === 'editorial-mark') === Boolean(expected.outlineOnly?.length));
    });
  }

  test('a run-in item of this site keeps its title as boldPrefix', async () => {
    const { file, bytes } = load('site-kaiping-szjggw-2026');
    const item = (await extractHtml(bytes, file)).paragraphs!.find((p) => p.text.startsWith('1.'))!;
    assert.equal(item.text.slice(0, item.boldPrefix), '1.深化政治机关建设。');
  });
});

describe('decodeHtml', () => {
  test('BOM, then <meta charset>, then UTF-8 if valid, else GB18030', () => {
    const gbk = new Uint8Array([0xd2, 0xaa, 0xb5, 0xe3]); // 要点 in GBK
    assert.deepEqual(decodeHtml(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('<p>要点</p>')])), { html: '<p>要点</p>', encoding: 'utf-8' });
    const declared = new Uint8Array([...new TextEncoder().encode('<meta http-equiv="Content-Type" content="text/html; charset=GBK"><p>'), ...gbk]);
    assert.equal(decodeHtml(declared).html.endsWith('要点'), true);
    assert.equal(decodeHtml(new Uint8Array([...new TextEncoder().encode('<p>'), ...gbk])).encoding, 'gb18030');
    assert.equal(decodeHtml(new TextEncoder().encode('<p>要点</p>')).encoding, 'utf-8');
  });
});
