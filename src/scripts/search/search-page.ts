/**
 * The search page in the browser: reads the query and filters from the URL, asks Pagefind, re-ranks and
 * groups the hits by edition (src/lib/search/rank.ts), and renders them with text nodes only.
 */
import { parseQuery, snippet } from '../../lib/search/query.ts';
import { groupByEdition, isExact, rankHits, type Hit } from '../../lib/search/rank.ts';
import { recordText } from '../../lib/search/records.ts';

interface PagefindResult {
  id: string;
  data: () => Promise<{ url: string; content: string; meta: Record<string, string> }>;
}
interface PagefindSearch {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
  unfilteredResultCount: number;
}
interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  mergeIndex: (path: string, o?: Record<string, unknown>) => Promise<void>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  search: (q: string | null, o: Record<string, unknown>) => Promise<PagefindSearch>;
  preload: (q: string, o: Record<string, unknown>) => Promise<void>;
}

const FILTER_KEYS = ['issuer', 'year', 'theme'] as const;
const PAGE = 10;
/** How many Pagefind results are loaded at first to re-rank; more are loaded on demand. */
const FIRST_LOAD = 16;

const root = document.querySelector<HTMLElement>('[data-search-app]')!;
const base = root.dataset.base!;
const known = JSON.parse(root.dataset.known!) as { years: string[]; issuers: string[] };
const form = root.querySelector<HTMLFormElement>('form.search-form')!;
const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
const status = root.querySelector<HTMLElement>('.search-status')!;
const list = root.querySelector<HTMLElement>('.search-results')!;
const more = root.querySelector<HTMLButtonElement>('.search-more')!;

let pagefind: Promise<Pagefind> | undefined;
function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (async () => {
    const pf = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
    await pf.options({ baseUrl: base });
    await pf.init();
    // A large archive's index is split by year (scripts/search-index.ts); older years are merged in.
    const manifest = await fetch(`${base}pagefind/yaodian-shards.json`).then((r) => (r.ok ? r.json() : { shards: [] }), () => ({ shards: [] }));
    for (const path of (manifest as { shards: string[] }).shards) await pf.mergeIndex(`${base}${path}`);
    // Pagefind loads its filter index lazily and reports no counts until it has; load it now.
    await pf.filters();
    return pf;
  })();
  return pagefind;
}

/** The state the page shows, always mirrored in the URL so that a search can be shared. */
interface State {
  q: string;
  current: boolean;
  sort: '' | 'year';
  filters: Record<string, string[]>;
}

function readState(): State {
  const p = new URLSearchParams(location.search);
  return {
    q: p.get('q') ?? '',
    current: p.get('current') === '1',
    sort: p.get('sort') === 'year' ? 'year' : '',
    filters: Object.fromEntries(FILTER_KEYS.map((k) => [k, p.getAll(k)])),
  };
}

function writeState(s: State): void {
  const p = new URLSearchParams();
  if (s.q) p.set('q', s.q);
  if (s.current) p.set('current', '1');
  if (s.sort) p.set('sort', s.sort);
  for (const k of FILTER_KEYS) for (const v of s.filters[k] ?? []) p.append(k, v);
  const url = `${location.pathname}${p.size ? `?${p}` : ''}`;
  if (url !== `${location.pathname}${location.search}`) history.replaceState(null, '', url);
}

function formState(): State {
  const data = new FormData(form);
  return {
    q: String(data.get('q') ?? ''),
    current: data.get('current') === '1',
    sort: data.get('sort') === 'year' ? 'year' : '',
    filters: Object.fromEntries(FILTER_KEYS.map((k) => [k, data.getAll(k).map(String)])),
  };
}

function applyStateToForm(s: State): void {
  input.value = s.q;
  for (const box of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
    box.checked = box.name === 'current' ? s.current : (s.filters[box.name] ?? []).includes(box.value);
  }
  form.querySelector<HTMLSelectElement>('select[name="sort"]')!.value = s.sort;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

let ranked: Hit[] = [];
let pending: PagefindResult[] = [];
let terms: string[] = [];
let shown = 0;
let generation = 0;

async function loadHits(results: PagefindResult[], offset: number): Promise<Hit[]> {
  const data = await Promise.all(results.map((r) => r.data()));
  return data.map((d, i) => ({ url: d.url, meta: d.meta, text: recordText(d.content, d.meta), order: offset + i }));
}

let lastRun = '';

async function run(): Promise<void> {
  const state = formState();
  // The same query and filters again (Enter after the typing pause): nothing to do.
  const key = JSON.stringify(state);
  if (key === lastRun && root.dataset.done === state.q) return;
  lastRun = key;
  const mine = ++generation;
  delete root.dataset.done;
  writeState(state);
  const parsed = parseQuery(state.q, known);
  terms = parsed.terms;
  const filters: Record<string, unknown> = {};
  const issuers = [...new Set([...(state.filters.issuer ?? []), ...parsed.issuers])];
  const years = [...new Set([...(state.filters.year ?? []), ...parsed.years])];
  if (issuers.length) filters.issuer = { any: issuers };
  if (years.length) filters.year = { any: years };
  if (state.filters.theme?.length) filters.theme = { any: state.filters.theme };
  if (state.current) filters.status = ['现行'];
  if (!state.q.trim() && !Object.keys(filters).length) {
    list.replaceChildren();
    more.hidden = true;
    status.textContent = '';
    await updateCounts(null);
    root.dataset.done = state.q;
    return;
  }
  status.textContent = '正在搜索…';
  const pf = await loadPagefind();
  const search = await pf.search(terms.length ? terms.join(' ') : null, { filters, ...(state.sort === 'year' ? { sort: { year: 'desc' } } : {}) });
  if (mine !== generation) return;
  const first = search.results.slice(0, FIRST_LOAD);
  pending = search.results.slice(FIRST_LOAD);
  ranked = rankHits(await loadHits(first, 0), terms, state.sort === 'year');
  if (mine !== generation) return;
  shown = 0;
  list.replaceChildren();
  await updateCounts(search);
  const applied = [...parsed.years.map((y) => `${y}年`), ...parsed.issuers];
  const exact = ranked.filter((h) => isExact(h, terms)).length;
  status.textContent = search.results.length === 0
    ? `没有找到与“${state.q}”相符的内容。`
    : `找到 ${search.results.length} 处${exact < ranked.length && terms.length ? `，其中 ${exact}${pending.length ? '+' : ''} 处含全部检索词` : ''}${applied.length ? `（已按 ${applied.join('、')} 筛选）` : ''}。`;
  await showMore();
  // For tests and assistive tooling: the search for this query has finished rendering.
  if (mine === generation) root.dataset.done = state.q;
}

async function showMore(): Promise<void> {
  if (shown + PAGE > ranked.length && pending.length > 0) {
    const next = pending.splice(0, FIRST_LOAD);
    const byYear = formState().sort === 'year';
    ranked = [...ranked.slice(0, shown), ...rankHits([...ranked.slice(shown), ...(await loadHits(next, ranked.length))], terms, byYear)];
  }
  const page = ranked.slice(shown, shown + PAGE);
  shown += page.length;
  render(page);
  more.hidden = shown >= ranked.length && pending.length === 0;
}

function render(hits: Hit[]): void {
  const hl = terms.join(' ');
  for (const group of groupByEdition(hits)) {
    const meta = group.hits[0]!.meta;
    let section = list.querySelector<HTMLElement>(`section[data-edition="${CSS.escape(group.edition)}"]:last-child`);
    if (!section) {
      const id = `g-${list.children.length + 1}`;
      section = el('section', { className: 'result-group' });
      section.dataset.edition = group.edition;
      section.setAttribute('aria-labelledby', id);
      const badge = el('span', { className: `badge ${meta.current ? 'current' : 'past'}` }, meta.current ? '现行' : '往年');
      section.append(
        el('h2', { id }, el('a', { href: `${base}${meta.path}` }, meta.editionTitle ?? '')),
        el('p', { className: 'meta' }, `${meta.issuer} · ${meta.year}年 `, badge),
        el('ol', { className: 'result-items' }),
      );
      list.append(section);
    }
    const ol = section.querySelector('ol')!;
    for (const h of group.hits) {
      const href = `${base}${h.meta.path}${hl ? `?hl=${encodeURIComponent(hl)}` : ''}#${h.meta.anchor}`;
      const snip = el('p', { className: 'snippet' }, ...snippet(h.text, terms).map((p) => (p.mark ? el('mark', {}, p.text) : p.text)));
      const title = el('a', { href, className: 'result-title' }, h.meta.title ?? '');
      const li = el('li', { className: isExact(h, terms) ? 'result' : 'result related' }, title, snip);
      if (h.meta.outline) li.append(el('span', { className: 'editorial' }, '〔仅见于原文目录〕'));
      ol.append(li);
    }
  }
}

/** Filter counts: for the current search, or for everything when there is none. */
async function updateCounts(search: PagefindSearch | null): Promise<void> {
  const pf = await loadPagefind();
  const counts = search ? search.filters : await pf.filters();
  for (const box of form.querySelectorAll<HTMLInputElement>('fieldset[data-filter] input[type="checkbox"]')) {
    const count = counts[box.name]?.[box.value] ?? 0;
    const out = box.parentElement!.querySelector('.count')!;
    out.textContent = String(count);
    box.parentElement!.classList.toggle('empty', count === 0 && !box.checked);
  }
  const current = form.querySelector<HTMLElement>('.count[data-current]');
  if (current) current.textContent = String(counts.status?.['现行'] ?? 0);
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  clearTimeout(typing);
  void run();
});
form.addEventListener('change', () => void run());
let typing: number | undefined;
input.addEventListener('input', () => {
  clearTimeout(typing);
  typing = window.setTimeout(() => void run(), 150);
  // Fetch the index chunks for the words while the person is still typing.
  const terms = parseQuery(input.value, known).terms;
  if (terms.length && pagefind) void pagefind.then((pf) => pf.preload(terms.join(' '), {}));
});
more.addEventListener('click', () => void showMore());
// Arrow down from the box goes to the first result.
input.addEventListener('keydown', (event) => {
  if (event.key === 'ArrowDown') {
    list.querySelector<HTMLAnchorElement>('a.result-title')?.focus();
    event.preventDefault();
  }
});

applyStateToForm(readState());
root.classList.add('ready');
void run();
