import { fork } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { codeVersion } from '../incremental/memo.ts';
import { planShards, SHARDS_MANIFEST, type Shard } from './shards.ts';
import type { ShardAnswer, ShardJob } from './shard-worker.ts';

/** Name of the per-edition file that the build writes for the index (`<issuer>/<year>/search-records.json`). */
export const RECORDS_FILE = 'search-records.json';

export interface IndexReport {
  /** Each shard; `reused` when it was copied from the cache of an earlier build instead of being indexed. */
  shards: (Shard & { records: number; ms: number; reused: boolean })[];
}

/** Where a shard built earlier is kept, and whether to ignore what is there (a full build). */
export interface ShardCache {
  dir: string;
  force?: boolean;
}

/** A digest of the code that writes a shard: this folder's modules (codeVersion) and Pagefind's version. */
function indexerVersion(): string {
  const hash = createHash('sha256').update(codeVersion(dirname(fileURLToPath(import.meta.url))) ?? '');
  // Pagefind's package.json is not among its exports: found by walking up from its entry point.
  let dir = dirname(fileURLToPath(import.meta.resolve('pagefind')));
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return hash.update(readFileSync(join(dir, 'package.json'))).digest('hex');
}

/**
 * A shard's key: everything that goes into it (where it is written, the base, its records files' bytes, the
 * indexer's code), so a shard whose editions and code are unchanged is found again, and a changed one never is.
 */
export function shardKey(dist: string, shard: Shard, files: readonly string[], base: string, version: string): string {
  const hash = createHash('sha256');
  for (const part of ['search-shard-v1', version, base, shard.path]) hash.update(`${Buffer.byteLength(part)}:${part}`);
  for (const f of files) {
    const bytes = readFileSync(join(dist, f));
    hash.update(`${Buffer.byteLength(f)}:${f}${bytes.length}:`).update(bytes);
  }
  return hash.digest('hex').slice(0, 32);
}

/** Builds one shard in a forked worker process (its own Pagefind service); rejects with the worker's error. */
function indexShard(job: ShardJob): Promise<number> {
  return new Promise((resolve, reject) => {
    // No inherited execArgv: under node --test those flags would make the worker a test runner.
    const child = fork(new URL('./shard-worker.ts', import.meta.url), { execArgv: [], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
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
 * Indexes a built site: reads every edition's records file, plans year shards, builds the shards with
 * Pagefind, `jobs` at a time, each in a worker process of its own (memory is that of the largest shards
 * being built, not of the whole index), writes the manifest of extra shards, and removes the records files.
 */
export async function buildSearchIndex({ dist, base, maxPerShard, jobs = availableParallelism(), cache }: { dist: string; base: string; maxPerShard: number; jobs?: number; cache?: ShardCache }): Promise<IndexReport> {
  if (!existsSync(dist)) throw new Error(`${dist} does not exist: build the site first (npm run build)`);
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
  const version = cache ? indexerVersion() : '';
  const queue = [...shards];
  const worker = async () => {
    for (let shard = queue.shift(); shard; shard = queue.shift()) {
      const started = performance.now();
      const mine = files.filter((f) => shard.years.includes(yearOf(f))).sort();
      const outputPath = join(dist, shard.path);
      try {
        const key = cache ? shardKey(dist, shard, mine, base, version) : undefined;
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
        const records = await indexShard({ dist, files: mine, outputPath, base });
        removeUiBundles(outputPath);
        if (kept) {
          // Written beside and renamed into place: a build running alongside never finds half a shard.
          const tmp = `${kept}.${process.pid}.tmp`;
          rmSync(tmp, { recursive: true, force: true });
          // Not the other shards that live inside this one's folder (the newest shard's is the root of them all).
          const nested = shards.filter((o) => o !== shard && o.path.startsWith(shard.path)).map((o) => join(dist, o.path));
          cpSync(outputPath, join(tmp, 'shard'), { recursive: true, filter: (src) => !nested.some((n) => `${src}/`.startsWith(n)) });
          writeFileSync(join(tmp, 'records.json'), JSON.stringify({ records }));
          rmSync(kept, { recursive: true, force: true });
          renameSync(tmp, kept);
        }
        report.shards.push({ ...shard, records, ms: Math.round(performance.now() - started), reused: false });
      } catch (error) {
        queue.length = 0; // start no more shards
        throw error;
      }
    }
  };
  const settled = await Promise.allSettled(Array.from({ length: Math.max(1, Math.min(jobs, shards.length)) }, worker));
  const failed = settled.find((r) => r.status === 'rejected');
  if (failed) {
    // No half-written index (the other workers have finished): the records files stay for a rerun.
    rmSync(join(dist, 'pagefind'), { recursive: true, force: true });
    throw failed.reason;
  }
  const order = new Map(shards.map((s, i) => [s.key, i]));
  report.shards.sort((a, b) => order.get(a.key)! - order.get(b.key)!);
  const manifest = join(dist, SHARDS_MANIFEST);
  mkdirSync(dirname(manifest), { recursive: true });
  writeFileSync(manifest, JSON.stringify({ shards: shards.slice(1).map((s) => s.path) }));
  for (const f of files) rmSync(join(dist, f));
  return report;
}

/** Pagefind writes its UI bundles into every shard; the site uses only its JS API. */
function removeUiBundles(shardDir: string): void {
  for (const ui of ['pagefind-ui.js', 'pagefind-ui.css', 'pagefind-component-ui.js', 'pagefind-component-ui.css', 'pagefind-modular-ui.js', 'pagefind-modular-ui.css', 'pagefind-highlight.js']) {
    const p = join(shardDir, ui);
    if (existsSync(p)) rmSync(p);
  }
}
