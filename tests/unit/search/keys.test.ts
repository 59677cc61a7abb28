import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { loadEdition } from '../../../src/lib/edition/load.ts';
import { platformSegment } from '../../../src/lib/search/hits.ts';
import { editionTokens, indexedKeys, indexQuery, KEY_LENGTH, MAX_TOKEN_REPEATS, phraseTokens, searchKey } from '../../../src/lib/search/keys.ts';
import { normalise } from '../../../src/lib/search/normalise.ts';
import { editionParts, packParts } from '../../../src/lib/search/records.ts';

/** A fixed cut, so that these tests do not depend on the ICU version (the platform's is tested below). */
const CUTS: Record<string, string[]> = {
  四强党支部: ['四', '强', '党', '支部'],
  反对四风: ['反对', '四', '风'],
  四风: ['四', '风'],
  党支部书记: ['党支部', '书记'],
  支部: ['支部'],
  模范机关: ['模范', '机关'],
  两优一先: ['两', '优', '一', '先'],
  一二三四五六七: ['一', '二', '三', '四', '五', '六', '七'],
};
const icu = (text: string) => CUTS[text] ?? [text];

describe('keys', () => {
  test('a key is eight lower-case letters and digits, the same for the same token, different for others', () => {
    const keys = ['支部', '党', '四风', '支部书记', '', 'abc', '2025'].map(searchKey);
    for (const k of keys) assert.match(k, new RegExp(`^[0-9a-z]{${KEY_LENGTH}}$`));
    assert.equal(new Set(keys).size, keys.length);
    assert.equal(searchKey('支部'), searchKey('支部'));
  });
  test('keys of many tokens hardly collide', () => {
    const tokens = new Set<string>();
    for (let a = 0x4e00; a < 0x4e00 + 250; a++) for (let b = 0x4e00; b < 0x4e00 + 250; b++) tokens.add(String.fromCharCode(a, b));
    const keys = new Set([...tokens].map(searchKey));
    assert.ok(tokens.size - keys.size <= 2, `${tokens.size - keys.size} collisions among ${tokens.size} tokens`);
  });
  test('ICU keeps a key whole, as Pagefind cuts a query in the browser', () => {
    const segment = platformSegment();
    for (const t of ['支部', '四风', '党']) assert.deepEqual(segment(`${searchKey(t)} ${searchKey('x')}`), [searchKey(t), searchKey('x')]);
  });
});

describe('edition tokens', () => {
  test('words (counted), runs of one-character words and their pieces, pieces of long words, characters', () => {
    assert.deepEqual([...editionTokens('反对四风', icu)], [['反对', 1], ['四风', 1], ['反', 1], ['对', 1], ['四', 1], ['风', 1]]);
    const t = editionTokens('党支部书记 党支部书记', icu);
    assert.equal(t.get('党支部'), 2, 'a word counts each time');
    assert.equal(t.get('书记'), 2);
    for (const piece of ['党支', '支部']) assert.equal(t.get(piece), 1, `${piece} inside 党支部 counts once`);
  });
  test('runs are indexed up to six characters', () => {
    const t = editionTokens('一二三四五六七', icu);
    assert.ok(t.has('一二三四五六') && t.has('二三四五六七'));
    assert.ok(!t.has('一二三四五六七'));
  });
  test('text is normalised (quotes, widths and case fold away) and cut at white space', () => {
    const t = editionTokens('纠治“四风”', (s) => CUTS[s] ?? ({ 纠治四风: ['纠', '治', '四', '风'] } as Record<string, string[]>)[s] ?? [...s]);
    assert.ok(t.has('四风') && t.has('纠治四风'), 'a run through the quotes, and its pieces');
    assert.ok(![...t.keys()].some((k) => k.includes('“')));
    assert.deepEqual([...editionTokens('Ａ Ｂ', (s) => [s]).keys()], ['a', 'b']);
    assert.ok(!editionTokens('四 风', icu).has('四风'), 'no run across white space');
  });
  test('indexed keys: each token’s key as often as it counts, up to three times', () => {
    const counts = (text: string) => new Map(indexedKeys(text, icu).split(' ').reduce((m, k) => m.set(k, (m.get(k) ?? 0) + 1), new Map<string, number>()));
    const c = counts('支部 支部 支部 支部 支部');
    assert.equal(c.get(searchKey('支部')), MAX_TOKEN_REPEATS);
    assert.equal(c.get(searchKey('支')), 1);
    assert.equal(indexedKeys('', icu), '');
  });
});

describe('query tokens', () => {
  test('words of two characters or more, runs of one-character words joined, a lone character by itself', () => {
    assert.deepEqual(phraseTokens('四强党支部', icu), ['四强党', '支部']);
    assert.deepEqual(phraseTokens('四风', icu), ['四风']);
    assert.deepEqual(phraseTokens('两优一先', icu), ['两优一先']);
    assert.deepEqual(phraseTokens('模范机关', icu), ['模范', '机关']);
    assert.deepEqual(phraseTokens('党', icu), ['党']);
  });
  test('a run longer than the index holds is asked for in pieces it holds', () => {
    assert.deepEqual(phraseTokens('一二三四五六七', icu), ['一二三四五六', '六七']);
    const held = editionTokens('一二三四五六七', icu);
    for (const t of phraseTokens('一二三四五六七', icu)) assert.ok(held.has(t), t);
  });
  test('the index query: keys of every phrase’s tokens, common ones left out while others remain', () => {
    assert.equal(indexQuery(['模范机关'], icu), `${searchKey('模范')} ${searchKey('机关')}`);
    assert.equal(indexQuery(['模范机关'], icu, new Set(['机关'])), searchKey('模范'));
    assert.equal(indexQuery(['机关'], icu, new Set(['机关'])), searchKey('机关'), 'only common tokens: all of them');
    assert.equal(indexQuery(['四风', '四风'], icu), searchKey('四风'));
  });
});

describe('every edition that has a phrase is found by its tokens (the platform’s ICU, the fixture corpus)', () => {
  const segment = platformSegment();
  const dir = 'tests/fixtures/content/editions';
  const editions = readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => loadEdition(readFileSync(`${dir}/${f}`, 'utf8'), `${dir}/${f}`));
  const queries = (JSON.parse(readFileSync('bench/search-queries.json', 'utf8')) as { query: string }[]).map((q) => q.query);
  test('the query set, and one-character and two-character queries', () => {
    let found = 0;
    for (const e of editions) {
      const parts = editionParts(e);
      const tokens = editionTokens(packParts(parts).content, segment);
      for (const q of [...queries, '党', '支部', '四风', '三会一课']) {
        const phrases = q.split(/[\s,，、]+/).map(normalise).filter((p) => p && !/^\d{4}年?$/.test(p));
        if (!parts.some((p) => phrases.every((t) => normalise(p.text).includes(t)))) continue;
        for (const t of phrases.flatMap((p) => phraseTokens(p, segment))) assert.ok(tokens.has(t), `${e.id}: “${q}” is in a part, its token ${t} is not indexed`);
        found++;
      }
    }
    assert.ok(found > 100, `${found} edition–query pairs checked`);
  });
});
