import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { loadEdition } from '../../../src/lib/edition/load.ts';
import { createHash } from 'node:crypto';
import { buildSearchIndex } from '../../../src/lib/search/build-index.ts';
import type { IndexEntry } from '../../../src/lib/search/site-records.ts';
import { editionRecord, type SearchRecord } from '../../../src/lib/search/records.ts';

/** The search records of four editions of the fixture corpus, of three years. */
function fixtureRecords(): SearchRecord[] {
  return (
    [
      ['kaiping-szjggw', 2026],
      ['dongguan-szjggw', 2025],
      ['zhongyang-guojia-jiguan', 2024],
      ['zhongyang-guojia-jiguan', 2025],
    ] as const
  ).map(([issuer, year]) => {
    const f = `tests/fixtures/content/editions/${issuer}/${year}.mdx`;
    return editionRecord(loadEdition(readFileSync(f, 'utf8'), f), { name: issuer, aliases: [] }, false);
  });
}

const records = fixtureRecords();

/** Entries for records at hand: each one's digest is of its record. */
function entriesOf(records: readonly SearchRecord[]): { entries: IndexEntry[]; recordsOf(urls: readonly string[]): SearchRecord[] } {
  const byUrl = new Map(records.map((r) => [r.url, r]));
  return {
    entries: records.map((r) => ({ url: r.url, year: Number(r.sort.year), digest: createHash('sha256').update(JSON.stringify(r)).digest('hex') })),
    recordsOf: (urls) => urls.map((u) => byUrl.get(u)!),
  };
}
const VERSION = 'code-v1';

/** An output folder for an index. */
const site = () => mkdtempSync(join(tmpdir(), 'yaodian-index-'));

test('shards are built side by side in worker processes; the manifest lists the extra ones', async () => {
  const dist = site();
  try {
    const report = await buildSearchIndex({ dist, ...entriesOf(records), base: '/', maxPerShard: 2, jobs: 2 });
    assert.deepEqual(report.shards.map((s) => [s.key, s.editions, s.records]), [['2026', 1, 1], ['2025', 2, 2], ['2024', 1, 1]]);
    for (const s of report.shards) assert.ok(existsSync(join(dist, s.path, 'pagefind-entry.json')), s.path);
    // Each shard's filter table: a row for each of its editions, by the id Pagefind gives it (its fragment).
    const table = JSON.parse(readFileSync(join(dist, 'pagefind/shards/2025/yaodian-filters.json'), 'utf8')) as { rows: string[]; values: Record<string, string[]> };
    assert.deepEqual(table.values.year, ['2025']);
    assert.deepEqual(table.rows.map((r) => existsSync(join(dist, 'pagefind/shards/2025/fragment', `${r.split(' ')[0]}.pf_fragment`))), [true, true]);
    assert.deepEqual(JSON.parse(readFileSync(join(dist, 'pagefind/yaodian-shards.json'), 'utf8')), { shards: ['pagefind/shards/2025/', 'pagefind/shards/2024/'] });
    assert.ok(!existsSync(join(dist, 'pagefind/pagefind-ui.js')), 'no Pagefind UI bundles');
  } finally {
    rmSync(dist, { recursive: true, force: true });
  }
});

test('a shard worker that fails fails the index with its error; nothing half-written', async () => {
  const dist = site();
  const saved = process.env.PAGEFIND_BINARY_PATH;
  // The workers inherit it: each refuses a Pagefind binary that may not be the extended build.
  process.env.PAGEFIND_BINARY_PATH = join(dist, 'pagefind-elsewhere');
  try {
    await assert.rejects(buildSearchIndex({ dist, ...entriesOf(records), base: '/', maxPerShard: 2, jobs: 2 }), /search shard .*pagefind.*PAGEFIND_BINARY_PATH is set .*Unset it/);
    assert.ok(!existsSync(join(dist, 'pagefind')), 'no partial index');
  } finally {
    if (saved === undefined) delete process.env.PAGEFIND_BINARY_PATH;
    else process.env.PAGEFIND_BINARY_PATH = saved;
    rmSync(dist, { recursive: true, force: true });
  }
});

test('an archive without published editions is refused with the fix', async () => {
  const dist = site();
  try {
    await assert.rejects(buildSearchIndex({ dist, ...entriesOf([]), base: '/', maxPerShard: 2 }), /no published editions to index: add an edition .*npm run import/);
  } finally {
    rmSync(dist, { recursive: true, force: true });
  }
});

/** Every file under `dir` with its bytes, by path. */
function tree(dir: string): Map<string, string> {
  return new Map((readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[]).filter((f) => statSync(join(dir, f)).isFile()).sort().map((f) => [f, readFileSync(join(dir, f)).toString('base64')]));
}

test('with a shard cache: an unchanged shard is copied back, byte for byte; a changed one is indexed again; --force indexes all', async () => {
  const cache = { dir: mkdtempSync(join(tmpdir(), 'yaodian-shards-')), version: VERSION };
  const sites = [site(), site(), site(), site()];
  try {
    const first = await buildSearchIndex({ dist: sites[0]!, ...entriesOf(records), base: '/', maxPerShard: 2, jobs: 2, cache });
    assert.deepEqual(first.shards.map((s) => s.reused), [false, false, false]);
    // The same records again: every shard from the cache, and the same files as the fresh index.
    const again = await buildSearchIndex({ dist: sites[1]!, ...entriesOf(records), base: '/', maxPerShard: 2, jobs: 2, cache });
    assert.deepEqual(again.shards.map((s) => [s.key, s.reused, s.records]), [['2026', true, 1], ['2025', true, 2], ['2024', true, 1]]);
    assert.deepEqual(tree(sites[1]!), tree(sites[0]!));
    // One 2025 edition changed: only the 2025 shard is indexed again, and the other shards stay where they were.
    const edited = records.map((r) => (r.url === 'dongguan-szjggw/2025/' ? { ...r, content: r.content.replace('党', '党组') } : r));
    const asked: string[][] = [];
    const { entries, recordsOf } = entriesOf(edited);
    const changed = await buildSearchIndex({ dist: sites[2]!, entries, recordsOf: (urls) => (asked.push([...urls]), recordsOf(urls)), base: '/', maxPerShard: 2, jobs: 2, cache });
    assert.deepEqual(changed.shards.map((s) => [s.key, s.reused]), [['2026', true], ['2025', false], ['2024', true]]);
    assert.deepEqual(asked, [['dongguan-szjggw/2025/', 'zhongyang-guojia-jiguan/2025/']], 'records made for the shard indexed only');
    assert.ok(!existsSync(join(sites[2]!, 'pagefind/shards/2025/shards')), 'a shard kept alone, without the shards inside the newest one');
    const forced = await buildSearchIndex({ dist: sites[3]!, ...entriesOf(records), base: '/', maxPerShard: 2, jobs: 2, cache: { ...cache, force: true } });
    assert.deepEqual(forced.shards.map((s) => s.reused), [false, false, false]);
    // Other code that makes the records (a new version): nothing is taken from the cache.
    const recoded = await buildSearchIndex({ dist: sites[1]!, ...entriesOf(records), base: '/', maxPerShard: 2, jobs: 2, cache: { ...cache, version: 'code-v2' } });
    assert.deepEqual(recoded.shards.map((s) => s.reused), [false, false, false]);
    // The newest shard, kept in the cache, holds none of the other shards that live inside its folder.
    for (const kept of readdirSync(cache.dir)) assert.ok(!existsSync(join(cache.dir, kept, 'shard', 'shards', '2025')), kept);
  } finally {
    for (const d of [...sites, cache.dir]) rmSync(d, { recursive: true, force: true });
  }
});

test('in the same folder: unchanged shards stay where they are (times renewed), a changed one is replaced, and the folder is what a fresh index writes', async () => {
  const cache = { dir: mkdtempSync(join(tmpdir(), 'yaodian-shards-')), version: VERSION };
  const [dist, fresh] = [site(), site()];
  try {
    await buildSearchIndex({ dist, ...entriesOf(records), base: '/', maxPerShard: 2, jobs: 2, cache });
    const entry = join(dist, 'pagefind/shards/2024/pagefind-entry.json');
    const old = new Date(Date.now() - 60_000);
    utimesSync(entry, old, old);
    const again = await buildSearchIndex({ dist, ...entriesOf(records), base: '/', maxPerShard: 2, jobs: 2, cache });
    assert.deepEqual(again.shards.map((s) => s.reused), [true, true, true]);
    assert.ok(statSync(entry).mtimeMs > old.getTime(), 'a shard kept in place has its times renewed');
    // A stray file in the index folder goes; one 2025 edition changed: that shard alone is indexed again.
    writeFileSync(join(dist, 'pagefind/stray.txt'), 'x');
    const edited = records.map((r) => (r.url === 'dongguan-szjggw/2025/' ? { ...r, content: r.content.replace('党', '党组') } : r));
    const changed = await buildSearchIndex({ dist, ...entriesOf(edited), base: '/', maxPerShard: 2, jobs: 2, cache });
    assert.deepEqual(changed.shards.map((s) => [s.key, s.reused]), [['2026', true], ['2025', false], ['2024', true]]);
    await buildSearchIndex({ dist: fresh, ...entriesOf(edited), base: '/', maxPerShard: 2, jobs: 2 });
    assert.deepEqual(tree(dist), tree(fresh));
    // Another folder is never trusted: everything there is written anew (copied from the cache).
    const other = await buildSearchIndex({ dist: fresh, ...entriesOf(edited), base: '/', maxPerShard: 2, jobs: 2, cache });
    assert.deepEqual(other.shards.map((s) => s.reused), [true, true, true]);
    assert.deepEqual(tree(dist), tree(fresh));
  } finally {
    for (const d of [dist, fresh, cache.dir]) rmSync(d, { recursive: true, force: true });
  }
});
