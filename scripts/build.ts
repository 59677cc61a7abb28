/**
 * npm run build: Astro builds the site, then scripts/search-index.ts indexes it. Incremental by default: a page
 * whose content and code are unchanged since the last build is kept (Astro's experimental.incrementalBuild with
 * the pages' cache keys, src/lib/incremental/page-keys.ts), and so is a search shard whose editions are unchanged;
 * PDFs and social cards are content-hash cached. --force builds everything again.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { parseCommand, runCommand } from '../src/lib/cli/command.ts';
import { countPages } from '../src/lib/incremental/build-log.ts';
import { finishOutDir, prepareOutDir } from '../src/lib/incremental/out-dir.ts';

const { values } = parseCommand({
  description: 'Builds the site (Astro, then the search index). Incremental: pages, search shards, PDFs and cards whose inputs are\nunchanged since the last build are kept (the caches live in node_modules/.astro and node_modules/.cache/yaodian).\nEnvironment: OUT_DIR, BASE_PATH, SITE_URL, CONTENT_ROOT, SKIP_PDF, SKIP_CARDS, SKIP_HISTORY, ASTRO_CACHE_DIR, YAODIAN_CACHE_DIR.',
  usage: 'usage: npm run build [-- --force]\n  --force   a full build: render every page and index every shard again (the caches are rewritten)',
  config: { options: { force: { type: 'boolean' } } },
});
const force = values.force === true ? ['--force'] : [];

/** Runs a command, its output passed through (and kept, for stdout), resolving with its exit code and stdout. */
function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<{ code: number; out: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['inherit', 'pipe', 'inherit'], env });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => {
      chunks.push(chunk);
      process.stdout.write(chunk);
    });
    child.once('error', reject);
    child.once('close', (code) => resolve({ code: code ?? 1, out: Buffer.concat(chunks).toString('utf8') }));
  });
}

// As astro.config.mjs reads them.
const outDir = process.env.OUT_DIR ?? 'dist';
const astroCache = process.env.ASTRO_CACHE_DIR || join('node_modules', '.astro');

await runCommand(async () => {
  const started = Date.now();
  // The output folder is kept between builds (Astro does not empty it) only while it is the last build's own.
  const folder = prepareOutDir({ outDir, astroCache, force: force.length > 0 });
  // YAODIAN_FORCE: the pages' data reads back no parsed edition and no mentions either (src/data/memo.ts).
  const astro = await run(join('node_modules', '.bin', 'astro'), ['build', ...force], { ...process.env, ...(force.length ? { YAODIAN_FORCE: '1' } : {}) });
  if (astro.code !== 0) process.exit(astro.code);
  const pages = countPages(astro.out);
  const search = await run(process.execPath, [join('scripts', 'search-index.ts'), ...force]);
  if (search.code !== 0) process.exit(search.code);
  const removed = finishOutDir({ outDir, astroCache, started });
  console.log(`${outDir}: ${folder === 'kept' ? 'kept from the last build' : 'emptied first'}; ${removed.length} file(s) no longer part of the site removed`);
  console.log(`pages: ${pages.rendered} rendered, ${pages.reused} reused from the last build${force.length ? ' (--force: a full build)' : ''}`);
});
