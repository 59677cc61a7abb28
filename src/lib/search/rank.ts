import { containsAll, countOccurrences } from './query.ts';

/** A search hit as the page has it: its record's meta and text, and Pagefind's order. */
export interface Hit {
  url: string;
  meta: Record<string, string>;
  text: string;
  /** Position in Pagefind's own ranking. */
  order: number;
}

/** A group of hits from one edition, in the order of its best hit. */
export interface HitGroup {
  edition: string;
  hits: Hit[];
}

/**
 * Orders hits: those that contain every query phrase (after normalisation) first, then by how often the
 * phrases occur (a hit in the item's title counts double), then items before section intros, the preamble
 * and the notice (staff cite items), then the index's order. With `byYear`, newest
 * editions come first and that order applies within a year. Pure and deterministic.
 */
export function rankHits(hits: Hit[], terms: string[], byYear = false): Hit[] {
  const scored = hits.map((h) => {
    const exact = isExact(h, terms);
    const score = countOccurrences(h.text, terms) + countOccurrences(h.meta.title ?? '', terms);
    return { h, exact, score };
  });
  scored.sort((a, b) =>
    (byYear ? Number(b.h.meta.year) - Number(a.h.meta.year) : 0) ||
    Number(b.exact) - Number(a.exact) ||
    b.score - a.score ||
    kindRank(a.h) - kindRank(b.h) ||
    a.h.order - b.h.order,
  );
  return scored.map((s) => s.h);
}

/** Items first: what staff look for and cite. */
const KIND_RANK: Record<string, number> = { item: 0, section: 1, preamble: 2, notice: 3 };
function kindRank(hit: Hit): number {
  return KIND_RANK[hit.meta.kind ?? 'item'] ?? 0;
}

/**
 * Whether a hit contains every phrase, in its words or as a programme it names (a query for 四强党支部
 * matches 红岩先锋·四强支部): the page shows the others as "related".
 */
export function isExact(hit: Hit, terms: string[]): boolean {
  return terms.length === 0 || containsAll(`${hit.text}|${hit.meta.programmes ?? ''}`, terms);
}

/** Groups ranked hits by edition, keeping the ranked order of groups and of hits inside each. */
export function groupByEdition(hits: Hit[]): HitGroup[] {
  const groups = new Map<string, HitGroup>();
  for (const h of hits) {
    const id = h.meta.edition ?? '';
    if (!groups.has(id)) groups.set(id, { edition: id, hits: [] });
    groups.get(id)!.hits.push(h);
  }
  return [...groups.values()];
}
