import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { SearchRecord } from './records.ts';
import { planShards, SHARDS_MANIFEST, type Shard } from './shards.ts';
import { writeSearchIndex } from './pagefind-index.ts';

/** Name of the per-edition file that the build writes for the index (`<issuer>/<year>/search-records.json`). */
export const RECORDS_FILE = 'search-records.json';

export interface IndexReport {
  shards: (Shard & { records: number; ms: number })[];
}

/**
 * Indexes a built site: reads every edition's records file, plans year shards, builds each shard with
 * Pagefind (one service run per shard, closed after it, so memory is that of the largest shard), writes
 * the manifest of extra shards, and removes the records files.
 */
export async function buildSearchIndex({ dist, base, maxPerShard }: { dist: string; base: string; maxPerShard: number }): Promise<IndexReport> {
  const files = readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .map((f) => f.replace(/\\/g, '/'))
    .filter((f) => f.endsWith(`/${RECORDS_FILE}`));
  if (files.length === 0) throw new Error(`no ${RECORDS_FILE} files under ${dist}: build the site first (npm run build)`);
  const yearOf = (f: string) => Number(f.split('/').at(-2));
  const perYear = new Map<number, number>();
  for (const f of files) perYear.set(yearOf(f), (perYear.get(yearOf(f)) ?? 0) + 1);
  const shards = planShards(perYear, maxPerShard);
  rmSync(join(dist, 'pagefind'), { recursive: true, force: true });
  const report: IndexReport = { shards: [] };
  for (const shard of shards) {
    const started = performance.now();
    const mine = files.filter((f) => shard.years.includes(yearOf(f))).sort();
    function* records(): Generator<SearchRecord> {
      for (const f of mine) yield* JSON.parse(readFileSync(join(dist, f), 'utf8')) as SearchRecord[];
    }
    const { records: count } = await writeSearchIndex(records(), join(dist, shard.path), base);
    report.shards.push({ ...shard, records: count, ms: Math.round(performance.now() - started) });
  }
  const manifest = join(dist, SHARDS_MANIFEST);
  mkdirSync(dirname(manifest), { recursive: true });
  writeFileSync(manifest, JSON.stringify({ shards: shards.slice(1).map((s) => s.path) }));
  for (const f of files) rmSync(join(dist, f));
  // Pagefind writes its UI bundles into every shard; the site uses only its JS API.
  for (const shard of shards) for (const ui of ['pagefind-ui.js', 'pagefind-ui.css', 'pagefind-component-ui.js', 'pagefind-component-ui.css', 'pagefind-modular-ui.js', 'pagefind-modular-ui.css', 'pagefind-highlight.js']) {
    const p = join(dist, shard.path, ui);
    if (existsSync(p)) rmSync(p);
  }
  return report;
}
