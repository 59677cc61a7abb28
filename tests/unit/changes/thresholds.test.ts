/**
 * Where the thresholds of align.ts come from: the similarity of pairs checked by reading against pairs that
 * are not, on the committed editions. Run with `--test-reporter=spec` to see the distributions (diagnostics).
 *
 * Measured (Nov 2026 corpus; similarity.ts as committed):
 *
 *   东莞 2025 × 开平 2026 (342 item pairs; 开平 drafted partly from 东莞)
 *     checked pairs    0.152 0.154 0.164 0.164 0.173 0.287 0.338 0.354 0.378 0.431 0.432
 *     split/merge parts 0.160 (东莞 7 → 开平 6)  0.256 (东莞 1 → 开平 2)
 *     related, not the counterpart  东莞 2 ↔ 开平 4 0.174, 东莞 3 ↔ 开平 1 0.178 (each partner has a better pair)
 *     related, too weak             东莞 15 ↔ 开平 13 0.115, 东莞 12 ↔ 开平 17 0.077 (missed: left dropped/added)
 *     the other 325    ≤ 0.124 (东莞 17 ↔ 开平 15), 92% under 0.08
 *   中央和国家机关 2024 × 2025 (excerpts; no item continues)   0.092, 0.069
 *   two different items of one edition (all 7 editions)         ≤ 0.180 (中央 2025 1 ↔ 2, 东莞 16 ↔ 17 0.177);
 *                                                               each item with itself 1.0
 *   titles: checked pairs that keep their title 0.567–1; non-pairs ≤ 0.263 (across), ≤ 0.240 (within)
 *
 *   → REWORDED_MIN 0.14 between 0.124 and 0.152; TITLE_MIN 0.45 between 0.263 and 0.567.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { REWORDED_MIN, TITLE_MIN } from '../../../src/lib/changes/align.ts';
import { FeatureSpace } from '../../../src/lib/changes/similarity.ts';
import type { Edition } from '../../../src/lib/edition/model.ts';
import { committed } from './support.ts';

const EDITIONS = ['dongguan-szjggw/2025', 'kaiping-szjggw/2026', 'shiwei-jiguan-gongwei/2026', 'shiwei-zhengyanshi/2026', 'shizhengfu-jiguan/2026', 'zhongyang-guojia-jiguan/2024', 'zhongyang-guojia-jiguan/2025'];

/** 东莞 2025 item → 开平 2026 item, checked by reading: the same point, sharing words or whole clauses. */
const CHECKED = ['1-1', '4-4', '5-5', '6-3', '8-6', '9-7', '10-18', '13-10', '14-12', '16-14', '19-16'];
/** The other half of a split (东莞 1 → 开平 1 + 2) and of a merge (东莞 7 + 8 → 开平 6). */
const PARTS = ['1-2', '7-6'];
/** Related by reading but not counterparts (the counterpart is another item) or too loosely related. */
const RELATED = ['2-4', '3-1', '15-13', '12-17'];

interface Matrix {
  score: number[][];
  /** Compared on titles only (an outline-only item): such scores answer to TITLE_MIN. */
  byTitle: boolean[][];
  /** Title-only similarity of every pair. */
  title: number[][];
}

/** All similarities of two editions, with title-only similarities beside them. */
function matrix(a: Edition, b: Edition): Matrix {
  const space = new FeatureSpace();
  const fa = a.items.map((it) => space.add(it));
  const fb = b.items.map((it) => space.add(it));
  return {
    score: fa.map((x) => fb.map((y) => space.similarity(x, y).score)),
    byTitle: fa.map((x) => fb.map((y) => space.similarity(x, y).basis === 'title')),
    title: fa.map((x) => fb.map((y) => space.similarity({ ...x, titleOnly: true }, y).score)),
  };
}

const f = (n: number) => n.toFixed(3);
const key = (i: number, j: number) => `${i + 1}-${j + 1}`;
const at = (m: number[][], k: string) => {
  const [i, j] = k.split('-').map((n) => Number(n) - 1) as [number, number];
  return { i, j, score: m[i]![j]! };
};

describe('thresholds sit in the gap between checked pairs and non-pairs', () => {
  const dg = committed('dongguan-szjggw/2025');
  const kp = committed('kaiping-szjggw/2026');
  const m = matrix(dg, kp);
  const labelled = new Set([...CHECKED, ...PARTS, ...RELATED]);
  const others = m.score.flatMap((row, i) => row.map((score, j) => ({ k: key(i, j), score }))).filter((x) => !labelled.has(x.k));

  test('东莞 2025 × 开平 2026: checked pairs ≥ REWORDED_MIN > every other pair', (t) => {
    const checked = CHECKED.map((k) => ({ k, ...at(m.score, k) })).sort((x, y) => x.score - y.score);
    others.sort((x, y) => y.score - x.score);
    t.diagnostic(`checked: ${checked.map((c) => `${c.k} ${f(c.score)}`).join(', ')}`);
    t.diagnostic(`parts: ${PARTS.map((k) => `${k} ${f(at(m.score, k).score)}`).join(', ')}; related: ${RELATED.map((k) => `${k} ${f(at(m.score, k).score)}`).join(', ')}`);
    const buckets = [0.02, 0.04, 0.06, 0.08, 0.1, 0.12, 0.14, 1].map((hi, n, all) => {
      const lo = n === 0 ? 0 : all[n - 1]!;
      return `${f(lo)}–${f(hi)}: ${others.filter((o) => o.score >= lo && o.score < hi).length}`;
    });
    t.diagnostic(`other ${others.length} pairs: ${buckets.join(', ')}; top ${others.slice(0, 4).map((o) => `${o.k} ${f(o.score)}`).join(', ')}`);
    assert.equal(others.length, 342 - labelled.size);
    assert.ok(checked[0]!.score >= REWORDED_MIN, `weakest checked pair ${checked[0]!.k} ${f(checked[0]!.score)}`);
    for (const k of PARTS) assert.ok(at(m.score, k).score >= REWORDED_MIN, k);
    assert.ok(others[0]!.score < REWORDED_MIN, `strongest other pair ${others[0]!.k} ${f(others[0]!.score)}`);
    // Margins: the threshold is not on either edge.
    assert.ok(checked[0]!.score - REWORDED_MIN >= 0.01 && REWORDED_MIN - others[0]!.score >= 0.01);
  });

  test('related items that are not counterparts lose to a stronger pair of their partner', () => {
    for (const [k, partnerPair] of [['2-4', '4-4'], ['3-1', '1-1']] as const) {
      const related = at(m.score, k).score;
      assert.ok(related >= REWORDED_MIN && related < at(m.score, partnerPair).score, `${k} ${f(related)} < ${partnerPair}`);
    }
  });

  test('中央和国家机关 2024 × 2025: no item continues, all under REWORDED_MIN', (t) => {
    const z = matrix(committed('zhongyang-guojia-jiguan/2024'), committed('zhongyang-guojia-jiguan/2025'));
    t.diagnostic(`scores: ${z.score.flat().map(f).join(', ')}`);
    assert.ok(Math.max(...z.score.flat()) < REWORDED_MIN);
  });

  test('different items of one edition: under 0.2, far below the item itself (1)', (t) => {
    const rows: string[] = [];
    for (const id of EDITIONS) {
      const e = committed(id);
      const s = matrix(e, e);
      let best = { k: '', score: 0, title: 0 };
      s.score.forEach((row, i) =>
        row.forEach((score, j) => {
          if (i === j) return assert.equal(score, 1, `${id} ${i + 1} with itself`);
          if (!s.byTitle[i]![j] && score > best.score) best = { ...best, k: key(i, j), score };
          best.title = Math.max(best.title, s.title[i]![j]!);
        }),
      );
      rows.push(`${id} ${best.k} ${f(best.score)} (title ${f(best.title)})`);
      assert.ok(best.score < 0.2, `${id} ${best.k} ${f(best.score)}`);
      assert.ok(best.title < TITLE_MIN, `${id} titles ${f(best.title)}`);
    }
    t.diagnostic(`strongest pair of different items: ${rows.join('; ')}`);
  });

  test('titles: kept titles of checked pairs ≥ TITLE_MIN > titles of other pairs', (t) => {
    const kept = ['1-1', '5-5', '6-3', '14-12', '19-16'].map((k) => ({ k, ...at(m.title, k) }));
    const rest = m.title.flatMap((row, i) => row.map((score, j) => ({ k: key(i, j), score }))).filter((x) => !labelled.has(x.k)).sort((x, y) => y.score - x.score);
    t.diagnostic(`kept titles: ${kept.map((c) => `${c.k} ${f(c.score)}`).join(', ')}; other titles top ${rest.slice(0, 3).map((o) => `${o.k} ${f(o.score)}`).join(', ')}`);
    for (const c of kept) assert.ok(c.score >= TITLE_MIN, `${c.k} ${f(c.score)}`);
    assert.ok(rest[0]!.score < TITLE_MIN);
  });
});
