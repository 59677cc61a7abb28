import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { loadEdition } from '../../../src/lib/edition/load.ts';
import { buildSearchIndex, RECORDS_FILE } from '../../../src/lib/search/build-index.ts';
import { editionRecord } from '../../../src/lib/search/records.ts';

/** A built site with the records files of the real corpus's editions, under their years. */
function site(): string {
  const dist = mkdtempSync(join(tmpdir(), 'yaodian-index-'));
  for (const [issuer, year] of [['kaiping-szjggw', 2026], ['dongguan-szjggw', 2025], ['zhongyang-guojia-jiguan', 2024], ['zhongyang-guojia-jiguan', 2025]] as const) {
    const f = `tests/fixtures/content/editions/${issuer}/${year}.mdx`;
    const record = editionRecord(loadEdition(readFileSync(f, 'utf8'), f), { name: issuer, aliases: [] }, false);
    mkdirSync(join(dist, issuer, String(year)), { recursive: true });
    writeFileSync(join(dist, issuer, String(year), RECORDS_FILE), JSON.stringify(record));
  }
  return dist;
}

test('shards are built side by side in worker processes; the manifest lists the extra ones; records files go', async () => {
  const dist = site();
  try {
    const report = await buildSearchIndex({ dist, base: '/', maxPerShard: 2, jobs: 2 });
    assert.deepEqual(report.shards.map((s) => [s.key, s.editions, s.records]), [['2026', 1, 1], ['2025', 2, 2], ['2024', 1, 1]]);
    for (const s of report.shards) assert.ok(existsSync(join(dist, s.path, 'pagefind-entry.json')), s.path);
    // Each shard's filter table: a row for each of its editions, by the id Pagefind gives it (its fragment).
    const table = JSON.parse(readFileSync(join(dist, 'pagefind/shards/2025/yaodian-filters.json'), 'utf8')) as { rows: string[]; values: Record<string, string[]> };
    assert.deepEqual(table.values.year, ['2025']);
    assert.deepEqual(table.rows.map((r) => existsSync(join(dist, 'pagefind/shards/2025/fragment', `${r.split(' ')[0]}.pf_fragment`))), [true, true]);
    assert.deepEqual(JSON.parse(readFileSync(join(dist, 'pagefind/yaodian-shards.json'), 'utf8')), { shards: ['pagefind/shards/2025/', 'pagefind/shards/2024/'] });
    assert.ok(!existsSync(join(dist, 'kaiping-szjggw/2026', RECORDS_FILE)));
    assert.ok(!existsSync(join(dist, 'pagefind/pagefind-ui.js')), 'no Pagefind UI bundles');
  } finally {
    rmSync(dist, { recursive: true, force: true });
  }
});

test('a broken records file fails the index with its path; nothing half-written, the records stay for a rerun', async () => {
  const dist = site();
  try {
    writeFileSync(join(dist, 'dongguan-szjggw/2025', RECORDS_FILE), '{"url": ');
    await assert.rejects(buildSearchIndex({ dist, base: '/', maxPerShard: 2, jobs: 2 }), /dongguan-szjggw\/2025\/search-records\.json: not a search record .*npm run build/);
    assert.ok(!existsSync(join(dist, 'pagefind')), 'no partial index');
    assert.ok(existsSync(join(dist, 'kaiping-szjggw/2026', RECORDS_FILE)));
  } finally {
    rmSync(dist, { recursive: true, force: true });
  }
});

test('a site without records files is refused with the fix', async () => {
  const dist = mkdtempSync(join(tmpdir(), 'yaodian-index-'));
  try {
    await assert.rejects(buildSearchIndex({ dist, base: '/', maxPerShard: 2 }), /no search-records\.json files under .*npm run build/);
  } finally {
    rmSync(dist, { recursive: true, force: true });
  }
});
