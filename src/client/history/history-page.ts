/**
 * The history page in the browser: each "差异" button shows, in a row below its own, the word diff of the
 * item against what it continues (last year's item, the two it was merged from, the one it was split from, or
 * the one it brings back), computed here from the editions' parsed models (`<issuer>/<year>/edition.json`, as
 * the compare page uses) with the change pages' own diff and markup. Without JavaScript the buttons stay
 * hidden and the kind links to the year's change page, which shows the same diff.
 */
import { historyText } from '../../i18n/zh-CN/history.ts';
import { diffWords } from '../../lib/changes/diff.ts';
import { diffHtml } from '../../lib/changes/render-change-view.ts';
import { itemText } from '../../lib/changes/similarity.ts';
import type { Edition, Item } from '../../lib/edition/model.ts';
import { html } from '../../lib/text/html.ts';

const root = document.querySelector<HTMLElement>('[data-history]')!;
const base = root.dataset.base!;
const issuer = root.dataset.issuer!;

const editions = new Map<number, Promise<Edition>>();
function edition(year: number): Promise<Edition> {
  if (!editions.has(year)) editions.set(year, fetch(`${base}${issuer}/${year}/edition.json`).then((r) => {
    if (!r.ok) throw new Error(`${issuer}/${year}: ${r.status}`);
    return r.json() as Promise<Edition>;
  }));
  return editions.get(year)!;
}

/** `2024:17,2024:18>2025:17` → the items it names, older ones first. */
async function itemsOf(key: string): Promise<{ older: Item[]; newer: Item }> {
  const [from, to] = key.split('>') as [string, string];
  const find = async (ref: string) => {
    const [year, number] = ref.split(':').map(Number) as [number, number];
    const item = (await edition(year)).items.find((it) => it.number === number);
    if (!item) throw new Error(`${issuer}/${year} #${number}`);
    return item;
  };
  return { older: await Promise.all(from.split(',').map(find)), newer: await find(to) };
}

async function toggle(button: HTMLButtonElement): Promise<void> {
  const row = button.closest('tr')!;
  const open = row.nextElementSibling?.classList.contains('diff-row') ? row.nextElementSibling : null;
  if (open) {
    open.remove();
    button.setAttribute('aria-expanded', 'false');
    button.textContent = historyText.showDiff;
    return;
  }
  const diffRow = document.createElement('tr');
  diffRow.className = 'diff-row';
  const cell = diffRow.insertCell();
  cell.colSpan = 4;
  cell.setAttribute('role', 'status');
  cell.textContent = historyText.loading;
  row.after(diffRow);
  button.setAttribute('aria-expanded', 'true');
  button.textContent = historyText.hideDiff;
  try {
    const { older, newer } = await itemsOf(button.dataset.diff!);
    const parts = diffWords(older.map(itemText).join('\n'), itemText(newer));
    // diffHtml escapes every text it is given; the markup is its own.
    cell.innerHTML = html`<p class="diff-inline">${diffHtml(parts)}</p>`.html;
  } catch (error) {
    cell.textContent = historyText.failed((error as Error).message);
  }
}

for (const button of root.querySelectorAll<HTMLButtonElement>('button.show-diff')) {
  button.hidden = false;
  button.addEventListener('click', () => void toggle(button));
}
root.dataset.ready = 'true';
