import { fork, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { filesUnder } from '../incremental/out-dir.ts';
import { planShards, SHARDS_MANIFEST, type Shard } from './shards.ts';
import type { SearchRecord } from './records.ts';
import type { IndexEntry } from './site-records.ts';
import type { ShardAnswer, ShardJob } from './shard-worker.ts';

export interface IndexReport {
  /** Each shard; `reused` when it was copied from the cache of an earlier build instead of being indexed. */
  shards: (Shard & { records: number; ms: number; reused: boolean })[];
}

/**
 * Where a shard built earlier is kept, whether to ignore what is there (a full build), and the version of the
 * code that makes and indexes the records (the entries' digests are of the content only): the project's sources
 * and lockfile, Pagefind's version with it (site-memo.ts `projectVersion`).
 */
export interface ShardCache {
  dir: string;
  force?: boolean;
  version: string;
}

/**
 * A shard's key: everything that goes into it (where it is written, the base, its editions' entries, the code
 * that makes and indexes their records), so a shard whose editions and code are unchanged is found again, and a
 * changed one never is.
 */
export function shardKey(shard: Shard, entries: readonly IndexEntry[], base: string, version: string): string {
  const hash = createHash('sha256');
  for (const part of ['search-shard-v3', version, base, shard.path, ...entries.flatMap((e) => [e.url, e.digest])]) hash.update(`${Buffer.byteLength(part)}:${part}`);
  return hash.digest('hex').slice(0, 32);
}

/** The shard workers running. */
const workers = new Set<ChildProcess>();

/** Stops the shard workers running (when the build is stopped: none goes on writing into the output folder). */
export function stopShardWorkers(): void {
  for (const child of workers) child.kill('SIGTERM');
}

/** Builds one shard in a forked worker process (its own Pagefind service); rejects with the worker's error. */
function indexShard(job: ShardJob): Promise<number> {
  return new Promise((resolve, reject) => {
    // No inherited execArgv: under node --test those flags would make the worker a test runner.
    const child = fork(new URL('./shard-worker.ts', import.meta.url), { execArgv: [], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    workers.add(child);
    child.once('exit', () => workers.delete(child));
    let answer: ShardAnswer | undefined;
    child.once('message', (m: ShardAnswer) => (answer = m));
    child.once('error', reject);
    child.once('exit', (code) => {
      if (answer?.ok) resolve(answer.records);
      else reject(new Error(`search shard ${job.outputPath}: ${answer && !answer.ok ? answer.error : `worker exited with code ${code}`}`));
    });
    child.send(job);
  });
}

/**
 * Indexes the site's editions into `dist/pagefind`: plans year shards from the entries, and builds each shard
 * that is not kept from an earlier build with Pagefind, from the records `recordsOf` makes for its editions,
 * `jobs` at a time, each in a worker process of its own (memory is that of the largest shards being built, not
 * of the whole index); then writes the manifest of extra shards.
 */
export async function buildSearchIndex({ dist, entries, recordsOf, base, maxPerShard, jobs = availableParallelism(), cache }: { dist: string; entries: readonly IndexEntry[]; recordsOf: (urls: readonly string[]) => SearchRecord[]; base: string; maxPerShard: number; jobs?: number; cache?: ShardCache }): Promise<IndexReport> {
  if (entries.length === 0) throw new Error('no published editions to index: add an edition under content/editions (npm run import)');
  const perYear = new Map<number, number>();
  for (const e of entries) perYear.set(e.year, (perYear.get(e.year) ?? 0) + 1);
  const shards = planShards(perYear, maxPerShard);
  const report: IndexReport = { shards: [] };
  const mineOf = new Map(shards.map((shard) => [shard, entries.filter((e) => shard.years.includes(e.year)).sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0))]));
  const keyOf = new Map(shards.map((shard) => [shard, cache ? shardKey(shard, mineOf.get(shard)!, base, cache.version) : undefined]));
  // A shard the last index left in this folder under the same key stays where it is; the rest of the folder goes.
  const placed = cache && !cache.force ? takePlaced(cache.dir, dist) : {};
  const inPlace = new Map<Shard, Set<string>>();
  for (const shard of shards) {
    const key = keyOf.get(shard);
    const files = cache && key && key === placed[shard.path] ? filesInPlace(dist, shard.path, join(cache.dir, key, 'shard')) : undefined;
    if (files) inPlace.set(shard, files);
  }
  clearIndex(dist, shards, inPlace);
  const queue = [...shards];
  const worker = async () => {
    for (let shard = queue.shift(); shard; shard = queue.shift()) {
      const started = performance.now();
      const mine = mineOf.get(shard)!;
      const outputPath = join(dist, shard.path);
      try {
        if (inPlace.has(shard)) {
          report.shards.push({ ...shard, records: mine.length, ms: Math.round(performance.now() - started), reused: true });
          continue;
        }
        const key = keyOf.get(shard);
        const kept = cache && key ? join(cache.dir, key) : undefined;
        if (kept && !cache!.force && existsSync(join(kept, 'records.json'))) {
          // The same records, the same code: the shard an earlier build wrote, copied back.
          cpSync(join(kept, 'shard'), outputPath, { recursive: true });
          const now = new Date();
          utimesSync(kept, now, now);
          const { records } = JSON.parse(readFileSync(join(kept, 'records.json'), 'utf8')) as { records: number };
          report.shards.push({ ...shard, records, ms: Math.round(performance.now() - started), reused: true });
          continue;
        }
        const indexed = await indexShard({ records: recordsOf(mine.map((e) => e.url)), outputPath, base });
        removeUiBundles(outputPath);
        if (kept) {
          // Written beside and renamed into place: a build running alongside never finds half a shard.
          const tmp = `${kept}.${process.pid}.tmp`;
          rmSync(tmp, { recursive: true, force: true });
          // Not the other shards that live inside this one's folder (the newest shard's is the root of them all).
          const nested = shards.filter((o) => o !== shard && o.path.startsWith(shard.path)).map((o) => join(dist, o.path));
          cpSync(outputPath, join(tmp, 'shard'), { recursive: true, filter: (src) => !nested.some((n) => `${src}/`.startsWith(n)) });
          writeFileSync(join(tmp, 'records.json'), JSON.stringify({ records: indexed }));
          rmSync(kept, { recursive: true, force: true });
          renameSync(tmp, kept);
        }
        report.shards.push({ ...shard, records: indexed, ms: Math.round(performance.now() - started), reused: false });
      } catch (error) {
        queue.length = 0; // start no more shards
        throw error;
      }
    }
  };
  const settled = await Promise.allSettled(Array.from({ length: Math.max(1, Math.min(jobs, shards.length)) }, worker));
  const failed = settled.find((r) => r.status === 'rejected');
  if (failed) {
    // No half-written index (the other workers have finished).
    rmSync(join(dist, 'pagefind'), { recursive: true, force: true });
    throw failed.reason;
  }
  const order = new Map(shards.map((s, i) => [s.key, i]));
  report.shards.sort((a, b) => order.get(a.key)! - order.get(b.key)!);
  const manifest = join(dist, SHARDS_MANIFEST);
  mkdirSync(dirname(manifest), { recursive: true });
  writeFileSync(manifest, JSON.stringify({ shards: shards.slice(1).map((s) => s.path) }));
  if (cache) writePlaced(cache.dir, dist, Object.fromEntries(shards.map((shard) => [shard.path, keyOf.get(shard)!])));
  return report;
}

/** Which shard (by key) the last index left at each path of which output folder; kept in the shard cache. */
const PLACED = 'placed.json';

/**
 * The shards the last index left in `dist` (path → key), forgotten as they are read: an index that stops half-way
 * leaves none that a later one may trust.
 */
function takePlaced(cacheDir: string, dist: string): Record<string, string> {
  const file = join(cacheDir, PLACED);
  try {
    const placed = JSON.parse(readFileSync(file, 'utf8')) as { dist: string; shards: Record<string, string> };
    return placed.dist === resolve(dist) ? placed.shards : {};
  } catch {
    return {};
  } finally {
    rmSync(file, { force: true });
  }
}

function writePlaced(cacheDir: string, dist: string, shards: Record<string, string>): void {
  mkdirSync(cacheDir, { recursive: true });
  const tmp = join(cacheDir, `${PLACED}.${process.pid}.tmp`);
  writeFileSync(tmp, JSON.stringify({ dist: resolve(dist), shards }));
  renameSync(tmp, join(cacheDir, PLACED));
}

/**
 * The files (relative to `dist`) of the shard at `path` when every file of its copy in the cache (`kept`) is
 * there at the same size; otherwise undefined (the shard is written again).
 */
function filesInPlace(dist: string, path: string, kept: string): Set<string> | undefined {
  const files = filesUnder(kept);
  if (files.length === 0) return undefined;
  for (const f of files) {
    try {
      if (statSync(join(dist, path, f)).size !== statSync(join(kept, f)).size) return undefined;
    } catch {
      return undefined;
    }
  }
  return new Set(files.map((f) => `${path}${f}`));
}

/**
 * Clears `dist/pagefind` for a new index: removes every file but those of the shards kept in place (a file
 * belongs to the shard with the longest path it is under: the newest shard's folder holds the others), whose
 * times are renewed (the build removes afterwards the files it neither wrote nor renewed).
 */
function clearIndex(dist: string, shards: readonly Shard[], inPlace: ReadonlyMap<Shard, Set<string>>): void {
  const root = join(dist, 'pagefind');
  if (inPlace.size === 0) {
    rmSync(root, { recursive: true, force: true });
    return;
  }
  const byLength = [...shards].sort((a, b) => b.path.length - a.path.length);
  const now = new Date();
  for (const f of filesUnder(root)) {
    const rel = `pagefind/${f}`;
    const owner = byLength.find((shard) => rel.startsWith(shard.path));
    if (owner && inPlace.get(owner)?.has(rel)) utimesSync(join(dist, rel), now, now);
    else rmSync(join(dist, rel));
  }
}

/** Pagefind writes its UI bundles into every shard; the site uses only its JS API. */
function removeUiBundles(shardDir: string): void {
  for (const ui of ['pagefind-ui.js', 'pagefind-ui.css', 'pagefind-component-ui.js', 'pagefind-component-ui.css', 'pagefind-modular-ui.js', 'pagefind-modular-ui.css', 'pagefind-highlight.js']) {
    const p = join(shardDir, ui);
    if (existsSync(p)) rmSync(p);
  }
}
