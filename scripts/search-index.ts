/**
 * The search step of `npm run build`: reads the content tree (CONTENT_ROOT, as astro.config.mjs does) outside
 * Astro, makes every published edition's search record, and indexes them into OUT_DIR/pagefind in year shards.
 * Editions and mentions the site's build has kept are read back, not computed (src/lib/content/read-site.ts).
 *
 * scripts/build.ts runs it after Astro for a build from an empty folder (the two never hold memory at the same
 * time), and beside Astro for an incremental build, where it has one shard or a few to index.
 *
 * SEARCH_SHARD_EDITIONS sets the largest archive indexed whole (default 1000 editions: Pagefind holds a shard's
 * whole index while it builds it); a larger one is split by year, into shards of at most half that (shards.ts);
 * SEARCH_INDEX_JOBS how many shards are built at once (default: one per CPU). A shard whose records are unchanged
 * since an earlier build is copied from the cache (node_modules/.cache/yaodian/search/, or under
 * YAODIAN_CACHE_DIR); --force indexes every shard again.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { changedSince, readSite } from '../src/lib/content/read-site.ts';
import { parseCommand, runCommand } from '../src/lib/cli/command.ts';
import type { Edition } from '../src/lib/edition/model.ts';
import { InputError } from '../src/lib/errors.ts';
import { openSiteMemo, projectVersion } from '../src/lib/incremental/site-memo.ts';
import { cacheDir } from '../src/lib/print/cache.ts';
import type { MentionRef } from '../src/lib/programmes/mentions.ts';
import { buildSearchIndex, stopShardWorkers } from '../src/lib/search/build-index.ts';
import { siteIndex } from '../src/lib/search/site-records.ts';
import { basePath } from '../src/lib/site/urls.ts';

const { values } = parseCommand({
  description: 'Indexes the site for search (a step of npm run build): reads the editions of CONTENT_ROOT (default content)\nand writes the index to OUT_DIR/pagefind (default dist). BASE_PATH as for the build; SEARCH_SHARD_EDITIONS sets the\nlargest archive indexed whole (default 1000 editions; larger ones are split by year into shards of at most half\nthat), SEARCH_INDEX_JOBS how many shards are built at once.\nShards whose editions are unchanged since an earlier build are reused from the cache.',
  usage: 'usage: [OUT_DIR=dist] [BASE_PATH=/] [CONTENT_ROOT=content] node scripts/search-index.ts [--force]\n  --force   index every shard again (ignore the shards kept from earlier builds)',
  config: { options: { force: { type: 'boolean' } } },
});
const dist = process.env.OUT_DIR ?? 'dist';
const maxPerShard = Number(process.env.SEARCH_SHARD_EDITIONS ?? 1000);
const started = performance.now();
const jobs = process.env.SEARCH_INDEX_JOBS ? Number(process.env.SEARCH_INDEX_JOBS) : undefined;
// Stopped by the build (Astro failed beside it): the shard workers stop too, writing nothing more.
process.once('SIGTERM', () => {
  stopShardWorkers();
  process.exit(143);
});
await runCommand(async () => {
  const root = process.cwd();
  const contentRoot = process.env.CONTENT_ROOT ?? 'content';
  const force = values.force === true;
  // Read back only: the site's build, which may be running beside this, writes and prunes the memos. Read even
  // with --force (which means: index every shard again): a value is kept under the digest of its file's text and
  // of the code, so it is never stale, and after a forced Astro build it is that build's own.
  const memos = { editions: openSiteMemo<Edition>('editions', { root, contentRoot }), mentions: openSiteMemo<MentionRef[]>('mentions', { root, contentRoot }) };
  const site = readSite({ root, contentRoot, memos });
  const { entries, recordsOf } = siteIndex(site);
  console.log(`search index: ${entries.length} editions (${site.stats.editions.read} read back, ${site.stats.editions.parsed} parsed) in ${Math.round(performance.now() - started)} ms`);
  // Without a version of the code (sources unreadable), no shard is taken from the cache.
  const version = projectVersion(root);
  const cache = version ? { dir: cacheDir(root, 'search'), force, version } : undefined;
  const report = await buildSearchIndex({ dist, entries, recordsOf, base: basePath(process.env.BASE_PATH), maxPerShard, jobs, cache });
  for (const s of report.shards) console.log(`search index: ${s.path} — years ${s.key}, ${s.editions} editions, ${s.records} records, ${s.reused ? 'reused from an earlier build' : 'indexed'}, ${s.ms} ms`);
  // The pages are built from the texts Astro read; an index of other texts would not match them.
  const changed = changedSince(root, site.files);
  if (changed.length > 0) {
    rmSync(join(dist, 'pagefind'), { recursive: true, force: true });
    throw new InputError(changed[0]!, undefined, `the file changed while the site was being built${changed.length > 1 ? ` (and ${changed.length - 1} other file(s))` : ''}`, 'run the build again once the files are saved');
  }
  const reused = report.shards.filter((s) => s.reused).length;
  const { mentions } = site.stats;
  console.log(`search index: records made for the shards built (programme mentions ${mentions.read} read back, ${mentions.found} found)`);
  console.log(`search index: ${report.shards.length - reused} shard(s) built, ${reused} reused, in ${Math.round(performance.now() - started)} ms (Pagefind extended)`);
});
