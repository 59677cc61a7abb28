/**
 * The search page in the browser: reads the query and filters from the URL, asks Pagefind which editions
 * match (one record per edition), finds and ranks the hits inside the first few (src/lib/search/hits.ts,
 * rank.ts), and renders them grouped by edition, with text nodes only.
 */
import { parseQuery, snippet } from '../../lib/search/query.ts';
import { editionHits, pagefindQuery, platformSegment, queryWords } from '../../lib/search/hits.ts';
import { groupByEdition, isExact, rankHits, type Hit } from '../../lib/search/rank.ts';
import type { EditionMeta } from '../../lib/search/records.ts';

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
/**
 * Editions shown per page: their records (about 10 KB each) are loaded together, and the hits inside them
 * found and ranked here. Five keeps the first search under 150 KB on a large archive.
 */
const EDITIONS_PER_PAGE = 5;
/** Editions shown first, as soon as their records are in; the rest of the page follows them. */
const FIRST_EDITIONS = 2;
/** Hits shown at once on a page of editions (with at least each edition's best); the others wait behind a button. */
const HITS_PER_PAGE = 10;

const root = document.querySelector<HTMLElement>('[data-search-app]')!;
const base = root.dataset.base!;
const known = JSON.parse(root.dataset.known!) as { years: string[]; issuers: string[]; common: string[] };
const common = new Set(known.common);
const form = root.querySelector<HTMLFormElement>('form.search-form')!;
const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
const status = root.querySelector<HTMLElement>('.search-status')!;
const list = root.querySelector<HTMLElement>('.search-results')!;
const more = root.querySelector<HTMLButtonElement>('.search-more')!;

let pagefind: Promise<Pagefind> | undefined;
function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (async () => {
    const pf = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
    // Pagefind's web worker costs 20–40 ms a query in messages (measured at 1,000 editions: Pagefind's own
    // search 10–30 ms, the answer 30–60 ms later); its search on the main thread takes the 10–30 ms only.
    await pf.options({ baseUrl: base, noWorker: true });
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

/** Pagefind's results for the current search (one per edition), those not loaded yet. */
let pending: PagefindResult[] = [];
let terms: string[] = [];
let words: string[] = [];
let themes: string[] = [];
let total = 0;
let loadedEditions = 0;
let generation = 0;
let lastRun = '';
const segment = platformSegment();

async function run(started = performance.now()): Promise<void> {
  const state = formState();
  const key = JSON.stringify(state);
  // The same query and filters as the search already shown or under way: nothing to do.
  if (key === lastRun) return;
  lastRun = key;
  const mine = ++generation;
  delete root.dataset.done;
  delete root.dataset.first;
  writeState(state);
  const parsed = parseQuery(state.q, known);
  terms = parsed.terms;
  words = queryWords(terms, segment);
  themes = state.filters.theme ?? [];
  const filters: Record<string, unknown> = {};
  const issuers = [...new Set([...(state.filters.issuer ?? []), ...parsed.issuers])];
  const years = [...new Set([...(state.filters.year ?? []), ...parsed.years])];
  if (issuers.length) filters.issuer = { any: issuers };
  if (years.length) filters.year = { any: years };
  if (themes.length) filters.theme = { any: themes };
  if (state.current) filters.status = ['现行'];
  if (!state.q.trim() && !Object.keys(filters).length) {
    list.replaceChildren();
    more.hidden = true;
    status.textContent = '';
    await updateCounts(null);
    root.dataset.first = state.q;
    root.dataset.done = state.q;
    return;
  }
  status.textContent = '正在搜索…';
  const pf = await loadPagefind();
  const t0 = performance.now();
  const search = await pf.search(terms.length ? pagefindQuery(terms, segment, common) : null, { filters, ...(state.sort === 'year' ? { sort: { year: 'desc' } } : {}) });
  if (mine !== generation) return;
  pending = [...search.results];
  total = search.results.length;
  loadedEditions = 0;
  const t1 = performance.now();
  // The best two editions are shown as soon as they are loaded; the rest of the page follows. Its records
  // are asked for now too (Pagefind keeps what it loaded), so they arrive while the first results paint.
  const firstCount = batchSize(FIRST_EDITIONS);
  for (const r of pending.slice(firstCount, EDITIONS_PER_PAGE)) void r.data().catch(() => undefined);
  const rendered = await loadEditions(mine, firstCount);
  const t2 = performance.now();
  if (!rendered) return;
  list.replaceChildren();
  let shownHits = render(rendered, HITS_PER_PAGE);
  const applied = [...parsed.years.map((y) => `${y}年`), ...parsed.issuers];
  status.textContent = total === 0
    ? `没有找到与“${state.q}”相符的内容。`
    : `在 ${total} 个版本中找到${terms.length ? '相关内容' : '所选内容'}${applied.length ? `（已按 ${applied.join('、')} 筛选）` : ''}。`;
  more.hidden = true;
  // For tests, tools and the benchmark: the first results of this query are on the page.
  root.dataset.first = state.q;
  const t3 = performance.now();
  // The other three editions' records were asked for with the first two and are usually in by now; if
  // not, the first results paint while they come.
  if (loadedEditions < EDITIONS_PER_PAGE && pending.length > 0) {
    const rest = await loadEditions(mine, EDITIONS_PER_PAGE - loadedEditions);
    if (!rest) return;
    shownHits += render(rest, Math.max(0, HITS_PER_PAGE - shownHits));
  }
  if (mine !== generation) return;
  await updateCounts(search);
  if (mine !== generation) return;
  more.hidden = pending.length === 0;
  // Where the time went, for the benchmark and the browser's performance panel.
  performance.measure('yaodian:search-prepare', { start: started, end: t0 });
  performance.measure('yaodian:search-index', { start: t0, end: t1, detail: (search as { timings?: unknown }).timings });
  performance.measure('yaodian:search-records', { start: t1, end: t2 });
  performance.measure('yaodian:search-render', { start: t2, end: t3 });
  performance.measure('yaodian:search-rest', { start: t3, end: performance.now() });
  // For tests and assistive tooling: the search for this query has finished rendering.
  root.dataset.done = state.q;
}

/** How many editions to load next: `wanted`, or all that are left when they are few (up to 8), so a page never leaves a short remainder behind a button. */
function batchSize(wanted: number): number {
  return pending.length <= EDITIONS_PER_PAGE + 3 ? pending.length : wanted;
}

/** Loads the next editions' records and finds the hits inside them; undefined if a newer search started. */
async function loadEditions(mine: number, count: number): Promise<Hit[] | undefined> {
  const batch = pending.splice(0, count);
  const data = await Promise.all(batch.map((r) => r.data()));
  if (mine !== generation) return undefined;
  const hits = data.flatMap((d, i) => editionHits(d.meta as EditionMeta, { terms, words, themes, rank: loadedEditions + i }));
  loadedEditions += batch.length;
  return rankHits(hits, terms, formState().sort === 'year');
}

async function showMore(): Promise<void> {
  const mine = generation;
  more.disabled = true;
  const hits = await loadEditions(mine, batchSize(EDITIONS_PER_PAGE));
  more.disabled = false;
  if (!hits) return;
  const first = list.children.length;
  render(hits, HITS_PER_PAGE);
  more.hidden = pending.length === 0;
  // Keyboard users land on the first newly shown result.
  list.children[first]?.querySelector<HTMLAnchorElement>('a.result-title')?.focus();
}

function hitItem(h: Hit, hl: string): HTMLLIElement {
  const anchor = h.meta.anchor ? `#${h.meta.anchor}` : '';
  const href = `${base}${h.meta.path}${hl ? `?hl=${encodeURIComponent(hl)}` : ''}${anchor}`;
  const exact = isExact(h, terms);
  const snip = el('p', { className: 'snippet' }, ...snippet(h.text, exact ? terms : words).map((p) => (p.mark ? el('mark', {}, p.text) : p.text)));
  const title = el('a', { href, className: 'result-title' }, h.meta.title ?? '');
  const li = el('li', { className: exact ? 'result' : 'result related' }, title, snip);
  if (h.meta.outline) li.append(el('span', { className: 'editorial' }, '〔仅见于原文目录〕'));
  return li;
}

/**
 * Renders a batch of ranked hits grouped by edition: the best `budget` hits are shown, and every edition's
 * best hit; the rest of an edition's hits wait behind its button. One edition alone shows all its hits.
 * Returns how many hits it showed.
 */
function render(ranked: Hit[], budget: number): number {
  const hl = terms.join(' ');
  const top = new Set(total === 1 ? ranked : ranked.slice(0, budget));
  let count = 0;
  for (const group of groupByEdition(ranked)) {
    const meta = group.hits[0]!.meta;
    const id = `g-${list.children.length + 1}`;
    const section = el('section', { className: 'result-group' });
    section.dataset.edition = group.edition;
    section.setAttribute('aria-labelledby', id);
    const badge = el('span', { className: `badge ${meta.current ? 'current' : 'past'}` }, meta.current ? '现行' : '往年');
    const isShown = (h: Hit, i: number) => i === 0 || top.has(h);
    const shown = group.hits.filter(isShown);
    const rest = group.hits.filter((h, i) => !isShown(h, i));
    count += shown.length;
    const ol = el('ol', { className: 'result-items' }, ...shown.map((h) => hitItem(h, hl)));
    section.append(el('h2', { id }, el('a', { href: `${base}${meta.path}` }, meta.editionTitle ?? '')), el('p', { className: 'meta' }, `${meta.issuer} · ${meta.year}年 `, badge), ol);
    if (rest.length > 0) {
      const button = el('button', { type: 'button', className: 'group-more' }, `本版本另有 ${rest.length} 处`);
      button.setAttribute('aria-label', `${meta.editionTitle}：另有 ${rest.length} 处，显示全部`);
      button.addEventListener('click', () => {
        const items = rest.map((h) => hitItem(h, hl));
        ol.append(...items);
        button.remove();
        items[0]?.querySelector('a')?.focus();
      });
      section.append(button);
    }
    list.append(section);
  }
  return count;
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
  void run(event.timeStamp);
});
// Filters and sort run the search at once. The text box fires change too (on Enter, just before the form's
// submit): that one is left to submit, or the query would be searched twice (measured: 20–30 ms lost).
form.addEventListener('change', (event) => {
  if (event.target !== input) void run();
});
let typing: number | undefined;
input.addEventListener('input', () => {
  clearTimeout(typing);
  typing = window.setTimeout(() => void run(), 150);
  // Fetch the index chunks for the words while the person is still typing.
  const terms = parseQuery(input.value, known).terms;
  if (terms.length && pagefind) void pagefind.then((pf) => pf.preload(pagefindQuery(terms, segment, common), {}));
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
