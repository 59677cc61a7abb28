import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, test } from 'node:test';
import { editions, FIXTURE } from '../../support/fixture-content.ts';
import { BASE_CHARACTERS, collectCharacters, distinctCharacters, emWidth, missingCharacters } from '../../../src/lib/print/characters.ts';
import { siteCharacters } from '../../../src/lib/print/site-characters.ts';
import { t } from '../../../src/i18n/zh-CN.ts';
import { formatChineseDate } from '../../../src/lib/text/date.ts';

describe('collectCharacters', () => {
  test('each character once, in code point order, whatever the order of the texts', () => {
    const a = collectCharacters(['要点要点', '2026年']);
    const b = collectCharacters(['2026年', '点要']);
    assert.equal(a, b);
    assert.equal([...a].length, new Set(a).size);
    const cps = [...a].map((c) => c.codePointAt(0)!);
    assert.deepEqual(cps, [...cps].sort((x, y) => x - y));
  });
  test('always holds the base set: ASCII, full-width punctuation, the page number dash', () => {
    const chars = collectCharacters([]);
    for (const ch of BASE_CHARACTERS) assert.ok(chars.includes(ch), `missing ${ch}`);
    for (const ch of '—〔〕《》“”，。：；0123456789') assert.ok(chars.includes(ch));
  });
  test('no control characters, line separators, BOM or lone surrogates', () => {
    const chars = collectCharacters(['a\nb\tc\r\u2028\ufeff\u0085\ud800 \udc00']);
    assert.doesNotMatch(chars, /[\n\t\r\u2028\ufeff\u0085\ud800-\udfff]/);
  });
  test('characters outside the BMP are kept whole', () => {
    assert.ok(collectCharacters(['𠀀']).includes('𠀀'));
  });
  test('the same characters as taking the texts one character at a time', () => {
    const texts = ['〔2026〕6号 要点\u0085\n', '𠀀𪚥 a\ud800b \udc00 \u2028', '　“四强”党支部……'];
    const naive = new Set<number>();
    for (const text of [BASE_CHARACTERS, ...texts]) for (const ch of text) naive.add(ch.codePointAt(0)!);
    const expected = [...naive].filter((cp) => !(cp < 0x20 || (cp >= 0x7f && cp < 0xa0) || cp === 0x2028 || cp === 0x2029 || cp === 0xfeff || (cp >= 0xd800 && cp < 0xe000))).sort((x, y) => x - y);
    assert.deepEqual([...collectCharacters(texts)].map((c) => c.codePointAt(0)), expected);
  });
  test('missingCharacters names what a subset could not draw', () => {
    assert.deepEqual(missingCharacters('要点甲', collectCharacters(['要点'])), ['甲']);
    assert.deepEqual(missingCharacters('要点', collectCharacters(['要点'])), []);
  });
  test('emWidth counts full-width characters 1 and ASCII ½', () => {
    assert.equal(emWidth('2026年'), 3);
    assert.equal(emWidth('〔2026〕6号'), 5.5);
  });
});

describe('siteCharacters: the subset holds every character the interface prints', () => {
  test('every string of the i18n module, its parts for the browser scripts included', () => {
    const chars = siteCharacters('.', `${FIXTURE.root}/${FIXTURE.dir}`);
    const strings = (value: unknown): string[] => (typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).flatMap(strings) : []);
    const all = strings(t);
    assert.ok(all.includes('删除') && all.includes('正在比较…'), 'the change views\' and the compare page\'s words are in t');
    assert.deepEqual(missingCharacters(all.join(''), chars), []);
  });
});

test('siteCharacters: an absolute content root (CONTENT_ROOT=/tmp/…) is read as it is, not under the project root', () => {
  const relative = siteCharacters('.', `${FIXTURE.root}/${FIXTURE.dir}`);
  assert.equal(siteCharacters(process.cwd(), resolve(`${FIXTURE.root}/${FIXTURE.dir}`)), relative);
  assert.ok(relative.length > siteCharacters('.', 'no/such/content').length, 'the content adds characters to the interface\'s own');
});

describe('siteCharacters: the subset holds every character the editions print', () => {
  const chars = siteCharacters('.', `${FIXTURE.root}/${FIXTURE.dir}`);
  for (const e of editions) {
    test(e.file, () => {
      const texts = [
        e.title,
        ...e.preamble.map((p) => p.text),
        ...e.sections.flatMap((s) => [s.heading, ...s.intro.map((p) => p.text), ...s.items.flatMap((i) => [i.label, i.title, ...i.paragraphs.map((p) => p.text)])]),
      ];
      if (e.notice) texts.push(e.notice.banner, e.notice.docNumber, e.notice.title, e.notice.recipients, ...e.notice.body, e.notice.signature, formatChineseDate(e.notice.date));
      assert.deepEqual(missingCharacters(texts.join(''), chars), []);
    });
  }
});

describe('siteCharacters with a cache of each file\'s characters', () => {
  test('the same characters as without it, an unchanged file not read again, a changed one read', () => {
    const dir = mkdtempSync(join(tmpdir(), 'yaodian-characters-'));
    try {
      const content = join(dir, 'content');
      cpSync(`${FIXTURE.root}/${FIXTURE.dir}`, content, { recursive: true });
      const cache = join(dir, 'cache', 'characters.json');
      const plain = siteCharacters('.', content);
      assert.equal(siteCharacters('.', content, cache), plain, 'first build: every file read');
      assert.equal(siteCharacters('.', content, cache), plain, 'again: from the cache');
      // An edition rewritten with a character no other file has, then without it again: in, then out.
      const file = join(content, 'editions/kaiping-szjggw/2026.mdx');
      const text = readFileSync(file, 'utf8');
      writeFileSync(file, `${text}\n𠀋\n`);
      assert.ok(siteCharacters('.', content, cache).includes('𠀋'));
      assert.equal(siteCharacters('.', content, cache), siteCharacters('.', content));
      writeFileSync(file, text);
      utimesSync(file, new Date(), new Date(Date.now() + 2000));
      assert.equal(siteCharacters('.', content, cache), plain);
      // Proof that an unchanged file is not read: the same time and size, other words, the kept characters.
      const { mtime, size } = statSync(file);
      writeFileSync(file, text.replace('党', '黨'));
      utimesSync(file, mtime, mtime);
      assert.equal(statSync(file).size, size);
      assert.ok(!siteCharacters('.', content, cache).includes('黨'));
      // A broken cache file is read as no cache.
      writeFileSync(cache, '{"version": 1, "files": ');
      assert.ok(siteCharacters('.', content, cache).includes('黨'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

test('distinctCharacters: each drawn character once, in first order; their collection is the texts\' collection', () => {
  assert.equal(distinctCharacters('要点要点 2026'), '要点 206');
  assert.equal(distinctCharacters('a\u0000b\ud800c𠀋'), 'abc𠀋', 'no controls, no lone surrogates, pairs whole');
  const scratch = new Uint8Array(0x110000 >> 3);
  const texts = ['党的建设 2026', '四强党支部', '𠀋\ud800'];
  assert.equal(collectCharacters(texts.map((t) => distinctCharacters(t, scratch))), collectCharacters(texts));
  assert.ok(scratch.every((b) => b === 0), 'the scratch set is left cleared');
});
