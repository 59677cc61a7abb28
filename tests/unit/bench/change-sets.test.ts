/** The change-set micro-benchmark runs and reports (timings are printed, not asserted: the machine varies). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { benchChanges } from '../../../bench/change-sets.ts';
import { benchmarkPairs } from '../../../bench/change-pairs.ts';
import { FIXTURE } from '../../support/fixture-content.ts';

test('benchChanges times align + diff on two pairs of 30-item editions', (t) => {
  for (const { name, older, newer } of benchmarkPairs(FIXTURE.root)) {
    assert.deepEqual([older.items.length, newer.items.length], [30, 30], name);
    const r = benchChanges(older, newer, 5);
    t.diagnostic(`${name}: median ${r.medianMs.toFixed(2)} ms over ${r.runs} runs (min ${r.minMs.toFixed(2)}, max ${r.maxMs.toFixed(2)}), ${r.diffs} diffs`);
    assert.equal(r.runs, 5);
    assert.ok(Number.isFinite(r.medianMs) && r.minMs <= r.medianMs && r.medianMs <= r.maxMs);
    assert.ok(r.diffs >= 4, name);
  }
  const { older, newer } = benchmarkPairs(FIXTURE.root)[0]!;
  assert.throws(() => benchChanges(older, newer, 0), RangeError);
});
