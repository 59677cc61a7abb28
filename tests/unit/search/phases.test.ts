import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { FIRST_PHASE_EDITIONS, mergeCounts, mergeResults, planPhases } from '../../../src/lib/search/phases.ts';

describe('search phases', () => {
  test('one shard: everything in the first phase', () => {
    assert.deepEqual(planPhases([{ path: 'pagefind/', editions: 20_000 }]), { first: ['pagefind/'], later: [] });
  });
  test('newest shards until the first phase holds enough editions; the rest later', () => {
    const shards = [2026, 2025, 2024, 2023].map((y, i) => ({ path: i ? `pagefind/shards/${y}/` : 'pagefind/', editions: 2000 }));
    assert.deepEqual(planPhases(shards), { first: ['pagefind/'], later: ['pagefind/shards/2025/', 'pagefind/shards/2024/', 'pagefind/shards/2023/'] });
    assert.deepEqual(planPhases(shards, 3000).first, ['pagefind/', 'pagefind/shards/2025/']);
  });
  test('many small shards (one a year) are ranked together up to the first phase’s size', () => {
    const shards = Array.from({ length: 10 }, (_, i) => ({ path: `s${i}/`, editions: 100 }));
    assert.deepEqual(planPhases(shards), { first: shards.map((s) => s.path), later: [] });
    assert.ok(FIRST_PHASE_EDITIONS >= 1000);
  });
  test('a shard of unknown size (its entry file unreadable) does not stop the plan', () => {
    assert.deepEqual(planPhases([{ path: 'a/', editions: 0 }, { path: 'b/', editions: 0 }], 1), { first: ['a/', 'b/'], later: [] });
  });
  test('the editions waiting and the later phase’s: by score, first phase first at equal scores; by year, the first phase’s first', () => {
    const waiting = [{ id: 'a', score: 3, phase: 0 }, { id: 'b', score: 1, phase: 0 }];
    const later = [{ id: 'c', score: 2, phase: 1 }, { id: 'd', score: 1, phase: 1 }];
    assert.deepEqual(mergeResults(waiting, later, false).map((r) => r.id), ['a', 'c', 'b', 'd']);
    assert.deepEqual(mergeResults(waiting, later, true).map((r) => r.id), ['a', 'b', 'c', 'd']);
    assert.deepEqual(waiting.map((r) => r.id), ['a', 'b'], 'the input is not changed');
  });
  test('counts of the phases added up', () => {
    assert.deepEqual(mergeCounts([{ year: { '2026': 3 }, status: { 现行: 2 } }, { year: { '2026': 1, '2025': 4 } }, {}]), { year: { '2026': 4, '2025': 4 }, status: { 现行: 2 } });
    assert.deepEqual(mergeCounts([]), {});
  });
});
