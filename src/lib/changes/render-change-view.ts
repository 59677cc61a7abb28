/**
 * A change view (change-view.ts) as HTML: the incomplete-source warning, the summary table, the programmes
 * newly and no longer named, then each group's changes (an inline word diff and a side-by-side view) and
 * its unchanged items on one line. It maps the view to markup and decides nothing: which entries, in what
 * order, with which words, is the view's. Every text is escaped (`html`). No node: imports.
 */
import { html, join, type Markup } from '../text/html.ts';
import type { ChangeEntry, ChangeGroup, ChangeSummary, ChangeView, DiffSide, EntryBody, Inline, SummaryRow } from './change-view.ts';
import type { DiffPart } from './diff.ts';

/** The whole change view as HTML. */
export function renderChangeView(view: ChangeView): string {
  const warning = view.warning && html`<p class="banner incomplete" role="note">${view.warning}</p>`;
  return html`${warning}${summaryHtml(view.summary)}${programmesHtml(view.programmes)}${join(view.groups.map(groupHtml), '\n')}`.html;
}

function summaryHtml(summary: ChangeSummary): Markup {
  return html`<table class="change-summary"><caption>${summary.caption}</caption><thead><tr>${summary.columns.map((c) => html`<th scope="col">${c}</th>`)}</tr></thead><tbody>
${join(summary.rows.map(rowHtml), '\n')}
</tbody><tfoot>${rowHtml(summary.total)}</tfoot></table>`;
}

function rowHtml(row: SummaryRow): Markup {
  return html`<tr><th scope="row">${row.heading}</th>${row.counts.map((n) => html`<td class="num">${n}</td>`)}</tr>`;
}

function programmesHtml(programmes: ChangeView['programmes']): Markup {
  return html`<section class="change-programmes" aria-labelledby="change-programmes-title"><h2 id="change-programmes-title">${programmes.heading}</h2>${programmes.lines.map((line) => html`<p>${inlineHtml(line)}</p>`)}</section>`;
}

function groupHtml(group: ChangeGroup, index: number): Markup {
  const unchanged = group.unchanged && html`<p class="unchanged-list"><span class="kind kind-unchanged">${group.unchanged.label}</span> ${inlineHtml(group.unchanged.items)}</p>`;
  return html`<section class="change-group" aria-labelledby="change-g${index}"><h2 id="change-g${index}">${group.heading}</h2><ul class="changes">${join(group.changed.map(entryHtml), '\n')}</ul>${unchanged}</section>`;
}

function entryHtml(entry: ChangeEntry): Markup {
  const note = entry.note && html` <span class="meta">${entry.note}</span>`;
  const title = entry.titleDiff ? diffHtml(entry.titleDiff) : entry.title;
  const head = html`<p class="change-head"><span class="kind kind-${entry.kind}">${entry.label}</span> ${inlineHtml(entry.links)} <strong>${title}</strong>${note}</p>`;
  return html`<li class="change change-${entry.kind}">${head}${entry.body && bodyHtml(entry.body)}</li>`;
}

function bodyHtml(body: EntryBody): Markup {
  if (body.kind === 'text') return html`<p class="change-text ${body.side}-text">${linesHtml(body.text)}</p>`;
  return html`<p class="diff-inline">${diffHtml(body.inline)}</p>
<details class="side-by-side-toggle"><summary>${body.toggle}</summary><div class="side-by-side">${sideHtml('old', body.old)}${sideHtml('new', body.new)}</div></details>`;
}

function sideHtml(side: 'old' | 'new', { label, parts }: DiffSide): Markup {
  return html`<div class="${side}"><p class="side-label">${label}</p>${diffHtml(parts)}</div>`;
}

const PART_HTML: Record<DiffPart['kind'], (text: string) => Markup> = {
  same: (text) => linesHtml(text),
  removed: (text) => html`<del>${linesHtml(text)}</del>`,
  added: (text) => html`<ins>${linesHtml(text)}</ins>`,
};

/** A word diff as markup: `<del>` and `<ins>` around removed and added words, line breaks kept. */
export function diffHtml(parts: DiffPart[]): Markup[] {
  return parts.map((p) => PART_HTML[p.kind](p.text));
}

/** Text whose line breaks show. */
function linesHtml(text: string): Markup {
  return join(text.split('\n'), html`<br>`);
}

/** Text and links, as the view runs them. */
function inlineHtml(runs: Inline[]): (string | Markup)[] {
  return runs.map((run) => (typeof run === 'string' ? run : html`<a href="${run.href}">${run.text}</a>`));
}
