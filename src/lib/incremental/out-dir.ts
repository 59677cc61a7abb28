/**
 * The output folder between incremental builds. Astro empties it before every build by default and copies each
 * page it keeps back from its cache: at 5,000 editions that is 30,000 files and more than a gigabyte copied to
 * change one page. So the build leaves the folder in place (`vite.build.emptyOutDir: false`), and this module
 * keeps that safe:
 *
 * - before a build, the folder is kept only if it is exactly what the last build with this cache wrote (the
 *   same folder, and Astro's manifest unchanged since): otherwise, or with --force, it is emptied, and Astro
 *   restores the pages it keeps from its cache;
 * - after a build, every file it did not write or keep is removed (a dropped edition's pages, old hashed assets,
 *   cards and PDFs of pages that no longer exist), so the folder holds what a full build would write.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Astro's manifest of the pages it rendered or kept, in its cache folder. */
export const ASTRO_MANIFEST = 'incremental-build.json';
/** Which folder the last build wrote, and the manifest it left: in Astro's cache folder. */
export const OUT_DIR_RECORD = 'yaodian-out-dir.json';

interface OutDirRecord {
  outDir: string;
  manifest: string;
}

function manifestDigest(astroCache: string): string | undefined {
  const file = join(astroCache, ASTRO_MANIFEST);
  return existsSync(file) ? createHash('sha256').update(readFileSync(file)).digest('hex') : undefined;
}

function readRecord(astroCache: string): OutDirRecord | undefined {
  try {
    return JSON.parse(readFileSync(join(astroCache, OUT_DIR_RECORD), 'utf8')) as OutDirRecord;
  } catch {
    return undefined;
  }
}

/**
 * Before a build: keeps `outDir` if the last build with this cache wrote it and nothing has changed either since;
 * else empties it. Returns what it did.
 */
export function prepareOutDir({ outDir, astroCache, force = false }: { outDir: string; astroCache: string; force?: boolean }): 'kept' | 'emptied' {
  const record = readRecord(astroCache);
  const trusted = !force && record !== undefined && record.outDir === resolve(outDir) && record.manifest === manifestDigest(astroCache);
  // Forget the record first: a build that stops half-way leaves a folder no later build may trust.
  rmSync(join(astroCache, OUT_DIR_RECORD), { force: true });
  if (trusted) return 'kept';
  rmSync(outDir, { recursive: true, force: true });
  return 'emptied';
}

/** Every file under `dir`, relative to it, with `/` separators (none when `dir` does not exist). */
export function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[]).map((f) => f.replace(/\\/g, '/')).filter((f) => statSync(join(dir, f)).isFile());
}

/** Removes the folders under `dir` left empty, deepest first. */
function removeEmptyDirs(dir: string): void {
  for (const d of readdirSync(dir, { withFileTypes: true })) {
    if (!d.isDirectory()) continue;
    const sub = join(dir, d.name);
    removeEmptyDirs(sub);
    if (readdirSync(sub).length === 0) rmdirSync(sub);
  }
}

/**
 * After a successful build that started at `started` (ms since the epoch): removes every file under `outDir`
 * that the build neither wrote (modified since it started) nor kept (a page in Astro's manifest), and records
 * the folder as this build's. Returns the removed files, relative to `outDir`.
 */
export function finishOutDir({ outDir, astroCache, started }: { outDir: string; astroCache: string; started: number }): string[] {
  const manifest = join(astroCache, ASTRO_MANIFEST);
  const kept = new Set<string>();
  if (existsSync(manifest)) {
    const { routes } = JSON.parse(readFileSync(manifest, 'utf8')) as { routes: Record<string, { paths: Record<string, { outputFile: string }> }> };
    for (const route of Object.values(routes)) for (const p of Object.values(route.paths)) kept.add(decodeURI(p.outputFile).replace(/^\/+/, ''));
  }
  const removed: string[] = [];
  for (const f of filesUnder(outDir)) {
    if (kept.has(f) || statSync(join(outDir, f)).mtimeMs >= started) continue;
    rmSync(join(outDir, f));
    removed.push(f);
  }
  removeEmptyDirs(outDir);
  const digest = manifestDigest(astroCache);
  if (digest) writeFileSync(join(astroCache, OUT_DIR_RECORD), JSON.stringify({ outDir: resolve(outDir), manifest: digest } satisfies OutDirRecord));
  return removed;
}
