/**
 * npm run build: Astro builds the site and scripts/search-index.ts indexes the editions for search. Incremental
 * by default: a page whose content and code are unchanged since the last build is kept (Astro's
 * experimental.incrementalBuild with the pages' cache keys, src/lib/incremental/page-keys.ts), and so is a search
 * shard whose editions are unchanged; PDFs and social cards are content-hash cached. --force builds everything
 * again.
 *
 * The search step reads the content itself (it needs nothing Astro writes), so an incremental build runs it
 * beside Astro: it indexes a shard or a few while Astro lists and renders pages, on the machine's other core. A
 * build from an empty output folder runs it after Astro, as each of the two then holds the whole archive.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { parseCommand, runCommand } from '../src/lib/cli/command.ts';
import { countPages } from '../src/lib/incremental/build-log.ts';
import { finishOutDir, prepareOutDir } from '../src/lib/incremental/out-dir.ts';

const { values } = parseCommand({
  description: 'Builds the site: Astro, and the search index (beside Astro in an incremental build, after it otherwise). Incremental: pages, search shards, PDFs and cards whose inputs are\nunchanged since the last build are kept (the caches live in node_modules/.astro and node_modules/.cache/yaodian).\nEnvironment: OUT_DIR, BASE_PATH, SITE_URL, CONTENT_ROOT, SKIP_PDF, SKIP_CARDS, SKIP_HISTORY, ASTRO_CACHE_DIR, YAODIAN_CACHE_DIR.',
  usage: 'usage: npm run build [-- --force]\n  --force   a full build: render every page and index every shard again (the caches are rewritten)',
  config: { options: { force: { type: 'boolean' } } },
});
const force = values.force === true ? ['--force'] : [];

/** A command running: its exit code and stdout once it ends, and a way to stop it. */
interface Running {
  done: Promise<{ code: number; out: string }>;
  stop(): void;
}

/** Starts a command, its output passed through (and kept, for stdout). */
function start(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Running {
  const child = spawn(command, args, { stdio: ['inherit', 'pipe', 'inherit'], env });
  const done = new Promise<{ code: number; out: string }>((resolve, reject) => {
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => {
      chunks.push(chunk);
      process.stdout.write(chunk);
    });
    child.once('error', reject);
    child.once('close', (code) => resolve({ code: code ?? 1, out: Buffer.concat(chunks).toString('utf8') }));
  });
  return { done, stop: () => void child.kill('SIGTERM') };
}

// As astro.config.mjs reads them.
const outDir = process.env.OUT_DIR ?? 'dist';
const astroCache = process.env.ASTRO_CACHE_DIR || join('node_modules', '.astro');

await runCommand(async () => {
  const started = Date.now();
  // The output folder is kept between builds (Astro does not empty it) only while it is the last build's own.
  const folder = prepareOutDir({ outDir, astroCache, force: force.length > 0 });
  // YAODIAN_FORCE: the pages' data reads back no parsed edition and no mentions either (src/data/memo.ts).
  const indexSearch = () => start(process.execPath, [join('scripts', 'search-index.ts'), ...force]);
  const beside = folder === 'kept' ? indexSearch() : undefined;
  const astro = await start(join('node_modules', '.bin', 'astro'), ['build', ...force], { ...process.env, ...(force.length ? { YAODIAN_FORCE: '1' } : {}) }).done;
  if (astro.code !== 0) {
    beside?.stop();
    await beside?.done;
    process.exit(astro.code);
  }
  const pages = countPages(astro.out);
  const search = await (beside ?? indexSearch()).done;
  if (search.code !== 0) process.exit(search.code);
  const removed = finishOutDir({ outDir, astroCache, started });
  console.log(`${outDir}: ${folder === 'kept' ? 'kept from the last build' : 'emptied first'}; ${removed.length} file(s) no longer part of the site removed`);
  console.log(`pages: ${pages.rendered} rendered, ${pages.reused} reused from the last build${force.length ? ' (--force: a full build)' : ''}`);
});
