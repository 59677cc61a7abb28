/**
 * A 新旧对照表 (comparison-table.ts) as HTML: the printed title (print only: on screen the page has its own
 * heading), the legend, the incomplete-source warning, then one table with the two column heads in `<thead>` (so a
 * printed table repeats them on every page), a `<tbody>` per section whose first row is the section heading
 * across both columns, and a row per entry. Removed words are `<del>` on the left, added words `<ins>` on the
 * right: the print style strikes through and underlines them, so they survive black-and-white printing.
 * Every text is escaped (`html`). No node: imports: the compare page renders it in the browser.
 */
import { html, join, type Markup } from '../text/html.ts';
import type { ComparisonTable, SectionRows, TableCell, TableColumn, TableItem, TableRow } from './comparison-table.ts';
import type { DiffPart } from './diff.ts';

/** The whole table, with its printed title and legend, as HTML. */
export function renderComparisonTable(table: ComparisonTable): string {
  const warning = table.warning && html`<p class="banner incomplete" role="note">${table.warning}</p>`;
  return html`<div class="comparison"><p class="comparison-title">${table.title}</p><p class="comparison-legend">${table.legend}</p>${warning}
<table class="comparison-table"><caption>${table.caption}</caption><colgroup><col class="old"><col class="new"></colgroup>
<thead><tr>${columnHtml('old', table.columns.old)}${columnHtml('new', table.columns.new)}</tr></thead>
${join(table.sections.map(sectionHtml), '\n')}
</table></div>`.html;
}

function columnHtml(side: 'old' | 'new', column: TableColumn): Markup {
  return html`<th scope="col" class="${side}"><span class="column-label">${column.label}</span> <span class="column-title">${column.title}</span></th>`;
}

function sectionHtml(section: SectionRows): Markup {
  return html`<tbody><tr class="section-row"><th scope="rowgroup" colspan="2">${section.heading}</th></tr>
${join(section.rows.map(rowHtml), '\n')}</tbody>`;
}

function rowHtml(row: TableRow): Markup {
  return html`<tr class="${row.keep ? `row row-${row.kind} keep` : `row row-${row.kind}`}">${cellHtml('old', row.old)}${cellHtml('new', row.new)}</tr>`;
}

/**
 * A cell: its items, the row's mark at the end of the first item's head line (so the two cells' heads stay on
 * one line across the row), or, in an empty cell, the mark alone.
 */
function cellHtml(side: 'old' | 'new', cell: TableCell): Markup {
  if (cell.items.length === 0) return html`<td class="${side} empty">${cell.mark && html`<p class="cell-mark">${cell.mark}</p>`}</td>`;
  return html`<td class="${side}">${cell.items.map((item, k) => itemHtml(item, k === 0 ? cell.mark : undefined))}</td>`;
}

function itemHtml(item: TableItem, mark: string | undefined): Markup {
  const body = item.body.length > 0 && html`<p class="cell-body">${partsHtml(item.body)}</p>`;
  return html`<p class="cell-head"><span class="cell-label">${item.label}</span>${partsHtml(item.title)}${mark && html` <span class="cell-mark">${mark}</span>`}</p>${body}`;
}

const PART_HTML: Record<DiffPart['kind'], (text: string) => Markup> = {
  same: (text) => linesHtml(text),
  removed: (text) => html`<del>${linesHtml(text)}</del>`,
  added: (text) => html`<ins>${linesHtml(text)}</ins>`,
};

function partsHtml(parts: DiffPart[]): Markup[] {
  return parts.map((p) => PART_HTML[p.kind](p.text));
}

/** Text whose line breaks (between paragraphs) show. */
function linesHtml(text: string): Markup {
  return join(text.split('\n'), html`<br>`);
}
