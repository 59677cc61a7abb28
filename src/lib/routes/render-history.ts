/**
 * The history page's lineage tables (history.ts's views) as HTML: the page holds all of an issuer's lineages,
 * some seventy tables of ten rows for an issuer with ten years, and string templates render them in a
 * fraction of the time Astro takes for as many component instances (BENCHMARKS.md, "Item histories").
 *
 * Per group: its heading, then a section per lineage: heading, status line, and a table with a row per year
 * it stands in (two or more rows in a year of a split or before a merge, the year cell spanning them) and a
 * row per run of years it does not. The diff buttons are hidden until the page's script shows them (it
 * fetches the two editions and diffs the item's words in place). Every text is escaped (`html`).
 */
import { html, join, type Markup } from '../text/html.ts';
import type { HistoryNodeView, HistoryRoute, HistoryRowView, LineageView } from './history.ts';

/** The groups of a history page, each with its lineages. */
export function renderHistoryGroups(groups: HistoryRoute['groups'], columns: HistoryRoute['columns'], showDiff: string): string {
  const head = html`<thead><tr><th scope="col">${columns.year}</th><th scope="col">${columns.number}</th><th scope="col">${columns.title}</th><th scope="col">${columns.change}</th></tr></thead>`;
  return join(
    groups.map((group) => html`<section class="history-group"><h2>${group.heading}</h2>${group.lineages.map((l) => lineageHtml(l, head, showDiff))}</section>`),
    '',
  ).html;
}

function lineageHtml(lineage: LineageView, head: Markup, showDiff: string): Markup {
  return html`<section class="lineage" id="${lineage.id}" aria-labelledby="${lineage.id}-h"><h3 id="${lineage.id}-h">${lineage.heading}</h3><p class="meta">${lineage.status}</p><table class="lineage-table"><colgroup><col class="year"><col class="num"><col><col class="change"></colgroup>${head}<tbody>${lineage.rows.map((row) => rowHtml(row, showDiff))}</tbody></table></section>`;
}

function rowHtml(row: HistoryRowView, showDiff: string): Markup | Markup[] {
  if (row.kind === 'absent') {
    const text = row.changesHref ? html`<a href="${row.changesHref}">${row.text}</a>` : row.text;
    return html`<tr class="absent ${row.absence}"><th scope="row">${row.years}</th><td colspan="3">${text}</td></tr>`;
  }
  return row.nodes.map((node, i) => {
    const year = i === 0 && html`<th scope="row" rowspan="${row.nodes.length}"><a href="${row.yearHref}">${row.year}</a></th>`;
    return html`<tr class="present ${node.kind}">${year}<td class="num"><a href="${node.href}" aria-label="${node.cite}">${node.label}</a></td><td>${node.title}</td><td>${changeHtml(node, showDiff)}</td></tr>`;
  });
}

/** The kind of change (linked to its year's change page when there is one), its note and its diff button. */
function changeHtml(node: HistoryNodeView, showDiff: string): Markup {
  const kind = node.changesHref
    ? html`<a href="${node.changesHref}" class="kind ${node.kindClass}">${node.kindText}</a>`
    : html`<span class="kind ${node.kindClass}">${node.kindText}</span>`;
  const note = node.note && html`<span class="note">（${node.note}）</span>`;
  const diff = node.diff && html`<button type="button" class="show-diff" data-diff="${node.diff.key}" aria-label="${node.diff.label}" aria-expanded="false" hidden>${showDiff}</button>`;
  return html`${kind}${note}${diff}`;
}
