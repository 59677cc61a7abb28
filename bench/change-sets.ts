/**
 * A micro-benchmark of the change-set work a change page does: align two editions, then diff every pair
 * whose words changed and every split and merge. Pure timing with performance.now() (no I/O), so
 * scripts/bench.ts can call it in Node and a page could call it in the browser. The segmentation memo is
 * emptied before every run, so each run cuts every text itself, as one page would.
 *
 * Untimed runs first (`warmup`, 20 by default): the first loads ICU's word dictionary (~15 ms, once per
 * process), and the first few dozen run before V8 has optimised the code (up to 1.5× slower), so the
 * median is the steady cost a build pays page after page. The first run's time is returned as firstMs.
 *
 * @example benchChanges(older, newer, 50) → { runs: 50, medianMs: 4.1, minMs: 3.8, maxMs: 9.2, firstMs: 21.3, items: [30, 30], diffs: 17 }
 */
import type { Edition, Item } from '../src/lib/edition/model.ts';
import { alignEditions } from '../src/lib/changes/align.ts';
import type { ChangeSet } from '../src/lib/changes/change-set.ts';
import { diffWords } from '../src/lib/changes/diff.ts';
import { clearSegmentCache } from '../src/lib/changes/segment.ts';
import { itemText } from '../src/lib/changes/similarity.ts';

/** Timings of `runs` runs of alignEditions + diffs, in milliseconds. */
export interface ChangesBenchResult {
  runs: number;
  medianMs: number;
  minMs: number;
  maxMs: number;
  /** The first untimed run (in a fresh process: with ICU's dictionary loading and unoptimised code). */
  firstMs: number;
  /** Items of the older and the newer edition. */
  items: [number, number];
  /** Diffs computed per run. */
  diffs: number;
}

/** Times alignEditions(older, newer) and the diffs a change page shows, `runs` times after `warmup` untimed runs. */
export function benchChanges(older: Edition, newer: Edition, runs = 50, warmup = 20): ChangesBenchResult {
  if (!Number.isInteger(runs) || runs < 1) throw new RangeError(`runs must be a positive integer, got ${runs}`);
  clearSegmentCache();
  const first = performance.now();
  let diffs = runAll(older, newer);
  const firstMs = performance.now() - first;
  for (let r = 1; r < warmup; r++) {
    clearSegmentCache();
    runAll(older, newer);
  }
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    clearSegmentCache();
    const start = performance.now();
    diffs = runAll(older, newer);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const mid = Math.floor(runs / 2);
  const medianMs = runs % 2 === 1 ? times[mid]! : (times[mid - 1]! + times[mid]!) / 2;
  return { runs, medianMs, minMs: times[0]!, maxMs: times[runs - 1]!, firstMs, items: [older.items.length, newer.items.length], diffs };
}

/** One change page's worth of work; returns the number of diffs made. */
function runAll(older: Edition, newer: Edition): number {
  const set: ChangeSet = alignEditions(older, newer);
  const a = byNumber(older.items);
  const b = byNumber(newer.items);
  const text = (items: Map<number, Item>, ...numbers: number[]) => numbers.map((n) => itemText(items.get(n)!)).join('\n');
  let diffs = 0;
  for (const p of set.pairs) {
    if (!p.textChanged) continue;
    diffWords(text(a, p.older.number), text(b, p.newer.number));
    diffs++;
  }
  for (const s of set.split) {
    diffWords(text(a, s.older.number), text(b, ...s.newer.map((r) => r.number)));
    diffs++;
  }
  for (const m of set.merged) {
    diffWords(text(a, ...m.older.map((r) => r.number)), text(b, m.newer.number));
    diffs++;
  }
  return diffs;
}

function byNumber(items: readonly Item[]): Map<number, Item> {
  return new Map(items.map((i) => [i.number, i]));
}
