import { fork } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { planShards, SHARDS_MANIFEST, type Shard } from './shards.ts';
import type { ShardAnswer, ShardJob } from './shard-worker.ts';

/** Name of the per-edition file that the build writes for the index (`<issuer>/<year>/search-records.json`). */
export const RECORDS_FILE = 'search-records.json';

export interface IndexReport {
  shards: (Shard & { records: number; ms: number })[];
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
export async function buildSearchIndex({ dist, base, maxPerShard, jobs = availableParallelism() }: { dist: string; base: string; maxPerShard: number; jobs?: number }): Promise<IndexReport> {
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
  const queue = [...shards];
  const worker = async () => {
    for (let shard = queue.shift(); shard; shard = queue.shift()) {
      const started = performance.now();
      const mine = files.filter((f) => shard.years.includes(yearOf(f))).sort();
      try {
        const records = await indexShard({ dist, files: mine, outputPath: join(dist, shard.path), base });
        report.shards.push({ ...shard, records, ms: Math.round(performance.now() - started) });
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
  // Pagefind writes its UI bundles into every shard; the site uses only its JS API.
  for (const shard of shards) for (const ui of ['pagefind-ui.js', 'pagefind-ui.css', 'pagefind-component-ui.js', 'pagefind-component-ui.css', 'pagefind-modular-ui.js', 'pagefind-modular-ui.css', 'pagefind-highlight.js']) {
    const p = join(dist, shard.path, ui);
    if (existsSync(p)) rmSync(p);
  }
  return report;
}
