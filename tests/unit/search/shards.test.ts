import assert from 'node:assert/strict';
import { test } from 'node:test';
import { planShards } from '../../../src/lib/search/shards.ts';

test('shards of a large archive: consecutive whole years, newest first and primary, none above half the limit unless one year is', () => {
  const perYear = new Map([[2026, 900], [2025, 300], [2024, 400], [2023, 100], [2022, 2000], [2021, 50], [2020, 60]]);
  const shards = planShards(perYear, 1000);
  assert.deepEqual(shards.map((s) => [s.key, s.editions, s.path]), [
    ['2026', 900, 'pagefind/'],
    ['2025', 300, 'pagefind/shards/2025/'],
    ['2023-2024', 500, 'pagefind/shards/2023-2024/'],
    ['2022', 2000, 'pagefind/shards/2022/'],
    ['2020-2021', 110, 'pagefind/shards/2020-2021/'],
  ]);
  assert.deepEqual(planShards(new Map(), 10), []);
});

test('an archive that fits in one shard is one index', () => {
  assert.deepEqual(planShards(new Map([[2026, 4], [2025, 2], [2024, 1]]), 1500).map((s) => s.key), ['2024-2026']);
  assert.deepEqual(planShards(new Map([[2026, 800], [2025, 700]]), 1500).map((s) => s.key), ['2025-2026']);
  // One edition more and it is split by year.
  assert.deepEqual(planShards(new Map([[2026, 801], [2025, 700]]), 1500).map((s) => s.key), ['2026', '2025']);
});

test('each year of an archive of equal years is a shard when a year is half the limit', () => {
  // 5,000 editions of ten years: a rebuild after one edition changes indexes 500 editions, not 1,000.
  const perYear = new Map(Array.from({ length: 10 }, (_, i) => [2026 - i, 500] as [number, number]));
  assert.deepEqual(planShards(perYear, 1000).map((s) => s.editions), Array(10).fill(500));
});
