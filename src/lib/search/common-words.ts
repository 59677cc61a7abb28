/**
 * The tokens too common to narrow a search: those of at least `minShare` of the editions (机关, 工作, 党 …),
 * each edition given as its tokens (keys.ts `editionTokens`). Pagefind's cost for a query grows with the
 * editions its keys are found in, and these are found in most (measured on 1,000 editions: 机关 alone
 * 60–100 ms a query, before keys). The search page leaves them out of what it asks the index when the
 * query has other tokens (keys.ts `indexQuery`); the phrases are still checked in full in every edition
 * shown, so results do not lose anything, only the index's pre-selection is wider.
 *
 * Counted on an even sample of editions (`sampleEvenly`), so the cost does not grow with the archive.
 */
export function commonWords(editions: Iterable<Iterable<string>>, { minShare = 0.5, max = 500 } = {}): string[] {
  const df = new Map<string, number>();
  let n = 0;
  for (const tokens of editions) {
    n++;
    for (const w of new Set(tokens)) df.set(w, (df.get(w) ?? 0) + 1);
  }
  if (n < 20) return []; // too few editions to tell common from shared by chance
  return [...df]
    .filter(([, d]) => d / n >= minShare)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .slice(0, max)
    .map(([w]) => w);
}

/** At most `size` items spread evenly over a list, first included, in order. */
export function sampleEvenly<T>(list: readonly T[], size: number): T[] {
  if (list.length <= size) return [...list];
  return Array.from({ length: size }, (_, i) => list[Math.floor((i * list.length) / size)]!);
}
