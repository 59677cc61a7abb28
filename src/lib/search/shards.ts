/** A part of the search index: the editions of a run of consecutive years. */
export interface Shard {
  /** `2024-2026`, or `2026` for one year. */
  key: string;
  years: number[];
  /** How many editions it holds. */
  editions: number;
  /** Where it is written, relative to the site root: `pagefind/` for the newest, `pagefind/shards/<key>/` for others. */
  path: string;
}

/**
 * Splits the index by year so that no Pagefind run holds more than about `maxPerShard` editions: Pagefind
 * keeps a whole index in memory while it builds it (about 2 MB per edition here), so one index for a large
 * archive would not fit on a small server. Years are kept whole and consecutive, newest first; the newest
 * shard is the primary index, the others are merged into it in the browser (Pagefind's `mergeIndex`).
 *
 * An archive of at most `maxPerShard` editions is one index: the browser loads one, the fastest search. A
 * larger one is split into shards of about a year: years are joined only while the shard holds at most half of
 * `maxPerShard`. Pagefind cannot update an index, so a rebuild indexes every edition of a changed shard again,
 * and editions change a year at a time (next year's are added, a typo is fixed in one); joining small years
 * still keeps the browser from loading many small indexes.
 * @example planShards(new Map([[2026, 900], [2025, 800], [2024, 700]]), 1500) // 2026 | 2025 | 2024
 * @example planShards(new Map([[2026, 300], [2025, 200], [2024, 100]]), 1500) // 2024-2026
 */
export function planShards(editionsPerYear: ReadonlyMap<number, number>, maxPerShard: number): Shard[] {
  const total = [...editionsPerYear.values()].reduce((a, b) => a + b, 0);
  const limit = total <= maxPerShard ? maxPerShard : Math.max(1, Math.floor(maxPerShard / 2));
  const years = [...editionsPerYear.keys()].sort((a, b) => b - a);
  const shards: Shard[] = [];
  let current: number[] = [];
  let count = 0;
  const close = () => {
    if (current.length === 0) return;
    const sorted = [...current].sort((a, b) => a - b);
    const key = sorted.length === 1 ? String(sorted[0]) : `${sorted[0]}-${sorted.at(-1)}`;
    shards.push({ key, years: sorted, editions: count, path: shards.length === 0 ? 'pagefind/' : `pagefind/shards/${key}/` });
    current = [];
    count = 0;
  };
  for (const year of years) {
    const n = editionsPerYear.get(year)!;
    if (current.length > 0 && count + n > limit) close();
    current.push(year);
    count += n;
  }
  close();
  return shards;
}

/** The file listing the extra shards, read by the search page. */
export const SHARDS_MANIFEST = 'pagefind/yaodian-shards.json';
