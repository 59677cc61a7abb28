/**
 * Golden change sets: everything the change-set code computes, for every ordered pair of the committed
 * editions and for the two benchmark pairs, checked against fingerprints recorded from the code as it was
 * before it was made faster (tests/unit/changes/golden.json). Any change to a result fails here: a
 * similarity in its last bit (full-precision scores of every item pair, with their basis), the change set,
 * the word diffs, or the change page's HTML. The summary counts are stored in clear so a failure says
 * roughly what moved.
 *
 * When a result is meant to change (a new threshold, a new edition), rewrite the file with
 * `UPDATE_GOLDEN=1 node --test tests/unit/changes/golden.test.ts` and review the diff of golden.json.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { test } from 'node:test';
import { alignEditions } from '../../../src/lib/changes/align.ts';
import { changeView } from '../../../src/lib/changes/change-view.ts';
import { renderChangeView } from '../../../src/lib/changes/render-change-view.ts';
import { diffWords } from '../../../src/lib/changes/diff.ts';
import { clearSegmentCache } from '../../../src/lib/changes/segment.ts';
import { FeatureSpace, itemText } from '../../../src/lib/changes/similarity.ts';
import type { Edition } from '../../../src/lib/edition/model.ts';
import { benchmarkPairs } from '../../../bench/change-pairs.ts';
import { FIXTURE } from '../../support/fixture-content.ts';
import { committed } from './support.ts';

const FILE = 'tests/unit/changes/golden.json';
const EDITIONS = ['dongguan-szjggw/2025', 'kaiping-szjggw/2026', 'shiwei-jiguan-gongwei/2026', 'shiwei-zhengyanshi/2026', 'shizhengfu-jiguan/2026', 'zhongyang-guojia-jiguan/2024', 'zhongyang-guojia-jiguan/2025'];

interface Golden {
  pair: string;
  counts: unknown;
  /** sha256 (first 16 hex digits) of every item pair's similarity, full precision, with its basis. */
  similarity: string;
  /** … of the change set as JSON. */
  changes: string;
  /** … of the word diff of every reworded or moved pair, split and merge. */
  diffs: string;
  /** … of the change page's HTML. */
  view: string;
}

const hash = (value: unknown) => createHash('sha256').update(typeof value === 'string' ? value : JSON.stringify(value)).digest('hex').slice(0, 16);

function fingerprint(name: string, older: Edition, newer: Edition): Golden {
  const space = new FeatureSpace();
  const fa = older.items.map((it) => space.add(it));
  const fb = newer.items.map((it) => space.add(it));
  const scores = fa.map((a) => fb.map((b) => space.similarity(a, b)).map((s) => `${s.score} ${s.basis}`).join(' ')).join('\n');
  const set = alignEditions(older, newer);
  const a = new Map(older.items.map((i) => [i.number, i]));
  const b = new Map(newer.items.map((i) => [i.number, i]));
  const text = (items: typeof a, numbers: number[]) => numbers.map((n) => itemText(items.get(n)!)).join('\n');
  const diffs = [
    ...set.pairs.filter((p) => p.textChanged).map((p) => diffWords(text(a, [p.older.number]), text(b, [p.newer.number]))),
    ...set.split.map((s) => diffWords(text(a, [s.older.number]), text(b, s.newer.map((r) => r.number)))),
    ...set.merged.map((m) => diffWords(text(a, m.older.map((r) => r.number)), text(b, [m.newer.number]))),
  ];
  const view = renderChangeView(changeView(set, older, newer, { hrefOf: (e, anchor) => `/${e.id}/${anchor ? `#${anchor}` : ''}` }));
  return { pair: name, counts: set.summary.counts, similarity: hash(scores), changes: hash(set), diffs: hash(diffs), view: hash(view) };
}

function fingerprints(): Golden[] {
  const editions = EDITIONS.map(committed);
  const out: Golden[] = [];
  for (const { name, older, newer } of benchmarkPairs(FIXTURE.root)) out.push(fingerprint(`benchmark ${name}`, older, newer));
  for (const older of editions) {
    for (const newer of editions) if (older !== newer) out.push(fingerprint(`${older.id} → ${newer.id}`, older, newer));
  }
  return out;
}

test('change sets, similarities, diffs and change pages are exactly as recorded', () => {
  clearSegmentCache();
  const now = fingerprints();
  if (process.env.UPDATE_GOLDEN) writeFileSync(FILE, `${JSON.stringify(now, null, 1)}\n`);
  const recorded = JSON.parse(readFileSync(FILE, 'utf8')) as Golden[];
  assert.equal(now.length, 2 + EDITIONS.length * (EDITIONS.length - 1));
  assert.deepEqual(now, recorded);
  // The same again with the segmentation memo warm: results never depend on what was cut before.
  assert.deepEqual(fingerprints(), recorded);
});
