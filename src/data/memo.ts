/**
 * The build's memos (src/lib/incremental/memo.ts) of what it derives from each edition, in the build cache
 * beside the PDFs and cards (`node_modules/.cache/yaodian/<kind>/<content tree>/`, or under YAODIAN_CACHE_DIR), one
 * folder per content tree (CONTENT_ROOT), so that sites built from one checkout keep each their own and a
 * build prunes only its own. Their version is a
 * digest of the project's sources and its lockfile, so any change of code or dependencies computes everything
 * again. The dev server keeps none (it parses editions as they are edited); `npm run build -- --force` reads
 * none back (YAODIAN_FORCE, set by scripts/build.ts) but writes them for the next build.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import { codeVersion, openMemo, type Memo } from '../lib/incremental/memo.ts';
import { cacheDir } from '../lib/print/cache.ts';

let version: string | undefined | null = null;

function projectVersion(): string | undefined {
  if (version !== null) return version;
  const root = process.cwd();
  const code = codeVersion(join(root, 'src'));
  const lock = join(root, 'package-lock.json');
  version = code && existsSync(lock) ? createHash('sha256').update(code).update(readFileSync(lock)).digest('hex') : undefined;
  return version;
}

export interface BuildMemo<T> extends Memo<T> {
  /** Logs how many values were read back and how many computed (`what`: `editions`; `done`: `parsed`), and prunes. */
  report(what: string, done: string, ms: number): void;
}

/** The value kept for `inputs`, or `compute()`'s, then kept; without a memo (the dev server) just `compute()`. */
export function recall<T>(memo: BuildMemo<T> | undefined, inputs: string, compute: () => T): T {
  let value = memo?.get(inputs);
  if (value === undefined) {
    value = compute();
    memo?.set(inputs, value);
  }
  return value;
}

/** The memo of one kind, or undefined in the dev server or when the sources cannot be read to version it. */
export function buildMemo<T>(kind: 'editions' | 'mentions'): BuildMemo<T> | undefined {
  if (import.meta.env.DEV) return undefined;
  const v = projectVersion();
  if (!v) return undefined;
  const tree = createHash('sha256').update(resolve(process.env.CONTENT_ROOT ?? 'content')).digest('hex').slice(0, 12);
  const memo = openMemo<T>(join(cacheDir(process.cwd(), kind), tree), v, { read: process.env.YAODIAN_FORCE !== '1' });
  return Object.assign(memo, {
    report(what: string, done: string, ms: number) {
      const removed = memo.prune();
      console.log(`[yaodian] ${what}: ${memo.stats.hits} read back from the last build, ${memo.stats.misses} ${done} (${Math.round(ms)} ms)${removed ? `; ${removed} no longer needed removed` : ''}`);
    },
  });
}
