/**
 * What a change page shows, built from a ChangeSet and the two editions, and rendered to HTML by one pure
 * function, so the static change pages and the browser's compare page show exactly the same thing.
 * No node: imports; every text is escaped.
 */
import type { Edition, Item } from '../edition/model.ts';
import { alignEditions } from './align.ts';
import type { ChangeCounts, ChangeSet, ItemRef } from './change-set.ts';
import { diffWords, type DiffPart } from './diff.ts';
import { itemText } from './similarity.ts';
import { escapeMarkup } from '../text/escape.ts';

export type EntryKind = keyof ChangeCounts;

/** One item of either edition in an entry: its number, title, text and where it is. */
export interface EntryItem {
  ref: ItemRef;
  /** How the item is cited in its edition: `第6条`, `第二部分第（三）项`. */
  cite: string;
  text: string;
  href: string;
}

/** One change: an added, dropped, reworded, moved, unchanged, split or merged item (or pair of items). */
export interface ChangeEntry {
  kind: EntryKind;
  older: EntryItem[];
  newer: EntryItem[];
  /** Word-level diff of the older text(s) to the newer, when the words changed. */
  diff?: DiffPart[];
  similarity?: number;
  /** The other edition is incomplete, so the counterpart may be in the part not received. */
  uncertain?: boolean;
  renumbered?: boolean;
  sectionChanged?: boolean;
}

/** The entries of one section of the newer edition (or, last, of older sections with no continuation). */
export interface ChangeGroup {
  section: number | null;
  heading: string;
  counts: ChangeCounts;
  entries: ChangeEntry[];
}

export interface ChangeView {
  older: { id: string; title: string; href: string; incomplete: boolean };
  newer: { id: string; title: string; href: string; incomplete: boolean };
  counts: ChangeCounts;
  groups: ChangeGroup[];
  /** Programmes named by the newer edition only, and by the older only: `{ id, name, href }`. */
  programmes: { added: ProgrammeLink[]; removed: ProgrammeLink[] };
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

/** Labels for the kinds, as pages show them. */
export const KIND_LABELS: Record<EntryKind, string> = { added: '新增', dropped: '删除', reworded: '修改', moved: '调整位置', unchanged: '未变', split: '拆分', merged: '合并' };
export const KIND_ORDER: EntryKind[] = ['added', 'dropped', 'reworded', 'moved', 'split', 'merged', 'unchanged'];

/** Computes the change set of two editions and the view of it. */
export function compareEditions(older: Edition, newer: Edition, options: ViewOptions): { set: ChangeSet; view: ChangeView } {
  const set = alignEditions(older, newer);
  return { set, view: changeView(set, older, newer, options) };
}

/** The view of a change set: entries grouped by section of the newer edition, in its order. */
export function changeView(set: ChangeSet, older: Edition, newer: Edition, { hrefOf, programmes }: ViewOptions): ChangeView {
  const itemA = new Map(older.items.map((i) => [i.number, i]));
  const itemB = new Map(newer.items.map((i) => [i.number, i]));
  const a = (ref: ItemRef): EntryItem => entryItem(itemA.get(ref.number)!, ref, (i) => hrefOf(older, i.anchor));
  const b = (ref: ItemRef): EntryItem => entryItem(itemB.get(ref.number)!, ref, (i) => hrefOf(newer, i.anchor));
  // Entries by section of the newer edition, each with the position it is shown at.
  const groups = new Map<number | null, { order: number; entry: ChangeEntry }[]>();
  const put = (section: number | null, entry: ChangeEntry, order: number) => {
    groups.set(section, [...(groups.get(section) ?? []), { order, entry }]);
  };
  const diffOf = (from: EntryItem[], to: EntryItem[]) => diffWords(from.map((x) => x.text).join('\n'), to.map((x) => x.text).join('\n'));
  for (const p of set.pairs) {
    const entry: ChangeEntry = { kind: p.kind, older: [a(p.older)], newer: [b(p.newer)], similarity: p.similarity, renumbered: p.renumbered, sectionChanged: p.sectionChanged };
    if (p.textChanged) entry.diff = diffOf(entry.older, entry.newer);
    put(p.newer.section, entry, p.newer.number);
  }
  for (const x of set.added) put(x.item.section, { kind: 'added', older: [], newer: [b(x.item)], uncertain: x.uncertain }, x.item.number);
  for (const x of set.split) {
    const entry: ChangeEntry = { kind: 'split', older: [a(x.older)], newer: x.newer.map(b), similarity: x.similarity };
    entry.diff = diffOf(entry.older, entry.newer);
    put(x.newer[0].section, entry, x.newer[0].number);
  }
  for (const x of set.merged) {
    const entry: ChangeEntry = { kind: 'merged', older: x.older.map(a), newer: [b(x.newer)], similarity: x.similarity };
    entry.diff = diffOf(entry.older, entry.newer);
    put(x.newer.section, entry, x.newer.number);
  }
  // A dropped item is shown where its old section continues, after that section's items.
  for (const x of set.dropped) {
    const section = set.sections.find((l) => l.older === x.item.section)?.newer ?? null;
    put(section, { kind: 'dropped', older: [a(x.item)], newer: [], uncertain: x.uncertain }, 10_000 + x.item.number);
  }
  const ordered = (list: { order: number; entry: ChangeEntry }[]) => [...list].sort((p, q) => p.order - q.order).map((x) => x.entry);
  const result: ChangeGroup[] = set.summary.sections
    .filter((s) => groups.has(s.section))
    .map((s) => ({ section: s.section, heading: s.heading, counts: s.counts, entries: ordered(groups.get(s.section)!) }));
  if (groups.has(null)) {
    const entries = ordered(groups.get(null)!);
    const counts = { added: 0, dropped: entries.length, reworded: 0, moved: 0, unchanged: 0, split: 0, merged: 0 };
    result.push({ section: null, heading: '原有部分（新版无对应部分）', counts, entries });
  }
  const named = programmes ?? { older: [], newer: [] };
  const olderIds = new Set(named.older.map((p) => p.id));
  const newerIds = new Set(named.newer.map((p) => p.id));
  return {
    older: { id: older.id, title: older.title, href: hrefOf(older), incomplete: set.incomplete.older },
    newer: { id: newer.id, title: newer.title, href: hrefOf(newer), incomplete: set.incomplete.newer },
    counts: set.summary.counts,
    groups: result,
    programmes: { added: named.newer.filter((p) => !olderIds.has(p.id)), removed: named.older.filter((p) => !newerIds.has(p.id)) },
  };
}

function entryItem(item: Item, ref: ItemRef, hrefOf: (item: Item) => string): EntryItem {
  return { ref, cite: item.cite, text: itemText(item), href: hrefOf(item) };
}

const lines = (text: string) => escapeMarkup(text).replace(/\n/g, '<br>');

function itemLink(x: EntryItem, side: string): string {
  return `<a href="${escapeMarkup(x.href)}">${side}${escapeMarkup(x.cite)}</a>`;
}

function diffHtml(parts: DiffPart[], show: 'both' | 'old' | 'new'): string {
  return parts
    .map((p) => {
      if (p.kind === 'same') return lines(p.text);
      if (p.kind === 'removed') return show === 'new' ? '' : `<del>${lines(p.text)}</del>`;
      return show === 'old' ? '' : `<ins>${lines(p.text)}</ins>`;
    })
    .join('');
}

function entryHtml(e: ChangeEntry): string {
  const refs = [
    ...e.newer.map((x) => itemLink(x, '新版')),
    ...e.older.map((x) => itemLink(x, '原')),
  ].join(' · ');
  const notes = [
    e.sectionChanged ? '移至其他部分' : '',
    e.renumbered && e.kind !== 'added' && e.kind !== 'dropped' ? '序号变化' : '',
    e.uncertain ? '对应内容可能在未收录的部分' : '',
  ].filter(Boolean);
  const title = (e.newer[0] ?? e.older[0])!.ref.title;
  const head = `<p class="change-head"><span class="kind kind-${e.kind}">${KIND_LABELS[e.kind]}</span> ${refs} <strong>${escapeMarkup(title)}</strong>${notes.length ? ` <span class="meta">（${notes.join('；')}）</span>` : ''}</p>`;
  let body = '';
  if (e.diff) {
    body = `<p class="diff-inline">${diffHtml(e.diff, 'both')}</p>
<details class="side-by-side-toggle"><summary>左右对照</summary><div class="side-by-side"><div class="old"><p class="side-label">原文</p>${diffHtml(e.diff, 'old')}</div><div class="new"><p class="side-label">新文</p>${diffHtml(e.diff, 'new')}</div></div></details>`;
  } else if (e.kind === 'added') body = `<p class="change-text added-text">${lines(e.newer[0]!.text)}</p>`;
  else if (e.kind === 'dropped') body = `<p class="change-text dropped-text">${lines(e.older[0]!.text)}</p>`;
  return `<li class="change change-${e.kind}">${head}${body}</li>`;
}

/** The counts as a row of cells, in KIND_ORDER. */
function countCells(c: ChangeCounts): string {
  return KIND_ORDER.map((k) => `<td class="num">${c[k]}</td>`).join('');
}

/**
 * The whole change view as HTML: summary table (overall and per section), the programmes newly and no
 * longer named, then each section's changes with an inline word diff and a side-by-side view. Unchanged
 * items are listed compactly. All text escaped.
 */
export function renderChangeView(view: ChangeView): string {
  const summary = `<table class="change-summary"><caption>变化汇总</caption><thead><tr><th scope="col">部分</th>${KIND_ORDER.map((k) => `<th scope="col">${KIND_LABELS[k]}</th>`).join('')}</tr></thead><tbody>
${view.groups.map((g) => `<tr><th scope="row">${escapeMarkup(g.heading || '（未分部分）')}</th>${countCells(g.counts)}</tr>`).join('\n')}
</tbody><tfoot><tr><th scope="row">合计</th>${countCells(view.counts)}</tr></tfoot></table>`;
  const incomplete = [view.older, view.newer].filter((e) => e.incomplete).map((e) => `《${escapeMarkup(e.title)}》`);
  const warn = incomplete.length ? `<p class="banner incomplete" role="note">${incomplete.join('、')}所据原文不完整：“删除”“新增”可能只是未收录的部分。</p>` : '';
  const plinks = (list: ProgrammeLink[]) => (list.length ? list.map((p) => `<a href="${escapeMarkup(p.href)}">${escapeMarkup(p.name)}</a>`).join('、') : '无');
  const programmes = `<section class="change-programmes" aria-labelledby="change-programmes-title"><h2 id="change-programmes-title">重点工作的变化</h2><p>新提及：${plinks(view.programmes.added)}</p><p>不再提及：${plinks(view.programmes.removed)}</p></section>`;
  const groups = view.groups
    .map((g, i) => {
      const changed = g.entries.filter((e) => e.kind !== 'unchanged');
      const same = g.entries.filter((e) => e.kind === 'unchanged');
      const sameList = same.length ? `<p class="unchanged-list"><span class="kind kind-unchanged">未变</span> ${same.map((e) => itemLink(e.newer[0]!, '新版') + (e.renumbered ? `（原${escapeMarkup(e.older[0]!.cite)}）` : '')).join('、')}</p>` : '';
      return `<section class="change-group" aria-labelledby="change-g${i}"><h2 id="change-g${i}">${escapeMarkup(g.heading || '（未分部分）')}</h2><ul class="changes">${changed.map(entryHtml).join('\n')}</ul>${sameList}</section>`;
    })
    .join('\n');
  return `${warn}${summary}${programmes}${groups}`;
}
