import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { discoverCandidates } from '../../../src/lib/programmes/discover.ts';
import { createMatcher } from '../../../src/lib/programmes/matcher.ts';
import { normalise } from '../../../src/lib/search/normalise.ts';
import { editions, registry } from '../../support/fixture-content.ts';

const candidates = discoverCandidates(editions, createMatcher(registry));
const byKey = (list: typeof candidates, key: string) => list.find((c) => c.key === key);

describe('discoverCandidates over the real corpus', () => {
  test('leaves out what the registry covers', () => {
    const keys = new Set(registry.flatMap((e) => [e.data.name, ...e.data.aliases].map(normalise)));
    for (const c of candidates) assert.ok(!keys.has(c.key), `${c.name} is registered`);
    assert.equal(byKey(candidates, '四强'), undefined, '“四强” inside “四强”党支部 is covered');
  });

  test('ranked by editions × issuers × occurrences (×2 quoted), each in two editions or more', () => {
    assert.ok(candidates.length > 5);
    for (const c of candidates) {
      assert.ok(c.editions >= 2, c.name);
      assert.equal(c.score, c.editions * c.issuers * c.count * (c.found.includes('quoted') ? 2 : 1));
      assert.equal(c.places.length, c.count);
    }
    assert.ok(candidates.every((c, i) => i === 0 || c.score <= candidates[i - 1]!.score));
    const edu = byKey(candidates, '政治机关意识教育')!;
    assert.deepEqual(edu.places.map((p) => `${p.edition}#${p.anchor}`).sort(), ['dongguan-szjggw/2025#item-3', 'kaiping-szjggw/2026#item-1', 'zhongyang-guojia-jiguan/2024#item-1']);
    assert.deepEqual(edu.found, ['phrase']);
  });

  test('finds quoted names and recurring phrases that are not registered yet', () => {
    const without = registry.filter((e) => !['wuxue-liandong', 'qiangji-gongcheng', 'sanhui-yike', 'dangyuan-zerenqu'].includes(e.id));
    const found = discoverCandidates(editions, createMatcher(without));
    const wuxue = byKey(found, '五学联动')!;
    assert.deepEqual([wuxue.name, wuxue.editions, wuxue.issuers, wuxue.count, wuxue.found], ['“五学联动”', 2, 2, 3, ['quoted']]);
    assert.deepEqual(wuxue.places.map((p) => `${p.edition}#${p.anchor}`), ['dongguan-szjggw/2025#item-4', 'shiwei-zhengyanshi/2026#item-3', 'shiwei-zhengyanshi/2026#item-3']);
    const qiangji = byKey(found, '基层党组织建设强基工程')!;
    assert.deepEqual([qiangji.editions, qiangji.found], [2, ['phrase']]);
    assert.equal(byKey(found, '党组织建设强基工程'), undefined, 'a phrase is kept whole, not also its tails');
    assert.equal(found[0]!.key, '三会一课', 'quoted in five editions: first');
    const zerenqu = byKey(found, '党员责任区')!;
    assert.deepEqual([zerenqu.found, zerenqu.count], [['phrase', 'quoted'], 4], 'quoted and a phrase at one place count once');
  });

  test('slogans with separating marks are not names; one edition is enough with minEditions 1', () => {
    const all = discoverCandidates(editions, createMatcher(registry), { minEditions: 1 });
    assert.equal(byKey(all, '讲政治守纪律负责任有效率'), undefined);
    assert.deepEqual(byKey(all, '四不两直')?.places.map((p) => `${p.edition}#${p.anchor}`), ['kaiping-szjggw/2026#item-15']);
  });
});
