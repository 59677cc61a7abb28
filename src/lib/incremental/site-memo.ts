/**
 * Where the build keeps its memos of what it derives from each edition (src/lib/incremental/memo.ts), and the
 * version they were computed by: one folder per kind and content tree (`<cache>/<kind>/<tree>/`, the cache being
 * node_modules/.cache/yaodian or YAODIAN_CACHE_DIR), so that sites built from one checkout keep each their own.
 * The version digests the project's sources and its lockfile, so any change of code or dependencies computes
 * everything again. Shared by the site's data (src/data/memo.ts, inside Astro) and the search step
 * (src/lib/content/read-site.ts, outside it), which must find the same values under the same keys.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { cacheDir } from '../print/cache.ts';
import { codeVersion, openMemo, type Memo } from './memo.ts';

/** The kinds of value kept per edition. */
export type MemoKind = 'editions' | 'mentions';

const versions = new Map<string, string | undefined>();

/** The digest of `root`'s sources (src/) and lockfile; undefined when either cannot be read (then nothing is memoised). */
export function projectVersion(root: string): string | undefined {
  if (versions.has(root)) return versions.get(root);
  const code = codeVersion(join(root, 'src'));
  const lock = join(root, 'package-lock.json');
  const version = code && existsSync(lock) ? createHash('sha256').update(code).update(readFileSync(lock)).digest('hex') : undefined;
  versions.set(root, version);
  return version;
}

/** A short id of the content tree `contentRoot` (as resolved from `root`): what the build's caches are kept under, each tree its own. */
export function contentTreeId(root: string, contentRoot: string): string {
  return createHash('sha256').update(resolve(root, contentRoot)).digest('hex').slice(0, 12);
}

/**
 * The memo of one kind for the content tree `contentRoot` of the project at `root`, or undefined when the
 * project's sources cannot be versioned. `read: false` reads nothing back (a forced full build).
 */
export function openSiteMemo<T>(kind: MemoKind, { root, contentRoot, read = true, env = process.env }: { root: string; contentRoot: string; read?: boolean; env?: Record<string, string | undefined> }): Memo<T> | undefined {
  const version = projectVersion(root);
  if (!version) return undefined;
  return openMemo<T>(join(cacheDir(root, kind, env), contentTreeId(root, contentRoot)), version, { read });
}
