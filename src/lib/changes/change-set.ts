/**
 * What changed between two editions, as plain JSON (no classes, no Maps, no Dates), so a build page and the
 * browser's compare page can compute, store and send the same thing. alignEditions (align.ts) makes it;
 * countChanges sums it up overall and per section of the newer edition.
 *
 * Kinds, and the words a page would show for them: added 新增, dropped 删除, reworded 修改,
 * moved 调整位置, unchanged 未变, split 拆分, merged 合并.
 */
import type { Item, Section } from '../edition/model.ts';
import type { SimilarityBasis } from './similarity.ts';

/** An item as the change set names it: enough to link (`#item-<number>`) and label it. */
export interface ItemRef {
  /** The number as issued. */
  number: number;
  /** Number of its section (0: before any section). */
  section: number;
  title: string;
  /** Known only from the outline: compared by title only. */
  outlineOnly: boolean;
  /** The source stops inside it: compared on the words it has. */
  truncated: boolean;
}

/** How a matched pair changed. `moved` wins over `reworded`: see textChanged for a moved item's words. */
export type PairKind = 'unchanged' | 'reworded' | 'moved';

/** One older item matched to one newer item. */
export interface ItemPair {
  kind: PairKind;
  older: ItemRef;
  newer: ItemRef;
  /** Similarity (0…1, three decimals); 1 for the same text. */
  similarity: number;
  /** What the similarity was computed on: full texts, titles only, or a truncated text's prefix. */
  basis: SimilarityBasis;
  /** The words differ (after whitespace normalisation; for basis 'prefix': the shorter is not a prefix of the other). */
  textChanged: boolean;
  /** The issued number differs (always recorded; by itself not a move: items after an added or dropped item are renumbered). */
  renumbered: boolean;
  /** It stands in another section than the one its old section continues as (see ChangeSet.sections). */
  sectionChanged: boolean;
  /** It changed its order relative to the other matched items. */
  reordered: boolean;
}

/** One older item whose text the newer edition spreads over two items. */
export interface ItemSplit {
  older: ItemRef;
  newer: [ItemRef, ItemRef];
  /** Similarity of the older item to the two newer ones read together. */
  similarity: number;
  basis: SimilarityBasis;
}

/** Two older items that the newer edition joins into one. */
export interface ItemMerge {
  older: [ItemRef, ItemRef];
  newer: ItemRef;
  /** Similarity of the two older items read together to the newer one. */
  similarity: number;
  basis: SimilarityBasis;
}

/** An item with no counterpart. */
export interface UnmatchedItem {
  item: ItemRef;
  /** The other edition is incomplete (an excerpt or cut off): the counterpart may stand in the part not received. */
  uncertain: boolean;
}

/** Which newer section an older section continues as (null: none), from where its items went and its heading. */
export interface SectionLink {
  older: number;
  newer: number | null;
}

/** How many of each kind. Items of the newer edition, except dropped (older items); split and merged count events. */
export interface ChangeCounts {
  added: number;
  dropped: number;
  reworded: number;
  moved: number;
  unchanged: number;
  split: number;
  merged: number;
}

/** The counts for one section of the newer edition. */
export interface SectionSummary {
  /** Its number (0: items before any section). */
  section: number;
  heading: string;
  /** Older sections it continues (a dropped item of one of them is counted here). */
  continues: number[];
  counts: ChangeCounts;
}

/** Everything that changed from one edition to another. */
export interface ChangeSet {
  /** Edition ids, `<issuer>/<year>`. */
  older: string;
  newer: string;
  /** Either edition is an excerpt or cut off: dropped/added items may be artefacts of the missing part. */
  incomplete: { older: boolean; newer: boolean };
  /** Matched items, in the order of the newer edition. */
  pairs: ItemPair[];
  /** Newer items with no counterpart, in order. */
  added: UnmatchedItem[];
  /** Older items with no counterpart, in order. */
  dropped: UnmatchedItem[];
  split: ItemSplit[];
  merged: ItemMerge[];
  /** Every older section and the newer section it continues as. */
  sections: SectionLink[];
  summary: { counts: ChangeCounts; sections: SectionSummary[] };
}

/** The reference a change set keeps for an item. */
export function itemRef(item: Item): ItemRef {
  return { number: item.number, section: item.section, title: item.title, outlineOnly: item.outlineOnly, truncated: item.truncated };
}

/** All counts zero. */
export function noChanges(): ChangeCounts {
  return { added: 0, dropped: 0, reworded: 0, moved: 0, unchanged: 0, split: 0, merged: 0 };
}

/**
 * Counts a change set's kinds overall and per section of the newer edition. A dropped item counts in the
 * section its old section continues as (overall only, when none); a split counts in the section of its
 * first newer part.
 */
export function countChanges(set: Omit<ChangeSet, 'summary'>, newerSections: readonly Section[]): ChangeSet['summary'] {
  const counts = noChanges();
  const sections: SectionSummary[] = newerSections.map((s) => ({
    section: s.number,
    heading: s.heading,
    continues: set.sections.filter((l) => l.newer === s.number).map((l) => l.older),
    counts: noChanges(),
  }));
  const bump = (kind: keyof ChangeCounts, section: number | null) => {
    counts[kind]++;
    const s = sections.find((x) => x.section === section);
    if (s) s.counts[kind]++;
  };
  for (const p of set.pairs) bump(p.kind, p.newer.section);
  for (const a of set.added) bump('added', a.item.section);
  for (const d of set.dropped) bump('dropped', set.sections.find((l) => l.older === d.item.section)?.newer ?? null);
  for (const s of set.split) bump('split', s.newer[0].section);
  for (const m of set.merged) bump('merged', m.newer.section);
  return { counts, sections };
}
