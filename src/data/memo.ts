/**
 * The build's memos (src/lib/incremental/memo.ts) of what it derives from each edition, where
 * src/lib/incremental/site-memo.ts keeps them (one folder per content tree, versioned by the project's sources
 * and lockfile). The dev server keeps none (it parses editions as they are edited); `npm run build -- --force`
 * reads none back (YAODIAN_FORCE, set by scripts/build.ts) but writes them for the next build.
 */
import type { Memo } from '../lib/incremental/memo.ts';
import { openSiteMemo, type MemoKind } from '../lib/incremental/site-memo.ts';

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
export function buildMemo<T>(kind: MemoKind): BuildMemo<T> | undefined {
  if (import.meta.env.DEV) return undefined;
  const memo = openSiteMemo<T>(kind, { root: process.cwd(), contentRoot: process.env.CONTENT_ROOT ?? 'content', read: process.env.YAODIAN_FORCE !== '1' });
  if (!memo) return undefined;
  return Object.assign(memo, {
    report(what: string, done: string, ms: number) {
      const removed = memo.prune();
      console.log(`[yaodian] ${what}: ${memo.stats.hits} read back from the last build, ${memo.stats.misses} ${done} (${Math.round(ms)} ms)${removed ? `; ${removed} no longer needed removed` : ''}`);
    },
  });
}
