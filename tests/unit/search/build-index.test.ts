import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
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

/** Every file under `dir` with its bytes, by path. */
function tree(dir: string): Map<string, string> {
  return new Map((readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[]).filter((f) => statSync(join(dir, f)).isFile()).sort().map((f) => [f, readFileSync(join(dir, f)).toString('base64')]));
}

test('with a shard cache: an unchanged shard is copied back, byte for byte; a changed one is indexed again; --force indexes all', async () => {
  const cache = { dir: mkdtempSync(join(tmpdir(), 'yaodian-shards-')) };
  const sites = [site(), site(), site(), site()];
  try {
    const first = await buildSearchIndex({ dist: sites[0]!, base: '/', maxPerShard: 2, jobs: 2, cache });
    assert.deepEqual(first.shards.map((s) => s.reused), [false, false, false]);
    // The same records again: every shard from the cache, and the same files as the fresh index.
    const again = await buildSearchIndex({ dist: sites[1]!, base: '/', maxPerShard: 2, jobs: 2, cache });
    assert.deepEqual(again.shards.map((s) => [s.key, s.reused, s.records]), [['2026', true, 1], ['2025', true, 2], ['2024', true, 1]]);
    assert.deepEqual(tree(sites[1]!), tree(sites[0]!));
    // One 2025 edition changed: only the 2025 shard is indexed again, and the other shards stay where they were.
    const record = join(sites[2]!, 'dongguan-szjggw/2025', RECORDS_FILE);
    writeFileSync(record, readFileSync(record, 'utf8').replace('党', '党组'));
    const changed = await buildSearchIndex({ dist: sites[2]!, base: '/', maxPerShard: 2, jobs: 2, cache });
    assert.deepEqual(changed.shards.map((s) => [s.key, s.reused]), [['2026', true], ['2025', false], ['2024', true]]);
    assert.ok(!existsSync(join(sites[2]!, 'pagefind/shards/2025/shards')), 'a shard kept alone, without the shards inside the newest one');
    const forced = await buildSearchIndex({ dist: sites[3]!, base: '/', maxPerShard: 2, jobs: 2, cache: { ...cache, force: true } });
    assert.deepEqual(forced.shards.map((s) => s.reused), [false, false, false]);
    // The newest shard, kept in the cache, holds none of the other shards that live inside its folder.
    for (const kept of readdirSync(cache.dir)) assert.ok(!existsSync(join(cache.dir, kept, 'shard', 'shards', '2025')), kept);
  } finally {
    for (const d of [...sites, cache.dir]) rmSync(d, { recursive: true, force: true });
  }
});
