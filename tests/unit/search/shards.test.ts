import assert from 'node:assert/strict';
import { test } from 'node:test';
import { planShards } from '../../../src/lib/search/shards.ts';

test('shards: consecutive whole years, newest first and primary, none above the limit unless one year is', () => {
  const perYear = new Map([[2026, 900], [2025, 800], [2024, 700], [2023, 100], [2022, 2000], [2021, 50]]);
  const shards = planShards(perYear, 1500);
  assert.deepEqual(shards.map((s) => [s.key, s.editions, s.path]), [
    ['2026', 900, 'pagefind/'],
    ['2024-2025', 1500, 'pagefind/shards/2024-2025/'],
    ['2023', 100, 'pagefind/shards/2023/'],
    ['2022', 2000, 'pagefind/shards/2022/'],
    ['2021', 50, 'pagefind/shards/2021/'],
  ]);
  assert.deepEqual(planShards(new Map([[2026, 4], [2025, 2], [2024, 1]]), 1500).map((s) => s.key), ['2024-2026']);
  assert.deepEqual(planShards(new Map(), 10), []);
});
