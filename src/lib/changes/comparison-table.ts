/**
 * The 新旧对照表 of a change view, as data: the two columns (原文 left, 新文 right, each headed with its
 * edition's title and year), a row per section heading, and a row per entry of the view in the order the view
 * shows them (the newer edition's order, dropped items after their section's own). A row holds the older item
 * (or items, for a merge) on the left and the newer item (or items, for a split) on the right, each with its
 * issued number and title; an added item leaves the left cell empty and a dropped one the right, each saying
 * so in words (〔新增〕, 〔删除〕). Changed words are the view's own word diff, cut back into the items they
 * came from: each side keeps only its own marks (removed words on the left, added words on the right), so the
 * renderer can strike through and underline them and the table reads in black and white.
 *
 * It decides what the table says; render-comparison-table.ts maps it to markup. Used at build time and in the
 * browser (the compare page prints it), so no node: imports. The view is not changed.
 */
import { tableText as words } from '../../i18n/zh-CN/comparison-table.ts';
import { diffPieces, type ChangeEntry, type ChangeView, type EntryItem, type EntryKind } from './change-view.ts';
import type { DiffPart } from './diff.ts';

/** One item in a cell: its number as issued, and its title and body with this side's changed words marked. */
export interface TableItem {
  /** `5.`, `（三）` */
  label: string;
  title: DiffPart[];
  /** Paragraphs separated by line breaks; empty for an item issued without a body (or outline-only). */
  body: DiffPart[];
}

/** One side of a row: its items, and what it says of the change (`〔修改〕`, or `〔新增〕` in an empty cell). */
export interface TableCell {
  items: TableItem[];
  mark?: string;
}

export interface SectionRows {
  /** The newer edition's section heading (`一、…`), or the view's heading for dropped items with nowhere to go. */
  heading: string;
  rows: TableRow[];
}

export interface TableRow {
  kind: EntryKind;
  old: TableCell;
  new: TableCell;
  /**
   * Short enough to keep on one page: printed rows up to about a third of a page do not break across pages
   * (`break-inside: avoid`); longer ones may, or keeping them whole would leave most of a page blank.
   */
  keep: boolean;
}

export interface ComparisonTable {
  /** The printed title: `2025年…主要工作新旧对照表`. */
  title: string;
  caption: string;
  legend: string;
  /** The view's warning that a source is incomplete, when one is. */
  warning?: string;
  columns: { old: TableColumn; new: TableColumn };
  sections: SectionRows[];
}

export interface TableColumn {
  /** `原文（2024年版）` */
  label: string;
  /** The edition's title. */
  title: string;
}

/**
 * The longest side of a row, in characters, that is kept on one page: about a third of a printed page (two
 * columns of about 17 characters at 小四 in the type area, 35 lines). Rows shorter than this do not break.
 */
export const KEEP_ROW_CHARS = 200;

/** The 新旧对照表 of a change view. */
export function comparisonTable(view: ChangeView): ComparisonTable {
  return {
    title: words.documentTitle(view.newer.title),
    caption: words.caption(view.older.title, view.newer.title),
    legend: words.legend,
    ...(view.warning ? { warning: view.warning } : {}),
    columns: {
      old: { label: words.oldColumn(view.older.year), title: view.older.title },
      new: { label: words.newColumn(view.newer.year), title: view.newer.title },
    },
    sections: view.groups.map((g) => ({ heading: g.heading, rows: g.entries.map(tableRow) })),
  };
}

/** An entry as a row: the older items left, the newer right, the kind said in words where it is not obvious. */
export function tableRow(entry: ChangeEntry): TableRow {
  const { older, newer } = sideItems(entry);
  // The kind in words, then the view's notes (`（移至其他部分；序号变化）`); an unchanged item says only its notes.
  const said = `${entry.kind === 'unchanged' ? '' : words.mark(entry.label)}${entry.note ?? ''}`;
  const mark = said ? { mark: said } : {};
  const row: TableRow = {
    kind: entry.kind,
    // An added item's empty left cell says 〔新增〕, a dropped item's empty right cell 〔删除〕; other rows say it on the right.
    old: entry.kind === 'added' ? { items: [], ...mark } : { items: older },
    new: entry.kind === 'added' ? { items: newer } : entry.kind === 'dropped' ? { items: [], ...mark } : { items: newer, ...mark },
    keep: false,
  };
  row.keep = Math.max(cellLength(row.old), cellLength(row.new)) <= KEEP_ROW_CHARS;
  return row;
}

/** The items of both sides, each with its side of the entry's word diff (title and body), or plain when unchanged. */
function sideItems(entry: ChangeEntry): { older: TableItem[]; newer: TableItem[] } {
  const diff = entry.body?.kind === 'diff' ? entry.body : undefined;
  const titleOld = entry.titleDiff?.filter((p) => p.kind !== 'added');
  const titleNew = entry.titleDiff?.filter((p) => p.kind !== 'removed');
  return {
    older: sideOf(entry.older, titleOld, diff?.old.parts),
    newer: sideOf(entry.newer, titleNew, diff?.new.parts),
  };
}

/**
 * One side's items: the first item's title from the title diff (when its words changed), every body and
 * every further title from the side's body diff (cut at the items' boundaries), else the plain text.
 */
function sideOf(items: readonly EntryItem[], firstTitle: DiffPart[] | undefined, bodyParts: DiffPart[] | undefined): TableItem[] {
  const pieces = diffPieces(items);
  const cut = bodyParts ? cutParts(bodyParts, pieces.map((p) => p.text)) : pieces.map((p) => plain(p.text));
  const partOf = (item: number, part: 'title' | 'body') => {
    const k = pieces.findIndex((p) => p.item === item && p.part === part);
    return k < 0 ? [] : cut[k]!;
  };
  return items.map((x, k) => ({
    label: x.label,
    title: k === 0 ? (firstTitle ?? plain(x.ref.title)) : partOf(k, 'title'),
    body: partOf(k, 'body'),
  }));
}

const plain = (text: string): DiffPart[] => (text ? [{ kind: 'same', text }] : []);

/**
 * Cuts one side's diff parts (whose texts joined are `pieces` joined by line breaks) back into the pieces,
 * leaving out the line breaks between them. Throws if the parts do not spell the pieces: the view's diff and
 * its pieces disagree, and a table cut anyhow would put words into the wrong item.
 *
 * @example cutParts([{ kind: 'same', text: '甲乙\n丙' }, { kind: 'added', text: '丁' }], ['甲乙', '丙丁'])
 *   → [[{ kind: 'same', text: '甲乙' }], [{ kind: 'same', text: '丙' }, { kind: 'added', text: '丁' }]]
 */
export function cutParts(parts: readonly DiffPart[], pieces: readonly string[]): DiffPart[][] {
  const out: DiffPart[][] = pieces.map(() => []);
  let piece = 0;
  let at = 0;
  for (const part of parts) {
    let text = part.text;
    while (text) {
      const room = (pieces[piece]?.length ?? 0) - at;
      if (room > 0) {
        const taken = text.slice(0, room);
        out[piece]!.push({ kind: part.kind, text: taken });
        at += taken.length;
        text = text.slice(taken.length);
      } else if (text[0] === '\n' && piece + 1 < pieces.length) {
        text = text.slice(1);
        piece++;
        at = 0;
      } else throw new Error(`the diff runs past its pieces at piece ${piece + 1} of ${pieces.length}: ${JSON.stringify(text.slice(0, 20))}`);
    }
  }
  out.forEach((cell, k) => {
    const got = cell.map((p) => p.text).join('');
    if (got !== pieces[k]) throw new Error(`the diff does not spell piece ${k + 1} of ${pieces.length}: ${JSON.stringify(got.slice(0, 20))} for ${JSON.stringify(pieces[k]!.slice(0, 20))}`);
  });
  return out;
}

/** How many characters a cell shows (labels, titles, bodies, its mark). */
function cellLength(cell: TableCell): number {
  const text = (parts: DiffPart[]) => parts.reduce((n, p) => n + p.text.length, 0);
  return (cell.mark?.length ?? 0) + cell.items.reduce((n, x) => n + x.label.length + text(x.title) + text(x.body), 0);
}
