/**
 * The item-history page of an issuer (`/<issuer>/history/`), the overview its issuer page shows, and the links
 * an edition page's items carry to their lineages: all from the lineages (src/lib/changes/lineage.ts).
 */
import { historyText as words } from '../../i18n/zh-CN/history.ts';
import type { ChangeSet } from '../changes/change-set.ts';
import { KIND_ORDER } from '../changes/change-view.ts';
import type { Absence, IssuerHistory, Lineage, LineageNode, LineageRow, StepKind } from '../changes/lineage.ts';
import { changesText } from '../../i18n/zh-CN/changes.ts';
import type { Edition } from '../edition/model.ts';
import type { IssuerShelf } from '../site/catalog.ts';
import { paths, withBase } from '../site/urls.ts';
import { homeCrumb, issuerLabel, type Crumb, type Head } from './common.ts';

/** One item of a lineage in one year, as its row shows it. */
export interface HistoryNodeView {
  /** Its place on its edition page. */
  href: string;
  label: string;
  cite: string;
  title: string;
  kind: StepKind;
  /** The kind as shown: `修改`. */
  kindText: string;
  /** Its tag's class, the change pages' colours: `kind-reworded`; new and re-added items as added ones. */
  kindClass: string;
  /** `由2024年第5条；序号变化`. */
  note?: string;
  /** The change page of its year, where it is one entry (not for the first edition). */
  changesHref?: string;
  /** What the diff button compares: `2024:5>2025:5`, `2024:17,2024:18>2025:17`; absent when the words are the same. */
  diff?: { key: string; label: string };
}

export type HistoryRowView =
  | { kind: 'present'; year: number; yearHref: string; nodes: HistoryNodeView[] }
  | { kind: 'absent'; years: string; absence: Absence; text: string; /** For the year it was dropped: that year's change page. */ changesHref?: string };

/** One lineage: an anchored section of the history page. */
export interface LineageView {
  /** The section's id, `2019-item-5`. */
  id: string;
  /** Its latest title(s). */
  heading: string;
  status: string;
  branches: boolean;
  rows: HistoryRowView[];
}

export interface HistoryRoute {
  head: Head;
  crumbs: Crumb[];
  heading: string;
  intro: string;
  /** For the diff script: where edition N's JSON is, `${base}<issuer>/<year>/edition.json`. */
  issuer: string;
  base: string;
  columns: typeof words.columns;
  groups: { heading: string; lineages: LineageView[] }[];
}

/** The history page of an issuer with two or more editions. */
export function historyRoute(shelf: IssuerShelf, history: IssuerHistory, base: string): HistoryRoute {
  const href = (path: string) => withBase(base, path);
  const newest = history.years.at(-1)!;
  const views = history.lineages.map((l) => lineageView(l, shelf.id, base));
  const current = views.filter((_, k) => history.lineages[k]!.current);
  const past = views.filter((_, k) => !history.lineages[k]!.current);
  const name = shelf.issuer.name;
  return {
    head: { title: words.heading(name), description: words.description(name, history.years[0]!, newest, history.lineages.length) },
    crumbs: [homeCrumb(base), { label: issuerLabel(shelf), href: href(paths.issuer(shelf.id)) }, { label: words.title }],
    heading: words.heading(name),
    intro: words.intro,
    issuer: shelf.id,
    base,
    columns: words.columns,
    groups: [
      { heading: words.currentHeading(newest), lineages: current },
      ...(past.length > 0 ? [{ heading: words.pastHeading, lineages: past }] : []),
    ],
  };
}

function lineageView(l: Lineage, issuer: string, base: string): LineageView {
  const latest = l.nodes.filter((n) => n.year === l.last);
  return {
    id: l.id,
    heading: latest.map(nodeTitle).join(' ／ '),
    status: [words.status(l.first, l.last, l.current), ...gapsOf(l), ...(l.branches ? [words.branches] : [])].join('；'),
    branches: l.branches,
    rows: l.rows.map((r) => rowView(r, l, issuer, base)),
  };
}

/** `其间2019—2021年未列入`: the years between its first and last that it skipped (dropped and later re-added). */
function gapsOf(l: Lineage): string[] {
  const gaps: string[] = [];
  let run: [number, number] | undefined;
  for (const r of l.rows) {
    if (r.kind === 'absent' && r.to < l.last && (r.absence === 'dropped' || r.absence === 'absent')) run = run ? [run[0], r.to] : [r.from, r.to];
    else if (run) {
      gaps.push(words.years(...run));
      run = undefined;
    }
  }
  return gaps.length > 0 ? [words.gaps(gaps)] : [];
}

function nodeTitle(n: LineageNode): string {
  return n.title || words.untitled(n.cite);
}

function rowView(row: LineageRow, l: Lineage, issuer: string, base: string): HistoryRowView {
  if (row.kind === 'absent') {
    const changes = row.absence === 'dropped' ? { changesHref: withBase(base, paths.changes(issuer, row.from)) } : {};
    return { kind: 'absent', years: words.years(row.from, row.to), absence: row.absence, text: words.absence[row.absence], ...changes };
  }
  return { kind: 'present', year: row.year, yearHref: withBase(base, paths.edition(issuer, row.year)), nodes: row.nodes.map((n) => nodeView(n, l, issuer, base)) };
}

function nodeView(n: LineageNode, l: Lineage, issuer: string, base: string): HistoryNodeView {
  const cited = new Map(l.nodes.map((x) => [`${x.year}:${x.item}`, x]));
  const fromRefs = n.from.map((f) => words.itemRef(f.year, cited.get(`${f.year}:${f.item}`)?.cite ?? ''));
  // Where it came from is worth saying when it is not simply last year's item in its place.
  const notes = [
    ...(n.kind === 'split' || n.kind === 'merged' || n.kind === 'readded' ? [words.fromItems(fromRefs)] : []),
    ...(n.sectionChanged && n.kind !== 'readded' ? [words.sectionChanged] : []),
    ...(n.renumbered && (n.kind === 'unchanged' || n.kind === 'reworded') ? [words.renumbered] : []),
    ...(n.uncertain ? [words.uncertainNew] : []),
  ];
  const differs = n.textChanged && n.from.length > 0;
  return {
    href: `${withBase(base, paths.edition(issuer, n.year))}#${n.anchor}`,
    label: n.label,
    cite: n.cite,
    title: nodeTitle(n),
    kind: n.kind,
    kindText: words.kinds[n.kind],
    kindClass: `kind-${n.kind === 'new' || n.kind === 'readded' ? 'added' : n.kind === 'first' ? 'unchanged' : n.kind}`,
    ...(notes.length > 0 ? { note: notes.join('；') } : {}),
    ...(n.kind === 'first' ? {} : { changesHref: withBase(base, paths.changes(issuer, n.year)) }),
    ...(differs ? { diff: { key: `${n.from.map((f) => `${f.year}:${f.item}`).join(',')}>${n.year}:${n.item}`, label: words.showDiffLabel(n.year) } } : {}),
  };
}

/** A row of the issuer page's overview: one edition against the one before. */
export interface OverviewRow {
  year: number;
  href: string;
  items: number;
  /** In KIND_ORDER; none for the earliest edition. */
  counts?: number[];
  /** Of the added items, how many came back from earlier years. */
  readded: number;
  changes?: { href: string; label: string };
}

export interface IssuerOverview {
  heading: string;
  caption: string;
  columns: string[];
  rows: OverviewRow[];
  first: string;
  readdedNote: (n: number) => string;
  history: { href: string; text: string };
}

/** The issuer page's table: per edition, newest first, how its items came from the edition before. */
export function issuerOverview(shelf: IssuerShelf, history: IssuerHistory, sets: readonly ChangeSet[], base: string): IssuerOverview {
  const oldestFirst = [...shelf.editions].reverse();
  const readded = (year: number) => history.lineages.reduce((n, l) => n + l.nodes.filter((x) => x.year === year && x.kind === 'readded').length, 0);
  const rows = oldestFirst.map((e, k): OverviewRow => {
    const set = k > 0 ? sets[k - 1] : undefined;
    return {
      year: e.year,
      href: withBase(base, paths.edition(e.issuer, e.year)),
      items: e.items.length,
      ...(set ? { counts: KIND_ORDER.map((kind) => set.summary.counts[kind]), changes: { href: withBase(base, paths.changes(e.issuer, e.year)), label: words.overview.changesLabel(e.year) } } : {}),
      readded: readded(e.year),
    };
  });
  return {
    heading: words.overview.heading,
    caption: words.overview.caption,
    columns: [words.overview.year, words.overview.items, ...KIND_ORDER.map((kind) => changesText.kinds[kind]), words.overview.changes],
    rows: rows.reverse(),
    first: words.overview.first,
    readdedNote: words.overview.readded,
    history: { href: withBase(base, paths.history(shelf.id)), text: words.overview.all },
  };
}

/** What an edition page shows with an item: a link to its lineage, and whether it is new this year or back. */
export interface ItemHistoryLink {
  href: string;
  text: string;
  label: string;
  /** `本年新增`, `恢复2021年曾有的条目`. */
  note?: string;
}

/** The history links of one edition's items, by Item.number. */
export function itemHistoryLinks(history: IssuerHistory, edition: Edition, base: string): Map<number, ItemHistoryLink> {
  const page = withBase(base, paths.history(edition.issuer));
  const cites = new Map(edition.items.map((it) => [it.number, it.cite]));
  const out = new Map<number, ItemHistoryLink>();
  for (const l of history.lineages) {
    for (const n of l.nodes) {
      if (n.year !== edition.year) continue;
      const note = n.kind === 'new' ? words.itemNew : n.kind === 'readded' ? words.itemReadded(Math.max(...n.from.map((f) => f.year))) : undefined;
      out.set(n.item, { href: `${page}#${l.id}`, text: words.itemLink, label: words.itemLinkLabel(cites.get(n.item) ?? n.cite), ...(note ? { note } : {}) });
    }
  }
  return out;
}
