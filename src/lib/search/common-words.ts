/**
 * The words too common to narrow a search: found in at least `minShare` of the editions (机关, 工作, 一, 党 …).
 * Pagefind's cost for a query grows with the postings of its words, and these have the longest (measured on
 * 1,000 editions: 机关 alone 60–100 ms a query). The search page leaves them out of what it asks the index
 * when the query has other words (src/lib/search/hits.ts `pagefindQuery`); the phrases are still checked in
 * full in every edition shown, so results do not lose anything, only the index's pre-selection is wider.
 *
 * Counted on an even sample of editions (`sampleEvenly`), so the cost does not grow with the archive.
 */
export function commonWords(texts: Iterable<string>, segment: (text: string) => string[], { minShare = 0.5, max = 500 } = {}): string[] {
  const df = new Map<string, number>();
  let n = 0;
  for (const text of texts) {
    n++;
    for (const w of new Set(segment(text))) df.set(w, (df.get(w) ?? 0) + 1);
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
