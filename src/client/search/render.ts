/**
 * The search page's elements: reads and sets the form, and builds the results from the data it is given
 * (src/lib/search/result-page.ts), with text nodes only, so no query or record can become markup.
 */
import { readState, type SearchState } from '../../lib/search/page-state.ts';
import { groupView, hitView, type HitContext, type ResultGroup } from '../../lib/search/result-page.ts';
import type { Hit } from '../../lib/search/rank.ts';
import type { FilterCounts } from './pagefind.ts';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

function hitItem(h: Hit, context: HitContext): HTMLLIElement {
  const v = hitView(h, context);
  const snip = el('p', { className: 'snippet' }, ...v.snippet.map((p) => (p.mark ? el('mark', {}, p.text) : p.text)));
  const li = el('li', { className: v.related ? 'result related' : 'result' }, el('a', { href: v.href, className: 'result-title' }, v.title), snip);
  if (v.note) li.append(el('span', { className: 'editorial' }, v.note));
  return li;
}

/** The search app's elements (SearchApp.astro), found once; the controller changes the page only through these methods. */
export class SearchView {
  readonly root: HTMLElement;
  readonly form: HTMLFormElement;
  readonly input: HTMLInputElement;
  readonly more: HTMLButtonElement;
  readonly status: HTMLElement;
  readonly list: HTMLElement;

  constructor(root: HTMLElement) {
    this.root = root;
    this.form = root.querySelector<HTMLFormElement>('form.search-form')!;
    this.input = this.form.querySelector<HTMLInputElement>('input[name="q"]')!;
    this.status = root.querySelector<HTMLElement>('.search-status')!;
    this.list = root.querySelector<HTMLElement>('.search-results')!;
    this.more = root.querySelector<HTMLButtonElement>('.search-more')!;
  }

  /** What the form says now: the search to run. */
  formState(): SearchState {
    return readState(new FormData(this.form));
  }

  /** Sets the form to a state (from the URL). */
  applyState(s: SearchState): void {
    this.input.value = s.q;
    for (const box of this.form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
      box.checked = box.name === 'current' ? s.current : ((s.filters as Record<string, string[]>)[box.name] ?? []).includes(box.value);
    }
    this.form.querySelector<HTMLSelectElement>('select[name="sort"]')!.value = s.sort;
  }

  /**
   * For tests, tools and the benchmark (the query as the value; `undefined` removes it): `data-first` when
   * the first results of a query are on the page, `data-done` when its page of results is, `data-complete`
   * when everything it found is counted and its filters' counts are shown.
   */
  signal(key: 'first' | 'done' | 'complete', query: string | undefined): void {
    if (query === undefined) delete this.root.dataset[key];
    else this.root.dataset[key] = query;
  }

  showStatus(text: string): void {
    this.status.textContent = text;
  }

  clearResults(): void {
    this.list.replaceChildren();
  }

  /** Appends the groups of a batch; returns how many hits it showed. */
  appendGroups(groups: ResultGroup[], context: HitContext): number {
    let count = 0;
    for (const g of groups) {
      count += g.shown.length;
      this.list.append(this.group(g, context));
    }
    return count;
  }

  /** One edition's section: heading, byline and badge, its shown hits, and the button for the rest. */
  private group(g: ResultGroup, context: HitContext): HTMLElement {
    const v = groupView(g, context.base);
    const id = `g-${this.list.children.length + 1}`;
    const section = el('section', { className: 'result-group' });
    section.dataset.edition = v.edition;
    section.setAttribute('aria-labelledby', id);
    const badge = el('span', { className: `badge ${v.current ? 'current' : 'past'}` }, v.badge);
    const ol = el('ol', { className: 'result-items' }, ...g.shown.map((h) => hitItem(h, context)));
    section.append(el('h2', { id }, el('a', { href: v.href }, v.title)), el('p', { className: 'meta' }, `${v.byline} `, badge), ol);
    if (v.more) {
      const button = el('button', { type: 'button', className: 'group-more' }, v.more.text);
      button.setAttribute('aria-label', v.more.label);
      // The rest's snippets are made only when asked for: a broad query has many.
      button.addEventListener('click', () => {
        const items = g.rest.map((h) => hitItem(h, context));
        ol.append(...items);
        button.remove();
        items[0]?.querySelector('a')?.focus();
      });
      section.append(button);
    }
    return section;
  }

  /** Number of edition groups on the page. */
  groupCount(): number {
    return this.list.children.length;
  }

  /** Moves focus to the first result of the group at `group`, or to the first result of all. */
  focusResult(group?: number): void {
    const scope = group === undefined ? this.list : this.list.children[group];
    scope?.querySelector<HTMLAnchorElement>('a.result-title')?.focus();
  }

  /** The 显示更多版本 button: shown while editions wait. */
  showMore(shown: boolean): void {
    this.more.hidden = !shown;
  }

  /** Disabled while the next editions load, so a second press does not load another batch. */
  moreBusy(busy: boolean): void {
    this.more.disabled = busy;
  }

  /** Every filter's count of editions, and the current-only switch's; an empty unticked filter is greyed. */
  showCounts(counts: FilterCounts, current: number): void {
    this.setCounts((box) => counts[box.name]?.[box.value] ?? 0, current);
  }

  /** The counts of the whole site, as the page was built with them (`data-site`): no query, no filter. */
  showSiteCounts(): void {
    const site = (el: Element | null | undefined) => Number((el as HTMLElement | null)?.dataset.site ?? 0);
    this.setCounts((box) => site(box.parentElement?.querySelector('.count')), site(this.form.querySelector('.count[data-current]')));
  }

  private setCounts(countOf: (box: HTMLInputElement) => number, current: number): void {
    for (const box of this.form.querySelectorAll<HTMLInputElement>('fieldset[data-filter] input[type="checkbox"]')) {
      const count = countOf(box);
      const out = box.parentElement!.querySelector('.count')!;
      // Only what changed: a large archive has thousands of these, and each write restyles the list.
      if (out.textContent !== String(count)) out.textContent = String(count);
      box.parentElement!.classList.toggle('empty', count === 0 && !box.checked);
    }
    const out = this.form.querySelector<HTMLElement>('.count[data-current]');
    if (out && out.textContent !== String(current)) out.textContent = String(current);
  }

  /** What the page knows for reading queries: the years and issuers of its filters. */
  filterValues(key: string): string[] {
    return [...this.form.querySelectorAll<HTMLInputElement>(`fieldset[data-filter="${key}"] input[type="checkbox"]`)].map((b) => b.value);
  }
}
