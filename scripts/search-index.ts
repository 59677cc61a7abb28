/**
 * The last step of `npm run build`: indexes the built site for search, in year shards, after Astro has
 * exited (so the two never hold memory at the same time). Reads OUT_DIR and BASE_PATH like astro.config.mjs;
 * SEARCH_SHARD_EDITIONS sets the largest archive indexed whole (default 1000 editions: Pagefind holds a shard's
 * whole index while it builds it); a larger one is split by year, into shards of at most half that (shards.ts);
 * SEARCH_INDEX_JOBS how many shards are built at once (default: one per CPU). A shard whose
 * records are unchanged since an earlier build is copied from the cache (node_modules/.cache/yaodian/search/, or
 * under YAODIAN_CACHE_DIR); --force indexes every shard again.
 */
import { parseCommand, runCommand } from '../src/lib/cli/command.ts';
import { cacheDir } from '../src/lib/print/cache.ts';
import { basePath } from '../src/lib/site/urls.ts';
import { buildSearchIndex } from '../src/lib/search/build-index.ts';

const { values } = parseCommand({
  description: 'Indexes a built site for search (the last step of npm run build). Reads OUT_DIR (default dist) and BASE_PATH;\nSEARCH_SHARD_EDITIONS sets the largest archive indexed whole (default 1000 editions; larger ones are split by year\ninto shards of at most half that), SEARCH_INDEX_JOBS how many shards are built at once.\nShards whose editions are unchanged since an earlier build are reused from the cache.',
  usage: 'usage: [OUT_DIR=dist] [BASE_PATH=/] node scripts/search-index.ts [--force]\n  --force   index every shard again (ignore the shards kept from earlier builds)',
  config: { options: { force: { type: 'boolean' } } },
});
const dist = process.env.OUT_DIR ?? 'dist';
const maxPerShard = Number(process.env.SEARCH_SHARD_EDITIONS ?? 1000);
const started = performance.now();
const jobs = process.env.SEARCH_INDEX_JOBS ? Number(process.env.SEARCH_INDEX_JOBS) : undefined;
await runCommand(async () => {
  const cache = { dir: cacheDir(process.cwd(), 'search'), force: values.force === true };
  const report = await buildSearchIndex({ dist, base: basePath(process.env.BASE_PATH), maxPerShard, jobs, cache });
  for (const s of report.shards) console.log(`search index: ${s.path} — years ${s.key}, ${s.editions} editions, ${s.records} records, ${s.reused ? 'reused from an earlier build' : 'indexed'}, ${s.ms} ms`);
  const reused = report.shards.filter((s) => s.reused).length;
  console.log(`search index: ${report.shards.length - reused} shard(s) built, ${reused} reused, in ${Math.round(performance.now() - started)} ms (Pagefind extended)`);
});
