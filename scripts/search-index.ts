/**
 * The last step of `npm run build`: indexes the built site for search, in year shards, after Astro has
 * exited (so the two never hold memory at the same time). Reads OUT_DIR and BASE_PATH like astro.config.mjs;
 * SEARCH_SHARD_EDITIONS sets the largest shard (default 1000 editions: Pagefind needs about 3 MB per edition of item records while it builds a shard).
 */
import { basePath } from '../src/integrations/base-path.ts';
import { buildSearchIndex } from '../src/lib/search/build-index.ts';

const dist = process.env.OUT_DIR ?? 'dist';
const maxPerShard = Number(process.env.SEARCH_SHARD_EDITIONS ?? 1000);
const started = performance.now();
const report = await buildSearchIndex({ dist, base: basePath(process.env.BASE_PATH), maxPerShard });
for (const s of report.shards) console.log(`search index: ${s.path} — years ${s.key}, ${s.editions} editions, ${s.records} records, ${s.ms} ms`);
console.log(`search index: ${report.shards.length} shard(s) in ${Math.round(performance.now() - started)} ms (Pagefind extended)`);
