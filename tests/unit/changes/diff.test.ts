/** Segmentation, similarity basics and the word-level diff (diffWords, diffTokens). */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { diffTokens, diffWords, type DiffPart } from '../../../src/lib/changes/diff.ts';
import { clearSegmentCache, segmentAll, segmentText, segmentWhole, segmentWords } from '../../../src/lib/changes/segment.ts';
import { FeatureSpace, itemText, normaliseSpace } from '../../../src/lib/changes/similarity.ts';
import { committed } from './support.ts';

const sides = (parts: DiffPart[]) => ({
  a: parts.filter((p) => p.kind !== 'added').map((p) => p.text).join(''),
  b: parts.filter((p) => p.kind !== 'removed').map((p) => p.text).join(''),
});

/** Offsets where a text's tokens begin and end. */
function boundaries(text: string): Set<number> {
  const out = new Set([0]);
  let at = 0;
  for (const t of segmentText(text)) out.add((at += t.text.length));
  return out;
}

describe('segmentText / segmentWords', () => {
  test('words, punctuation and spaces as tokens; joined they give the text back', () => {
    const text = '严格执行省委关于坚决维护以习近平同志为核心的党中央权威和集中统一领导的规定，抓好“四强”党支部建设、“光荣在党 50 年”。';
    const tokens = segmentText(text);
    assert.equal(tokens.map((t) => t.text).join(''), text);
    assert.ok(tokens.filter((t) => !t.word).every((t) => /^[\s\p{P}]+$/u.test(t.text)));
    assert.deepEqual(tokens.filter((t) => !t.word).map((t) => t.text), ['，', '“', '”', '、', '“', ' ', ' ', '”', '。']);
    assert.deepEqual(segmentWords('严格规范党员网络行为'), ['严格', '规范', '党员', '网络', '行为']);
    assert.deepEqual(segmentText(''), []);
    // A line break is always a token of its own: the title of an item's text is everything before it.
    assert.deepEqual(segmentText('深化政治机关建设。\n推动理想信念').map((t) => t.text), ['深化', '政治', '机关', '建设', '。', '\n', '推动', '理想', '信念']);
  });

  test('a text of several lines is cut as ICU cuts it whole (segmentText cuts it line by line)', () => {
    const texts = ['\n', '\n\n', '\n甲\n', '党建\n\n工作', 'COVID\n19', '1\n2', '第1\n2条', 'a\nb', '“四强”\n党支部', '建设\u0301\n\u0301党员', 'x\r\ny\nz', ' \n '];
    for (const dir of ['tests/fixtures/content/editions', 'tests/fixtures/content/sources']) {
      for (const f of readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(mdx|txt)$/.test(f)).sort()) texts.push(readFileSync(`${dir}/${f}`, 'utf8'));
    }
    for (const id of ['dongguan-szjggw/2025', 'kaiping-szjggw/2026', 'shizhengfu-jiguan/2026']) texts.push(...committed(id).items.map(itemText));
    // Cut text by text, again from the memo, and after cutting all lines at once (segmentAll, as alignEditions does).
    for (const pass of ['cold', 'warm', 'all at once']) {
      if (pass !== 'warm') clearSegmentCache();
      if (pass === 'all at once') segmentAll(texts);
      for (const text of texts) assert.deepEqual(segmentText(text), segmentWhole(text), `${pass}: ${JSON.stringify(text.slice(0, 40))}`);
    }
  });
});

describe('similarity', () => {
  const e = committed('dongguan-szjggw/2025');
  const k = committed('kaiping-szjggw/2026');
  const space = new FeatureSpace();
  const fe = e.items.map((i) => space.add(i));
  const fk = k.items.map((i) => space.add(i));

  test('1 for the same item, symmetric, within 0…1', () => {
    assert.equal(space.similarity(fe[0]!, fe[0]!).score, 1);
    for (const [i, j] of [[4, 4], [15, 13], [0, 17]] as const) {
      const ab = space.similarity(fe[i]!, fk[j]!).score;
      assert.equal(ab, space.similarity(fk[j]!, fe[i]!).score);
      assert.ok(ab >= 0 && ab <= 1);
    }
  });

  test('whitespace that carries no meaning is ignored', () => {
    assert.equal(normaliseSpace(' 光荣在党 50 年\n纪念章 '), '光荣在党50年纪念章');
    assert.equal(normaliseSpace('COVID  19 防控'), 'COVID 19防控');
    assert.equal(itemText(e.items[0]!).split('\n').length, 3);
  });
});

describe('diffWords', () => {
  test('a reworded phrase, in whole words, removed before added', () => {
    assert.deepEqual(diffWords('加强党员教育管理', '强化党员教育管理'), [
      { kind: 'removed', text: '加强' },
      { kind: 'added', text: '强化' },
      { kind: 'same', text: '党员教育管理' },
    ]);
    assert.deepEqual(diffWords('推动党员主动正确发声，敢于善于斗争。', '推动党员主动正确发声、敢于善于斗争。'), [
      { kind: 'same', text: '推动党员主动正确发声' },
      { kind: 'removed', text: '，' },
      { kind: 'added', text: '、' },
      { kind: 'same', text: '敢于善于斗争。' },
    ]);
  });

  test('a short kept word between two changes is folded into them', () => {
    // 对 stands between 抓好…单位 → 督促各部门; shown once as one change, not 抓好→督促 对 单位→各部门.
    const parts = diffWords('压实主管主办责任，抓好对单位所属网站的管理。', '落实主管主办责任，督促各部门对所属网站的管理。');
    assert.deepEqual(parts, [
      { kind: 'removed', text: '压实' },
      { kind: 'added', text: '落实' },
      { kind: 'same', text: '主管主办责任，' },
      { kind: 'removed', text: '抓好对单位' },
      { kind: 'added', text: '督促各部门对' },
      { kind: 'same', text: '所属网站的管理。' },
    ]);
  });

  test('same, empty and wholly different texts', () => {
    assert.deepEqual(diffWords('深化政治机关建设。', '深化政治机关建设。'), [{ kind: 'same', text: '深化政治机关建设。' }]);
    assert.deepEqual(diffWords('', ''), []);
    assert.deepEqual(diffWords('', '新增条目。'), [{ kind: 'added', text: '新增条目。' }]);
    assert.deepEqual(diffWords('删除条目。', ''), [{ kind: 'removed', text: '删除条目。' }]);
  });

  test('on real reworded items: both texts come back, parts start and end on word boundaries, kinds alternate', () => {
    const a = committed('dongguan-szjggw/2025');
    const b = committed('kaiping-szjggw/2026');
    for (const [i, j] of [[5, 5], [16, 14], [6, 3], [19, 16], [1, 1], [2, 4]] as const) {
      const x = itemText(a.items[i - 1]!);
      const y = itemText(b.items[j - 1]!);
      const parts = diffWords(x, y);
      assert.deepEqual(sides(parts), { a: x, b: y });
      const [ba, bb] = [boundaries(x), boundaries(y)];
      let [pa, pb] = [0, 0];
      for (const p of parts) {
        if (p.kind !== 'added') assert.ok(ba.has(pa) && ba.has((pa += p.text.length)), `${i}: "${p.text}" on word boundaries of a`);
        if (p.kind !== 'removed') assert.ok(bb.has(pb) && bb.has((pb += p.text.length)), `${j}: "${p.text}" on word boundaries of b`);
      }
      for (let n = 1; n < parts.length; n++) {
        assert.notEqual(parts[n]!.kind, parts[n - 1]!.kind);
        assert.ok(!(parts[n - 1]!.kind === 'added' && parts[n]!.kind === 'removed'));
      }
    }
  });

  test('diffTokens gives exactly the edit scripts it gave before it was made faster (random token lists)', () => {
    // Myers' algorithm with its tie-breaking: recorded from the first implementation (a trace of every step).
    let seed = 11;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const list = (max: number) => Array.from({ length: Math.floor(rnd() * max) }, () => '党建机关的，'[Math.floor(rnd() * 6)]!);
    const out = [];
    for (let t = 0; t < 1000; t++) out.push(diffTokens(list(t < 500 ? 16 : 80), list(t < 500 ? 16 : 80)));
    assert.equal(createHash('sha256').update(JSON.stringify(out)).digest('hex').slice(0, 16), '7a4222aa77d1e662');
  });

  test('diffTokens keeps a longest common subsequence (random token lists)', () => {
    let seed = 7;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const list = () => Array.from({ length: Math.floor(rnd() * 14) }, () => '党建机关'[Math.floor(rnd() * 4)]!);
    for (let t = 0; t < 500; t++) {
      const [x, y] = [list(), list()];
      const parts = diffTokens(x, y);
      assert.deepEqual(sides(parts), { a: x.join(''), b: y.join('') });
      const lcs = Array.from({ length: x.length + 1 }, () => new Array<number>(y.length + 1).fill(0));
      for (let i = 1; i <= x.length; i++) for (let j = 1; j <= y.length; j++) lcs[i]![j] = x[i - 1] === y[j - 1] ? lcs[i - 1]![j - 1]! + 1 : Math.max(lcs[i - 1]![j]!, lcs[i]![j - 1]!);
      assert.equal(parts.filter((p) => p.kind === 'same').length, lcs[x.length]![y.length], `${x.join('')} / ${y.join('')}`);
    }
  });
});
