/**
 * Item histories: the year-over-year change sets of one issuer chained into the life of each item, a lineage.
 * A lineage holds every item, in every year, that the alignment links to another: carried over (unchanged,
 * reworded, moved), split into two or merged from two (both branches stay in one lineage), and re-added after
 * years of absence (an item new in its year whose text matches one dropped a few editions before). Each
 * item of each edition is in exactly one lineage.
 *
 * Plain JSON out (no Maps, no classes), pure, no node: imports. The change sets come in from outside, so a
 * build computes each consecutive pair once for the change pages, the cards and the histories.
 */
import type { Edition, Item } from '../edition/model.ts';
import { alignEditions } from './align.ts';
import { FeatureSpace } from './similarity.ts';
import type { ChangeSet } from './change-set.ts';

/**
 * How an item came to stand in its year, against the issuer's edition before:
 * - `first`: in the issuer's earliest edition here (its earlier life is not in the archive);
 * - `new`: no counterpart before; `readded`: none in the edition before, but one dropped a few editions earlier;
 * - `unchanged`, `reworded`, `moved`: the kinds of a matched pair (a moved item may be reworded too);
 * - `split`: one of the two items one earlier item became; `merged`: one item made of two earlier ones.
 */
export type StepKind = 'first' | 'new' | 'readded' | 'unchanged' | 'reworded' | 'moved' | 'split' | 'merged';

/** An item in one year: `${year}:${item}` names it within the issuer. */
export interface NodeRef {
  year: number;
  /** Its place in its edition (Item.number). */
  item: number;
}

/** One item of one edition, as its lineage shows it. */
export interface LineageNode extends NodeRef {
  /** Edition id, `<issuer>/<year>`. */
  edition: string;
  /** `item-5`, `item-2-3`: where it stands on its edition page. */
  anchor: string;
  /** As issued: `5.`, `（三）`. */
  label: string;
  /** `第5条`, `第二部分第（三）项`. */
  cite: string;
  title: string;
  kind: StepKind;
  /** The items it continues: one (carried over, split, re-added) or two (merged); none when first or new. */
  from: NodeRef[];
  /** Its words differ from those it continues (for a split or merge: always, the text was cut or joined). */
  textChanged: boolean;
  /** Its number differs from the one it continues. */
  renumbered: boolean;
  /** It stands in another section than its old one continues as. */
  sectionChanged: boolean;
  /** Similarity to what it continues (0…1), when it continues something. */
  similarity?: number;
  /** New, but the edition before is incomplete: its counterpart may be in the part not received. */
  uncertain?: boolean;
}

/**
 * Why a lineage has no item in a year between its first year and the issuer's newest edition:
 * `dropped` (the first edition without it), `absent` (later editions without it), `uncertain` (that edition is
 * an excerpt or cut off, so the item may stand in the part not received), `no-edition` (the archive holds no
 * edition of the issuer for that year).
 */
export type Absence = 'dropped' | 'absent' | 'uncertain' | 'no-edition';

/** A year with the lineage's item(s) in it, or a run of years without. Gaps are rows, never left out. */
export type LineageRow =
  | { kind: 'present'; year: number; nodes: LineageNode[] }
  | { kind: 'absent'; from: number; to: number; absence: Absence };

export interface Lineage {
  /** `2019-item-5`: the year and anchor of its earliest item (earliest year, lowest place). Stable while older editions are not added. */
  id: string;
  /** All its items, by year, then place. */
  nodes: LineageNode[];
  /** Every year from its first to the issuer's newest edition. */
  rows: LineageRow[];
  first: number;
  last: number;
  /** It has an item in the issuer's newest edition. */
  current: boolean;
  /** Some year holds two or more of its items (after a split, before a merge). */
  branches: boolean;
}

/** The lineages of one issuer's items. */
export interface IssuerHistory {
  issuer: string;
  /** The years of its editions, oldest first. */
  years: number[];
  /** Current lineages in the order of the newest edition, then the others, latest dropped first. */
  lineages: Lineage[];
  /** `${year}:${item}` → the id of the lineage the item is in. */
  lineageOf: Record<string, string>;
}

export interface LineageOptions {
  /** How many editions back a re-added item's earlier form may have been dropped (default 5). */
  readdWindow?: number;
  /** Least similarity for a re-added item to continue a dropped one (default 0.5): above a year-over-year rewording's bar, as years apart the same words prove less. */
  readdMin?: number;
}

export const READD_WINDOW = 5;
export const READD_MIN = 0.5;

const keyOf = (r: NodeRef) => `${r.year}:${r.item}`;

/**
 * The lineages of an issuer's editions. `editions` oldest first, all of one issuer, one per year; `sets[k]` the
 * change set from `editions[k]` to `editions[k + 1]` (alignEditions).
 *
 * issuerHistory([e2019, e2020, e2021], [align(e2019, e2020), align(e2020, e2021)])
 *   → { lineages: [{ id: '2019-item-1', rows: [{ kind: 'present', year: 2019, … }, …] }, …], lineageOf: { '2021:1': '2019-item-1', … } }
 */
export function issuerHistory(editions: readonly Edition[], sets: readonly ChangeSet[], options: LineageOptions = {}): IssuerHistory {
  checkInput(editions, sets);
  const window = options.readdWindow ?? READD_WINDOW;
  const readdMin = options.readdMin ?? READD_MIN;
  const issuer = editions[0]?.issuer ?? '';
  const nodes = new Map<string, LineageNode>();
  const indexOfYear = new Map(editions.map((e, k) => [e.year, k]));
  for (const [k, e] of editions.entries()) for (const item of e.items) nodes.set(keyOf({ year: e.year, item: item.number }), nodeOf(e, item, k === 0 ? 'first' : 'new'));
  const sets_ = new UnionFind();
  const node = (year: number, item: number) => nodes.get(keyOf({ year, item }))!;
  const link = (to: LineageNode, from: NodeRef[], step: Partial<LineageNode>) => {
    Object.assign(to, step, { from });
    for (const f of from) sets_.union(keyOf(f), keyOf(to));
  };

  for (const [k, set] of sets.entries()) {
    const [a, b] = [editions[k]!.year, editions[k + 1]!.year];
    for (const p of set.pairs) {
      link(node(b, p.newer.number), [{ year: a, item: p.older.number }], { kind: p.kind, textChanged: p.textChanged, renumbered: p.renumbered, sectionChanged: p.sectionChanged, similarity: p.similarity });
    }
    for (const s of set.split) for (const part of s.newer) {
      link(node(b, part.number), [{ year: a, item: s.older.number }], { kind: 'split', textChanged: true, renumbered: part.number !== s.older.number, sectionChanged: part.section !== s.older.section, similarity: s.similarity });
    }
    for (const a of set.added) if (a.uncertain) node(b, a.item.number).uncertain = true;
    for (const m of set.merged) {
      link(node(b, m.newer.number), m.older.map((o) => ({ year: a, item: o.number })), { kind: 'merged', textChanged: true, renumbered: !m.older.some((o) => o.number === m.newer.number), sectionChanged: !m.older.some((o) => o.section === m.newer.section), similarity: m.similarity });
    }
  }

  // Re-added: for each edition, its new items against the items dropped in the `window` editions before the
  // one before it whose lineage has stayed away since.
  // The editions (by index) each lineage so far is present in, by its root: made once per edition with new
  // items (the links below change it only after its candidates are chosen), not once per dropped item.
  const presentByRoot = (): Map<string, Set<number>> => {
    const byRoot = new Map<string, Set<number>>();
    for (const [key, n] of nodes) {
      const root = sets_.find(key);
      let years = byRoot.get(root);
      if (!years) byRoot.set(root, (years = new Set()));
      years.add(indexOfYear.get(n.year)!);
    }
    return byRoot;
  };
  // One feature space for every re-add alignment of this issuer: a dropped item is a candidate for up to `window`
  // later editions, and its words are interned once, not once per alignment.
  const space = new FeatureSpace();
  for (let m = 2; m < editions.length; m++) {
    const fresh = sets[m - 1]!.added.map((a) => node(editions[m]!.year, a.item.number)).filter((n) => n.kind === 'new');
    if (fresh.length === 0) continue;
    const candidates: { edition: Edition; item: Item }[] = [];
    let present: Map<string, Set<number>> | undefined;
    for (let j = Math.max(0, m - 1 - window); j <= m - 2; j++) {
      for (const d of sets[j]!.dropped) {
        present ??= presentByRoot();
        const years = present.get(sets_.find(keyOf({ year: editions[j]!.year, item: d.item.number })))!;
        let away = true;
        for (let x = j + 1; x <= m - 1; x++) if (years.has(x)) away = false;
        if (away) candidates.push({ edition: editions[j]!, item: editions[j]!.items.find((it) => it.number === d.item.number)! });
      }
    }
    if (candidates.length === 0) continue;
    const newer = editions[m]!;
    const freshItems = fresh.map((n) => newer.items.find((it) => it.number === n.item)!);
    const found = alignEditions(pseudoEdition(newer, 'earlier', candidates.map((c) => c.item)), pseudoEdition(newer, 'fresh', freshItems), space);
    for (const p of found.pairs) {
      if (p.similarity < readdMin) continue;
      const was = candidates[p.older.number - 1]!;
      const to = fresh[p.newer.number - 1]!;
      link(to, [{ year: was.edition.year, item: was.item.number }], { kind: 'readded', textChanged: p.textChanged, renumbered: was.item.number !== to.item, sectionChanged: false, similarity: p.similarity });
      delete to.uncertain; // found: it was not in a part never received
    }
  }

  const groups = new Map<string, LineageNode[]>();
  for (const [key, n] of nodes) {
    const root = sets_.find(key);
    const group = groups.get(root);
    if (group) group.push(n);
    else groups.set(root, [n]);
  }
  const newest = editions.at(-1);
  const lineages = [...groups.values()].map((members) => lineageOf(members, editions));
  lineages.sort(byPlace(newest?.year));
  const lineageOfItem: Record<string, string> = {};
  for (const l of lineages) for (const n of l.nodes) lineageOfItem[keyOf(n)] = l.id;
  return { issuer, years: editions.map((e) => e.year), lineages, lineageOf: lineageOfItem };
}

function checkInput(editions: readonly Edition[], sets: readonly ChangeSet[]): void {
  if (editions.length > 0 && sets.length !== editions.length - 1) throw new Error(`issuerHistory: ${editions.length} editions need ${editions.length - 1} change sets, got ${sets.length}`);
  for (const [k, set] of sets.entries()) {
    const [a, b] = [editions[k]!, editions[k + 1]!];
    if (set.older !== a.id || set.newer !== b.id) throw new Error(`issuerHistory: change set ${k} is ${set.older} → ${set.newer}, expected ${a.id} → ${b.id}`);
    if (a.issuer !== b.issuer || a.year >= b.year) throw new Error(`issuerHistory: editions must be one issuer's, oldest first (${a.id}, ${b.id})`);
  }
}

function nodeOf(e: Edition, item: Item, kind: StepKind): LineageNode {
  return { year: e.year, item: item.number, edition: e.id, anchor: item.anchor, label: item.label, cite: item.cite, title: item.title, kind, from: [], textChanged: false, renumbered: false, sectionChanged: false };
}

/** An edition holding just `items`, numbered 1, 2, 3 … in the order given, for aligning items of several years. */
function pseudoEdition(like: Edition, name: string, items: readonly Item[]): Edition {
  const renumbered = items.map((it, k) => ({ ...it, number: k + 1, section: 0 }));
  return { ...like, id: `${like.issuer}/${name}`, sections: [], items: renumbered, complete: true, truncatedAt: undefined };
}

/** A lineage from its items: ordered, its rows from its first year to the newest edition. */
function lineageOf(members: LineageNode[], editions: readonly Edition[]): Lineage {
  const nodes = [...members].sort((x, y) => x.year - y.year || x.item - y.item);
  const first = nodes[0]!;
  const last = nodes.at(-1)!.year;
  const newest = editions.at(-1)!.year;
  const byYear = new Map<number, LineageNode[]>();
  for (const n of nodes) byYear.set(n.year, [...(byYear.get(n.year) ?? []), n]);
  const editionOf = new Map(editions.map((e) => [e.year, e]));
  const rows: LineageRow[] = [];
  let wasPresent = true;
  for (let year = first.year; year <= newest; year++) {
    const here = byYear.get(year);
    const edition = editionOf.get(year);
    if (here) {
      rows.push({ kind: 'present', year, nodes: here });
      wasPresent = true;
      continue;
    }
    const absence: Absence = !edition ? 'no-edition' : isIncomplete(edition) ? 'uncertain' : wasPresent ? 'dropped' : 'absent';
    if (edition) wasPresent = false;
    const prev = rows.at(-1);
    if (prev?.kind === 'absent' && prev.absence === absence && absence !== 'dropped' && prev.to === year - 1) prev.to = year;
    else rows.push({ kind: 'absent', from: year, to: year, absence });
  }
  return {
    id: `${first.year}-${first.anchor}`,
    nodes,
    rows,
    first: first.year,
    last,
    current: last === newest,
    branches: [...byYear.values()].some((n) => n.length > 1),
  };
}

function isIncomplete(e: Edition): boolean {
  return !e.complete || e.truncatedAt !== undefined;
}

/** Current lineages in the newest edition's order; then the others, latest dropped first, in their last edition's order. */
function byPlace(newest: number | undefined) {
  const places = new WeakMap<Lineage, number>();
  const lastPlace = (l: Lineage): number => {
    let place = places.get(l);
    if (place === undefined) places.set(l, (place = Math.min(...l.nodes.filter((n) => n.year === l.last).map((n) => n.item))));
    return place;
  };
  return (x: Lineage, y: Lineage): number =>
    Number(y.last === newest) - Number(x.last === newest) || y.last - x.last || lastPlace(x) - lastPlace(y) || x.id.localeCompare(y.id);
}

/** Disjoint sets over string keys: a key with no parent is a root; finding shortens the path it walked. */
class UnionFind {
  private parent = new Map<string, string>();
  find(key: string): string {
    let root = key;
    while (this.parent.has(root)) root = this.parent.get(root)!;
    for (let k = key; k !== root; ) {
      const next = this.parent.get(k)!;
      this.parent.set(k, root);
      k = next;
    }
    return root;
  }
  union(a: string, b: string): void {
    const [ra, rb] = [this.find(a), this.find(b)];
    if (ra !== rb) this.parent.set(rb, ra);
  }
}
