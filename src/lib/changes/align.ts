/**
 * Aligns the items of two editions and says what happened to each: unchanged, reworded, moved, split,
 * merged, dropped or added. Pure and deterministic (ties broken by item number), so the change page built
 * in Node and the compare page in the browser agree. It does not change the editions.
 *
 * 1. Every older × newer item pair gets a similarity (similarity.ts). Pairs at or above the threshold for
 *    their basis are candidates; the same text (whitespace aside) always is.
 * 2. Global best-first assignment: the candidate list is taken in order — same text first, then higher
 *    similarity, then nearer numbers, then lower older and newer numbers — and a pair is kept when neither
 *    item is taken yet. Each item ends in at most one pair.
 * 3. Splits and merges: an older item whose text two newer items share between them becomes a split — each
 *    part similar enough on its own, at least one part free, the item free or paired with a part, and the
 *    two read together closer to it than either alone, by SPLIT_GAIN; two older items into one newer, a
 *    merge, alike. Best first again; each item in at most one; the pair it replaces is dropped.
 * 4. Sections: each older section continues as the newer section that received most of its items (a
 *    matching heading counts 1.5 items, the same number 0.1). A pair is moved when its item left the section
 *    its old section continues as, or left the order of the other matched items (not on the longest
 *    run of pairs in order). A renumbering alone is recorded (renumbered) but is not a move: every item after
 *    an added or dropped one is renumbered.
 * 5. What is left is dropped (older) or added (newer); uncertain when the other edition is incomplete.
 *
 * Outline-only items are compared by title (basis 'title', threshold TITLE_MIN); a truncated item by the
 * words it has against the start of the other item (basis 'prefix'), and it counts as unchanged when its
 * text is a prefix of the other's.
 */
import type { Edition, Item, Section } from '../edition/model.ts';
import { countChanges, itemRef, type ChangeSet, type ItemMerge, type ItemPair, type ItemSplit, type SectionLink } from './change-set.ts';
import { segmentAll } from './segment.ts';
import { FeatureSpace, headingSimilarity, itemText, normaliseSpace, type ItemFeatures, type SimilarityBasis } from './similarity.ts';

/**
 * Lowest similarity (basis 'text' or 'prefix') at which two items are the same point reworded. Measured on
 * 东莞 2025 × 开平 2026 (two issuers, one drafting partly from the other; tests/unit/changes/thresholds.test.ts):
 * checked pairs 0.152 (东莞 13 ↔ 开平 10) to 0.432; the other 325 pairs at most 0.124 (东莞 17 ↔ 开平 15);
 * 中央 2024 ↔ 2025, which share no item, 0.092. 0.14 sits in that gap. The gap is narrow across issuers; in
 * one issuer's consecutive years, where items keep whole sentences, pairs score far higher. Two different but
 * related items of one edition can reach 0.18 (东莞 16 ↔ 17): the assignment keeps them apart as long as
 * either has its own counterpart, since that scores higher.
 */
export const REWORDED_MIN = 0.14;

/**
 * Lowest title similarity at which an outline-only item (known by its title alone) is paired. On the same
 * corpus, checked pairs that keep their title score 0.567–1 on titles alone; other pairs at most 0.263,
 * different items of one edition at most 0.240.
 */
export const TITLE_MIN = 0.45;

/**
 * How much closer two items read together must be than the better one alone to make a split or merge (each
 * part must also reach REWORDED_MIN by itself). On the corpus: 东莞 1 → 开平 1 + 2 gains 0.047 and
 * 东莞 7 + 8 → 开平 6 0.021; a real split of 东莞 1 into two items gains 0.45. Any gain at all means the
 * second part carries words of the first item that its partner lacks; 0.01 keeps rounding noise out.
 */
export const SPLIT_GAIN = 0.01;

interface Candidate {
  i: number;
  j: number;
  score: number;
  basis: SimilarityBasis;
  same: boolean;
}

/**
 * What happened to every item between two editions of any issuers and years. `space`: a feature space to work
 * in (its counts are cleared first), for a caller aligning many small sets of the same items, whose words and
 * word pairs it then interns once (lineage.ts's re-added items); by default a fresh one.
 */
export function alignEditions(older: Edition, newer: Edition, space = new FeatureSpace()): ChangeSet {
  // Every text cut first, in one call to ICU; add() then finds each in the memo.
  const textA = older.items.map(itemText);
  const textB = newer.items.map(itemText);
  segmentAll([...textA, ...textB]);
  space.recount();
  const fa = older.items.map((it, i) => space.add(it, textA[i]));
  const fb = newer.items.map((it, j) => space.add(it, textB[j]));
  const ta = older.items.map((it, i) => comparable(it, textA[i]!));
  const tb = newer.items.map((it, j) => comparable(it, textB[j]!));
  const grid = space.similarities(fa, fb).map((row, i) => row.map((s, j) => compare(s, ta[i]!, tb[j]!, i, j)));

  const matchA = new Array<number>(older.items.length).fill(-1);
  const matchB = new Array<number>(newer.items.length).fill(-1);
  const chosen: Candidate[] = [];
  for (const c of grid.flat().filter(isCandidate).sort(byStrength(older.items, newer.items))) {
    if (matchA[c.i]! >= 0 || matchB[c.j]! >= 0) continue;
    matchA[c.i] = c.j;
    matchB[c.j] = c.i;
    chosen.push(c);
  }

  const { split, merged } = findSplitsAndMerges(space, older.items, newer.items, fa, fb, grid, matchA, matchB);
  const inSplitA = new Set([...split.map((s) => s.older.number), ...merged.flatMap((m) => m.older.map((r) => r.number))]);
  const inSplitB = new Set([...split.flatMap((s) => s.newer.map((r) => r.number)), ...merged.map((m) => m.newer.number)]);
  const kept = chosen.filter((c) => !inSplitA.has(older.items[c.i]!.number) && !inSplitB.has(newer.items[c.j]!.number));

  const sections = linkSections(older.sections, newer.sections, [
    ...kept.map((c) => [older.items[c.i]!.section, newer.items[c.j]!.section] as const),
    ...split.flatMap((s) => s.newer.map((n) => [s.older.section, n.section] as const)),
    ...merged.flatMap((m) => m.older.map((o) => [o.section, m.newer.section] as const)),
  ]);
  const pairs = classifyPairs(kept, older.items, newer.items, sections);

  const pairedA = new Set(kept.map((c) => c.i));
  const pairedB = new Set(kept.map((c) => c.j));
  const incomplete = { older: isIncomplete(older), newer: isIncomplete(newer) };
  const dropped = older.items
    .filter((it, i) => !pairedA.has(i) && !inSplitA.has(it.number))
    .map((it) => ({ item: itemRef(it), uncertain: incomplete.newer }));
  const added = newer.items
    .filter((it, j) => !pairedB.has(j) && !inSplitB.has(it.number))
    .map((it) => ({ item: itemRef(it), uncertain: incomplete.older }));

  const set = { older: older.id, newer: newer.id, incomplete, pairs, added, dropped, split, merged, sections };
  return { ...set, summary: countChanges(set, newer.sections) };
}

/** An excerpt, or a source that stops mid-text. */
function isIncomplete(e: Edition): boolean {
  return !e.complete || e.truncatedAt !== undefined;
}

/** An item's title and text with whitespace normalised, compared once per pair. */
interface Comparable {
  title: string;
  text: string;
  truncated: boolean;
}

function comparable(item: Item, text: string): Comparable {
  return { title: normaliseSpace(item.title), text: normaliseSpace(text), truncated: item.truncated };
}

function compare({ score, basis }: { score: number; basis: SimilarityBasis }, a: Comparable, b: Comparable, i: number, j: number): Candidate {
  const same = sameText(a, b, basis);
  return { i, j, score: same ? 1 : score, basis, same };
}

function isCandidate(c: Candidate): boolean {
  return c.same || c.score >= (c.basis === 'title' ? TITLE_MIN : REWORDED_MIN);
}

/** Same text first, then higher similarity, then nearer numbers, then lower numbers. */
function byStrength(a: readonly Item[], b: readonly Item[]) {
  return (x: Candidate, y: Candidate): number =>
    Number(y.same) - Number(x.same) ||
    y.score - x.score ||
    Math.abs(a[x.i]!.number - b[x.j]!.number) - Math.abs(a[y.i]!.number - b[y.j]!.number) ||
    a[x.i]!.number - a[y.i]!.number ||
    b[x.j]!.number - b[y.j]!.number;
}

/**
 * The same words, whitespace aside. By title for an outline-only item; for a truncated item, its text is
 * the start of the other's.
 */
function sameText(a: Comparable, b: Comparable, basis: SimilarityBasis): boolean {
  if (basis === 'title') return a.title === b.title;
  if (basis === 'text') return a.text === b.text;
  return (a.truncated && b.text.startsWith(a.text)) || (b.truncated && a.text.startsWith(b.text));
}

const round = (n: number) => Math.round(n * 1000) / 1000;

/** Splits (one older → two newer) and merges (two older → one newer), best first, each item in at most one. */
function findSplitsAndMerges(
  space: FeatureSpace,
  olderItems: readonly Item[],
  newerItems: readonly Item[],
  fa: readonly ItemFeatures[],
  fb: readonly ItemFeatures[],
  grid: readonly Candidate[][],
  matchA: readonly number[],
  matchB: readonly number[],
): { split: ItemSplit[]; merged: ItemMerge[] } {
  type Found = { one: number; parts: [number, number]; score: number; basis: SimilarityBasis; kind: 'split' | 'merge' };
  const found: Found[] = [];
  // Parts of `one`: items with text, similar enough on their own, free or paired with `one` itself.
  const partsOf = (one: number, cells: readonly Candidate[], match: readonly number[], side: readonly ItemFeatures[]) =>
    cells.flatMap((c, k) => (c.basis !== 'title' && !side[k]!.titleOnly && isCandidate(c) && (match[k] === -1 || match[k] === one) ? [k] : []));
  // Two parts, at least one of them free; `one` itself free or paired with one of them.
  const consider = (kind: Found['kind'], one: number, partner: number, cells: readonly Candidate[], side: readonly ItemFeatures[], match: readonly number[]) => {
    const parts = partsOf(one, cells, match, side);
    const oneF = kind === 'split' ? fa[one]! : fb[one]!;
    for (let x = 0; x < parts.length; x++) {
      for (let y = x + 1; y < parts.length; y++) {
        const [p, q] = [parts[x]!, parts[y]!];
        if ((match[p] !== -1 && match[q] !== -1) || (partner !== -1 && partner !== p && partner !== q)) continue;
        const both = space.union(side[p]!, side[q]!);
        const { score, basis } = kind === 'split' ? space.similarity(oneF, both) : space.similarity(both, oneF);
        if (score >= Math.max(cells[p]!.score, cells[q]!.score) + SPLIT_GAIN) found.push({ one, parts: [p, q], score, basis, kind });
      }
    }
  };
  for (let i = 0; i < olderItems.length; i++) if (!fa[i]!.titleOnly) consider('split', i, matchA[i]!, grid[i]!, fb, matchB);
  for (let j = 0; j < newerItems.length; j++) if (!fb[j]!.titleOnly) consider('merge', j, matchB[j]!, grid.map((row) => row[j]!), fa, matchA);

  found.sort((x, y) => y.score - x.score || (x.kind === y.kind ? 0 : x.kind === 'split' ? -1 : 1) || x.one - y.one || x.parts[0] - y.parts[0] || x.parts[1] - y.parts[1]);
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  const split: ItemSplit[] = [];
  const merged: ItemMerge[] = [];
  for (const f of found) {
    const [a, b] = f.kind === 'split' ? [[f.one], f.parts] : [f.parts, [f.one]];
    if (a.some((i) => usedA.has(i)) || b.some((j) => usedB.has(j))) continue;
    a.forEach((i) => usedA.add(i));
    b.forEach((j) => usedB.add(j));
    if (f.kind === 'split') split.push({ older: itemRef(olderItems[f.one]!), newer: [itemRef(newerItems[f.parts[0]]!), itemRef(newerItems[f.parts[1]]!)], similarity: round(f.score), basis: f.basis });
    else merged.push({ older: [itemRef(olderItems[f.parts[0]]!), itemRef(olderItems[f.parts[1]]!)], newer: itemRef(newerItems[f.one]!), similarity: round(f.score), basis: f.basis });
  }
  split.sort((x, y) => x.older.number - y.older.number);
  merged.sort((x, y) => x.newer.number - y.newer.number);
  return { split, merged };
}

/**
 * Which newer section each older section continues as: the one that received most of its items, a matching
 * heading counting 1.5 items and the same number 0.1; none when the best scores under 0.5.
 */
function linkSections(older: readonly Section[], newer: readonly Section[], moves: readonly (readonly [number, number])[]): SectionLink[] {
  return older.map((s) => {
    let best: { newer: number; score: number } | undefined;
    for (const t of newer) {
      const items = moves.filter(([from, to]) => from === s.number && to === t.number).length;
      const score = items + 1.5 * headingSimilarity(s.title, t.title) + (s.number === t.number ? 0.1 : 0);
      if (score >= 0.5 && (!best || score > best.score)) best = { newer: t.number, score };
    }
    return { older: s.number, newer: best?.newer ?? null };
  });
}

/** Kinds of the kept pairs, in the order of the newer edition. */
function classifyPairs(kept: readonly Candidate[], a: readonly Item[], b: readonly Item[], links: readonly SectionLink[]): ItemPair[] {
  const byOlder = [...kept].sort((x, y) => a[x.i]!.number - a[y.i]!.number);
  const inOrder = longestInOrder(byOlder.map((c) => b[c.j]!.number));
  const pairs = byOlder.map((c, k): ItemPair => {
    const older = a[c.i]!;
    const newer = b[c.j]!;
    const sectionChanged = links.find((l) => l.older === older.section)?.newer !== newer.section;
    const reordered = !inOrder.has(k);
    const textChanged = !c.same;
    const kind = sectionChanged || reordered ? 'moved' : textChanged ? 'reworded' : 'unchanged';
    return { kind, older: itemRef(older), newer: itemRef(newer), similarity: round(c.score), basis: c.basis, textChanged, renumbered: older.number !== newer.number, sectionChanged, reordered };
  });
  return pairs.sort((x, y) => x.newer.number - y.newer.number);
}

/**
 * Indices of the longest increasing run (subsequence) of the numbers; among equally long runs, the one
 * whose members moved least (rank in the sequence vs rank in sorted order), then the earliest.
 */
export function longestInOrder(numbers: readonly number[]): Set<number> {
  const n = numbers.length;
  const rank = new Map([...numbers].sort((x, y) => x - y).map((v, r) => [v, r]));
  const cost = numbers.map((v, k) => Math.abs(rank.get(v)! - k));
  const len = new Array<number>(n).fill(1);
  const total = [...cost];
  const prev = new Array<number>(n).fill(-1);
  for (let k = 0; k < n; k++) {
    for (let p = 0; p < k; p++) {
      if (numbers[p]! >= numbers[k]!) continue;
      const l = len[p]! + 1;
      const t = total[p]! + cost[k]!;
      if (l > len[k]! || (l === len[k]! && t < total[k]!)) {
        len[k] = l;
        total[k] = t;
        prev[k] = p;
      }
    }
  }
  let end = -1;
  for (let k = 0; k < n; k++) if (end < 0 || len[k]! > len[end]! || (len[k] === len[end] && total[k]! < total[end]!)) end = k;
  const out = new Set<number>();
  for (let k = end; k >= 0; k = prev[k]!) out.add(k);
  return out;
}
