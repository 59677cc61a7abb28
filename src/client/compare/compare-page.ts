/**
 * The compare page in the browser: fetches the two editions' parsed models and runs the same alignment,
 * view and rendering as the static change pages (src/lib/changes/change-view.ts, render-change-view.ts).
 * 打印对照表 renders the 新旧对照表 of the same view (comparison-table.ts, as the table pages do) and prints
 * it alone: print.css hides the rest of the page while the app is marked `data-print="table"`.
 */
import { compareText } from '../../i18n/zh-CN/compare.ts';
import { compareEditions, type ChangeView, type ProgrammeLink } from '../../lib/changes/change-view.ts';
import { comparisonTable } from '../../lib/changes/comparison-table.ts';
import { renderChangeView } from '../../lib/changes/render-change-view.ts';
import { renderComparisonTable } from '../../lib/changes/render-comparison-table.ts';
import type { Edition } from '../../lib/edition/model.ts';
import { printWithFonts } from '../print/print-page.ts';

/** An edition as `<issuer>/<year>/edition.json` serves it: the parsed model and the programmes it names. */
type EditionJson = Edition & { programmes: ProgrammeLink[] };

const root = document.querySelector<HTMLElement>('[data-compare-app]')!;
const base = root.dataset.base!;
const form = root.querySelector<HTMLFormElement>('form')!;
const status = root.querySelector<HTMLElement>('.compare-status')!;
const result = root.querySelector<HTMLElement>('.compare-result')!;
const printButton = root.querySelector<HTMLButtonElement>('button.table-print')!;
const printed = root.querySelector<HTMLElement>('.comparison-print')!;
/** The view shown, which 打印对照表 prints. */
let shown: ChangeView | undefined;
const select = (name: string) => form.querySelector<HTMLSelectElement>(`select[name="${name}"]`)!;

const editionPath = (id: string) => `${base}${id}/`;
const cache = new Map<string, Promise<EditionJson>>();
function load(id: string): Promise<EditionJson> {
  if (!cache.has(id)) cache.set(id, fetch(`${editionPath(id)}edition.json`).then((r) => {
    if (!r.ok) throw new Error(`${id}: ${r.status}`);
    return r.json() as Promise<EditionJson>;
  }));
  return cache.get(id)!;
}

async function run(): Promise<void> {
  const a = select('a').value;
  const b = select('b').value;
  const url = `${location.pathname}?a=${encodeURIComponent(a)}&b=${encodeURIComponent(b)}`;
  if (url !== `${location.pathname}${location.search}`) history.replaceState(null, '', url);
  status.textContent = compareText.computing;
  delete root.dataset.done;
  printButton.hidden = true;
  shown = undefined;
  try {
    const [older, newer] = await Promise.all([load(a), load(b)]);
    const started = performance.now();
    const { view } = compareEditions(older, newer, { hrefOf: (e, anchor) => `${editionPath(e.id)}${anchor ? `#${anchor}` : ''}`, programmes: { older: older.programmes, newer: newer.programmes } });
    // renderChangeView escapes every text it is given; the markup is its own.
    result.innerHTML = renderChangeView(view);
    shown = view;
    printButton.hidden = false;
    status.textContent = compareText.done(older.title, newer.title, view.counts, Math.round(performance.now() - started));
    root.dataset.done = `${a}|${b}`;
  } catch (error) {
    status.textContent = compareText.failed((error as Error).message);
  }
}

const params = new URLSearchParams(location.search);
const options = [...select('a').options].map((o) => o.value);
select('a').value = options.includes(params.get('a') ?? '') ? params.get('a')! : options[1] ?? options[0]!;
select('b').value = options.includes(params.get('b') ?? '') ? params.get('b')! : options[0]!;
printButton.addEventListener('click', () => {
  if (!shown) return;
  // Escaped throughout by its renderer, like the change view.
  printed.innerHTML = renderComparisonTable(comparisonTable(shown));
  root.dataset.print = 'table';
  void printWithFonts();
});
// Back to printing the page as it is once the dialog closes (Ctrl+P prints the change view).
window.addEventListener('afterprint', () => {
  delete root.dataset.print;
});
form.addEventListener('submit', (event) => {
  event.preventDefault();
  void run();
});
void run();
