/**
 * What a change page shows, as data, built from a ChangeSet and the two editions. Every decision is made
 * here: which entries show and in what order, their labels, links and notes, the headings (with their
 * fallbacks), the counts, the warning about incomplete sources, the programme lines, the list of unchanged
 * items; every word comes from src/i18n/zh-CN.ts. render-change-view.ts only maps this to markup, so the
 * static change pages and the browser's compare page show exactly the same thing. No node: imports.
 */
import { changesText as words } from '../../i18n/zh-CN/changes.ts';
import type { Edition, Item } from '../edition/model.ts';
import { alignEditions } from './align.ts';
import { noChanges, type ChangeCounts, type ChangeSet, type ItemRef } from './change-set.ts';
import { diffWords, type DiffPart } from './diff.ts';
import { bodyText, itemText } from './similarity.ts';

export type EntryKind = keyof ChangeCounts;

/** The order kinds are shown in: table columns, social cards. */
export const KIND_ORDER: EntryKind[] = ['added', 'dropped', 'reworded', 'moved', 'split', 'merged', 'unchanged'];

/** A link as shown: its text and where it goes. */
export interface Link {
  text: string;
  href: string;
}

/** A run of a line as shown, separators included: text, or a link. */
export type Inline = string | Link;

/** One item of either edition in an entry: its number, title, text and where it is. */
export interface EntryItem {
  ref: ItemRef;
  /** How the item is cited in its edition (Item.cite): `第6条`, `第二部分第（三）项`. */
  cite: string;
  /** Its number with its marks as issued (Item.label): `6.`, `（三）`. */
  label: string;
  /** Its label and title as issued: `6.全面提升…。`, `（三）加强…`. */
  heading: string;
  /** Its title, a line break and its body (itemText): what the alignment compared. */
  text: string;
  /** Its body alone (bodyText): what an entry shows under the title in its head. */
  body: string;
  href: string;
}

/** One side of the side-by-side view: its label and the diff without the other side's words. */
export interface DiffSide {
  label: string;
  parts: DiffPart[];
}

/** What an entry shows under its head: an added or dropped item's text, or the word diff. */
export type EntryBody =
  | { kind: 'text'; side: 'added' | 'dropped'; text: string }
  | { kind: 'diff'; inline: DiffPart[]; toggle: string; old: DiffSide; new: DiffSide };

/** One change: an added, dropped, reworded, moved, unchanged, split or merged item (or pair of items). */
export interface ChangeEntry {
  kind: EntryKind;
  /** The kind as shown: `修改`. */
  label: string;
  older: EntryItem[];
  newer: EntryItem[];
  /** Links to its items, newer first: `新版第5条 · 原第5条`. */
  links: Inline[];
  /** Its (first) newer item's title, else its older item's. */
  title: string;
  /** When the title's words changed: the word diff of the old title to the new one, shown in its place. */
  titleDiff?: DiffPart[];
  /** What else to know, as shown: `（移至其他部分；序号变化）`. */
  note?: string;
  body?: EntryBody;
  similarity?: number;
  /** The other edition is incomplete, so the counterpart may be in the part not received. */
  uncertain?: boolean;
  renumbered?: boolean;
  sectionChanged?: boolean;
}

/** The entries of one section of the newer edition (or, last, of older sections with no continuation). */
export interface ChangeGroup {
  section: number | null;
  /** As shown, fallbacks applied. */
  heading: string;
  counts: ChangeCounts;
  /** Every entry, in the order shown (dropped items after the section's own). */
  entries: ChangeEntry[];
  /** The entries shown in full: all but the unchanged. */
  changed: ChangeEntry[];
  /** The unchanged items as one line, when there are any: `新版第1条、新版第2条（原第3条）`. */
  unchanged?: { label: string; items: Inline[] };
}

/** A row of the summary table: its heading and the counts in KIND_ORDER. */
export interface SummaryRow {
  heading: string;
  counts: number[];
}

export interface ChangeSummary {
  caption: string;
  /** The column headings: the rows' column, then the kinds in KIND_ORDER. */
  columns: string[];
  /** One per group. */
  rows: SummaryRow[];
  total: SummaryRow;
}

/** One of the two editions compared, as a view names it. */
export interface ViewEdition {
  id: string;
  title: string;
  year: number;
  href: string;
  incomplete: boolean;
}

export interface ChangeView {
  older: ViewEdition;
  newer: ViewEdition;
  counts: ChangeCounts;
  /** Which editions' sources are incomplete, and what that means, when any is. */
  warning?: string;
  summary: ChangeSummary;
  groups: ChangeGroup[];
  /** Programmes named by the newer edition only and by the older only, with the two lines that say so. */
  programmes: { heading: string; added: ProgrammeLink[]; removed: ProgrammeLink[]; lines: Inline[][] };
}

export interface ProgrammeLink {
  id: string;
  name: string;
  href: string;
}

export interface ViewOptions {
  /** The URL of an edition's page, with an anchor: `hrefOf('kaiping-szjggw/2026', 'item-6')`. */
  hrefOf: (edition: Edition, anchor?: string) => string;
  /** Programme ids named by each edition, with their names and links, when known. */
  programmes?: { older: ProgrammeLink[]; newer: ProgrammeLink[] };
}

/** Computes the change set of two editions and the view of it. */
export function compareEditions(older: Edition, newer: Edition, options: ViewOptions): { set: ChangeSet; view: ChangeView } {
  const set = alignEditions(older, newer);
  return { set, view: changeView(set, older, newer, options) };
}

/** The view of a change set: entries grouped by section of the newer edition, in its order. */
export function changeView(set: ChangeSet, older: Edition, newer: Edition, { hrefOf, programmes }: ViewOptions): ChangeView {
  const bySection = sectionEntries(set, older, newer, hrefOf);
  const groups = set.summary.sections
    .filter((s) => bySection.has(s.section))
    .map((s) => changeGroup(s.section, s.heading || words.untitledSection, s.counts, bySection.get(s.section)!));
  const orphans = bySection.get(null);
  if (orphans) groups.push(changeGroup(null, words.formerSections, { ...noChanges(), dropped: orphans.length }, orphans));
  const sides = {
    older: { id: older.id, title: older.title, year: older.year, href: hrefOf(older), incomplete: set.incomplete.older },
    newer: { id: newer.id, title: newer.title, year: newer.year, href: hrefOf(newer), incomplete: set.incomplete.newer },
  };
  const incomplete = [sides.older, sides.newer].filter((e) => e.incomplete).map((e) => e.title);
  return {
    ...sides,
    counts: set.summary.counts,
    warning: incomplete.length ? words.incompleteSource(incomplete) : undefined,
    summary: changeSummary(groups, set.summary.counts),
    groups,
    programmes: programmeChanges(programmes ?? { older: [], newer: [] }),
  };
}

/**
 * The entries by section of the newer edition, each list in the order shown: by the newer item's place,
 * and a dropped item where its old section continues (null: nowhere), after that section's items.
 */
function sectionEntries(set: ChangeSet, older: Edition, newer: Edition, hrefOf: ViewOptions['hrefOf']): Map<number | null, ChangeEntry[]> {
  const itemA = new Map(older.items.map((i) => [i.number, i]));
  const itemB = new Map(newer.items.map((i) => [i.number, i]));
  const a = (ref: ItemRef) => entryItem(itemA.get(ref.number)!, ref, (item) => hrefOf(older, item.anchor));
  const b = (ref: ItemRef) => entryItem(itemB.get(ref.number)!, ref, (item) => hrefOf(newer, item.anchor));
  const placed: { section: number | null; order: number; entry: ChangeEntry }[] = [];
  const put = (section: number | null, order: number, facts: EntryFacts, textChanged: boolean) => placed.push({ section, order, entry: changeEntry(facts, textChanged) });
  for (const p of set.pairs) {
    put(p.newer.section, p.newer.number, { kind: p.kind, older: [a(p.older)], newer: [b(p.newer)], similarity: p.similarity, renumbered: p.renumbered, sectionChanged: p.sectionChanged }, p.textChanged);
  }
  for (const x of set.added) put(x.item.section, x.item.number, { kind: 'added', older: [], newer: [b(x.item)], uncertain: x.uncertain }, false);
  for (const x of set.split) put(x.newer[0].section, x.newer[0].number, { kind: 'split', older: [a(x.older)], newer: x.newer.map(b), similarity: x.similarity }, true);
  for (const x of set.merged) put(x.newer.section, x.newer.number, { kind: 'merged', older: x.older.map(a), newer: [b(x.newer)], similarity: x.similarity }, true);
  for (const x of set.dropped) {
    const section = set.sections.find((l) => l.older === x.item.section)?.newer ?? null;
    put(section, 10_000 + x.item.number, { kind: 'dropped', older: [a(x.item)], newer: [], uncertain: x.uncertain }, false);
  }
  const out = new Map<number | null, ChangeEntry[]>();
  for (const p of placed.sort((p, q) => p.order - q.order)) {
    const list = out.get(p.section);
    if (list) list.push(p.entry);
    else out.set(p.section, [p.entry]);
  }
  return out;
}

function entryItem(item: Item, ref: ItemRef, hrefOf: (item: Item) => string): EntryItem {
  return { ref, cite: item.cite, label: item.label, heading: `${item.label}${item.title}`, text: itemText(item), body: bodyText(item), href: hrefOf(item) };
}

/** What the change set says of an entry, before it is worded. */
type EntryFacts = Pick<ChangeEntry, 'kind' | 'older' | 'newer' | 'similarity' | 'uncertain' | 'renumbered' | 'sectionChanged'>;

/** An entry as shown: its label, links, title, notes and body (the word diff when its text changed). */
function changeEntry(facts: EntryFacts, textChanged: boolean): ChangeEntry {
  const { kind, older, newer } = facts;
  const notes = [
    facts.sectionChanged ? words.sectionChanged : '',
    facts.renumbered && kind !== 'added' && kind !== 'dropped' ? words.renumbered : '',
    facts.uncertain ? words.uncertain : '',
  ].filter(Boolean);
  const links = [...newer.map((x) => [newerLink(x)]), ...older.map((x) => [link(words.olderItem(x.cite), x.href)])];
  return {
    ...facts,
    label: words.kinds[kind],
    links: joined(links, words.linkSeparator),
    title: (newer[0] ?? older[0])!.ref.title,
    ...(textChanged && older[0] && newer[0] && older[0].ref.title !== newer[0].ref.title ? { titleDiff: diffWords(older[0].ref.title, newer[0].ref.title) } : {}),
    note: notes.length ? words.notes(notes) : undefined,
    body: entryBody(facts, textChanged),
  };
}

/**
 * Under the head (which shows the title, or its word diff): the word diff of the rest when the text changed,
 * else an added or dropped item's body; nothing for the rest, nor for a body without words.
 */
function entryBody({ kind, older, newer }: EntryFacts, textChanged: boolean): EntryBody | undefined {
  if (textChanged) return diffBody(older, newer);
  const item = kind === 'added' ? newer[0] : kind === 'dropped' ? older[0] : undefined;
  return item?.body ? { kind: 'text', side: kind as 'added' | 'dropped', text: item.body } : undefined;
}

/**
 * The word diff of the older text(s) to the newer below the first title (which the head shows), inline and
 * side by side; undefined when only the title changed. A split or merge keeps the other items' titles.
 */
function diffBody(older: EntryItem[], newer: EntryItem[]): EntryBody | undefined {
  const rest = (items: EntryItem[]) => diffPieces(items).map((p) => p.text).join('\n');
  const parts = diffWords(rest(older), rest(newer));
  if (parts.every((p) => p.kind === 'same')) return undefined;
  return {
    kind: 'diff',
    inline: parts,
    toggle: words.sideBySide,
    old: { label: words.oldText, parts: parts.filter((p) => p.kind !== 'added') },
    new: { label: words.newText, parts: parts.filter((p) => p.kind !== 'removed') },
  };
}

/** A piece of the text an entry's body diff runs over: the body or title of one of its items (by index). */
export interface DiffPiece {
  item: number;
  part: 'title' | 'body';
  text: string;
}

/**
 * What the body diff of one side runs over, in order: the first item's body (its title is diffed on its
 * own), then each further item's title and body, leaving out empty ones. Joined with line breaks they are
 * the side's text, so the side's parts can be cut back into the items they came from (comparison-table.ts).
 *
 * @example diffPieces([6., 7.]) → [{ item: 0, part: 'body', … }, { item: 1, part: 'title', … }, { item: 1, part: 'body', … }]
 */
export function diffPieces(items: readonly EntryItem[]): DiffPiece[] {
  const pieces: DiffPiece[] = [{ item: 0, part: 'body', text: items[0]?.body ?? '' }];
  items.slice(1).forEach((x, k) => pieces.push({ item: k + 1, part: 'title', text: x.ref.title }, { item: k + 1, part: 'body', text: x.body }));
  return pieces.filter((p) => p.text !== '');
}

/** A group: its entries, those shown in full, and its unchanged items as one line (the old cite when renumbered). */
function changeGroup(section: number | null, heading: string, counts: ChangeCounts, entries: ChangeEntry[]): ChangeGroup {
  const same = entries.filter((e) => e.kind === 'unchanged');
  const items = same.map((e) => (e.renumbered ? [newerLink(e.newer[0]!), words.formerly(e.older[0]!.cite)] : [newerLink(e.newer[0]!)]));
  return {
    section,
    heading,
    counts,
    entries,
    changed: entries.filter((e) => e.kind !== 'unchanged'),
    unchanged: same.length ? { label: words.kinds.unchanged, items: joined(items, words.listSeparator) } : undefined,
  };
}

/** The summary table: a row per group, the kinds in KIND_ORDER, and the total. */
function changeSummary(groups: ChangeGroup[], total: ChangeCounts): ChangeSummary {
  const row = (heading: string, counts: ChangeCounts): SummaryRow => ({ heading, counts: KIND_ORDER.map((k) => counts[k]) });
  return {
    caption: words.summary,
    columns: [words.section, ...KIND_ORDER.map((k) => words.kinds[k])],
    rows: groups.map((g) => row(g.heading, g.counts)),
    total: row(words.total, total),
  };
}

/** The programmes named by the newer edition only and by the older only, and the lines that list them (`无` for none). */
function programmeChanges(named: { older: ProgrammeLink[]; newer: ProgrammeLink[] }): ChangeView['programmes'] {
  const olderIds = new Set(named.older.map((p) => p.id));
  const newerIds = new Set(named.newer.map((p) => p.id));
  const added = named.newer.filter((p) => !olderIds.has(p.id));
  const removed = named.older.filter((p) => !newerIds.has(p.id));
  const line = (label: string, list: ProgrammeLink[]): Inline[] => [label, ...(list.length ? joined(list.map((p) => [link(p.name, p.href)]), words.listSeparator) : [words.none])];
  return { heading: words.programmes, added, removed, lines: [line(words.programmesAdded, added), line(words.programmesRemoved, removed)] };
}

const link = (text: string, href: string): Link => ({ text, href });
const newerLink = (x: EntryItem) => link(words.newerItem(x.cite), x.href);

/** The runs of each part, with a separator between parts. */
function joined(parts: Inline[][], separator: string): Inline[] {
  return parts.flatMap((runs, k) => (k ? [separator, ...runs] : runs));
}
