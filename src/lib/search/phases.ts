/**
 * A large archive's search in two phases: the newest shards first (the page shows their best editions at
 * once), the older ones after. Pagefind's cost is per edition a query's words are found in (measured: about
 * 2 µs each, so 40 ms for the words of 20,000 editions), and the first page needs only five of them.
 * Pure: the browser's loader (src/client/search/pagefind.ts) and the controller use these.
 */

/** One shard of the index: where it is (`pagefind/`, `pagefind/shards/2017-2025/`) and its editions. */
export interface ShardSize {
  path: string;
  editions: number;
}

/** Which shards each phase searches: one Pagefind module each, the first shard its own, the rest merged in. */
export interface PhasePlan {
  first: string[];
  later: string[];
}

/**
 * At least this many editions are searched before the first page is shown (when the archive has them): on
 * a small archive, or one split into many small shards (one per year), every edition is ranked together.
 */
export const FIRST_PHASE_EDITIONS = 2000;

/**
 * The shards of each phase, newest first as listed: the first phase takes shards until it holds
 * `firstEditions` editions (at least one shard), the later phase the rest.
 * @example planPhases([{ path: 'pagefind/', editions: 2000 }, { path: 'pagefind/shards/2025/', editions: 2000 }])
 *   // { first: ['pagefind/'], later: ['pagefind/shards/2025/'] }
 */
export function planPhases(shards: readonly ShardSize[], firstEditions = FIRST_PHASE_EDITIONS): PhasePlan {
  const first: string[] = [];
  let held = 0;
  let i = 0;
  for (; i < shards.length && (first.length === 0 || held < firstEditions); i++) {
    first.push(shards[i]!.path);
    held += shards[i]!.editions;
  }
  return { first, later: shards.slice(i).map((s) => s.path) };
}

/** A result as the phases give them: Pagefind's score, and which phase it came from (0: the first). */
export interface PhaseResult {
  score: number;
  phase: number;
}

/**
 * The editions not shown yet, once the later phase has answered: by score, as Pagefind ranks the shards
 * it merges itself; sorted by year, the first phase's (newer years) before the later one's, each in
 * Pagefind's year order. Stable: equal scores keep the first phase first.
 */
export function mergeResults<R extends PhaseResult>(waiting: readonly R[], later: readonly R[], byYear: boolean): R[] {
  const all = [...waiting, ...later];
  return byYear ? all : all.sort((a, b) => b.score - a.score || a.phase - b.phase);
}

/** Filter counts (filter → value → editions) of several phases, added up. */
export function mergeCounts(counts: readonly Record<string, Record<string, number>>[]): Record<string, Record<string, number>> {
  const merged: Record<string, Record<string, number>> = {};
  for (const c of counts) {
    for (const [filter, values] of Object.entries(c)) {
      const into = (merged[filter] ??= {});
      for (const [value, n] of Object.entries(values)) into[value] = (into[value] ?? 0) + n;
    }
  }
  return merged;
}
