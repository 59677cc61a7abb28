/**
 * Runs the page's searches: asks Pagefind which editions match (one record per edition), loads the first
 * few editions' records, finds and ranks the hits inside them (src/lib/search/hits.ts, rank.ts) and has the
 * view show them. Holds what one search leaves for the next step: the editions not loaded yet, the query's
 * words, and which search is the latest (an older one that answers late is dropped).
 */
import { searchText } from '../../i18n/zh-CN/search.ts';
import { editionHits, pagefindQuery, platformSegment, queryWords } from '../../lib/search/hits.ts';
import { indexFilters, searchString, type SearchState } from '../../lib/search/page-state.ts';
import { parseQuery, type ParsedQuery } from '../../lib/search/query.ts';
import { rankHits, type Hit } from '../../lib/search/rank.ts';
import type { EditionMeta } from '../../lib/search/records.ts';
import { batchSize, EDITIONS_PER_PAGE, FIRST_EDITIONS, HITS_PER_PAGE, resultGroups, searchSummary, summaryText, type HitContext } from '../../lib/search/result-page.ts';
import { loadPagefind, type Pagefind, type PagefindResult, type PagefindSearch } from './pagefind.ts';
import type { SearchView } from './render.ts';

/** What the page knows of the site (SearchApp.astro's `data-known`): years and issuers its words can name, and the index's common words. */
export interface Known {
  years: string[];
  issuers: string[];
  common: string[];
}

export class SearchController {
  private readonly view: SearchView;
  private readonly base: string;
  private readonly known: Known;
  private readonly common: Set<string>;
  private readonly segment = platformSegment();
  private pagefind: Promise<Pagefind> | undefined;
  /** Pagefind's results for the current search (one per edition), those not loaded yet. */
  private pending: PagefindResult[] = [];
  /** Editions the current search found, and how many of them are loaded. */
  private total = 0;
  private loadedEditions = 0;
  private terms: string[] = [];
  private words: string[] = [];
  private themes: string[] = [];
  private byYear = false;
  /** Counts searches: a search whose number is no longer this one was overtaken and stops. */
  private generation = 0;
  /** The state of the search shown or under way. */
  private lastRun = '';
  private typing: number | undefined;

  constructor(view: SearchView, base: string, known: Known) {
    this.view = view;
    this.base = base;
    this.known = known;
    this.common = new Set(known.common);
  }

  private loadPagefind(): Promise<Pagefind> {
    this.pagefind ??= loadPagefind(this.base);
    return this.pagefind;
  }

  /** The form was submitted (Enter): search now, with the key's time as the start of the measures. */
  submitted(timeStamp: number): void {
    clearTimeout(this.typing);
    void this.run(timeStamp);
  }

  /** The text box changed: search when typing pauses, and fetch the index chunks for the words meanwhile. */
  typed(value: string): void {
    clearTimeout(this.typing);
    this.typing = window.setTimeout(() => void this.run(), 150);
    const terms = parseQuery(value, this.known).terms;
    if (terms.length && this.pagefind) void this.pagefind.then((pf) => pf.preload(pagefindQuery(terms, this.segment, this.common), {}));
  }

  /** Runs the search the form holds. `started` is when the person asked, for the measures. */
  async run(started = performance.now()): Promise<void> {
    const state = this.view.formState();
    const key = JSON.stringify(state);
    // The same query and filters as the search already shown or under way: nothing to do.
    if (key === this.lastRun) return;
    this.lastRun = key;
    const mine = ++this.generation;
    this.view.signal('done', undefined);
    this.view.signal('first', undefined);
    this.writeUrl(state);
    const parsed = parseQuery(state.q, this.known);
    this.terms = parsed.terms;
    this.words = queryWords(this.terms, this.segment);
    this.themes = state.filters.theme;
    this.byYear = state.sort === 'year';
    const filters = indexFilters(state, parsed);
    if (!state.q.trim() && !Object.keys(filters).length) return this.showNothing(state.q);
    return this.search(mine, state.q, parsed, filters, started);
  }

  /** Keeps the URL on the state, so that a search can be shared. */
  private writeUrl(state: SearchState): void {
    const url = `${location.pathname}${searchString(state)}`;
    if (url !== `${location.pathname}${location.search}`) history.replaceState(null, '', url);
  }

  /** No words and no filters: no results, and the filters' counts for everything. */
  private async showNothing(q: string): Promise<void> {
    this.view.clearResults();
    this.view.showMore(false);
    this.view.showStatus('');
    await this.updateCounts(null);
    this.view.signal('first', q);
    this.view.signal('done', q);
  }

  private async search(mine: number, q: string, parsed: ParsedQuery, filters: Record<string, unknown>, started: number): Promise<void> {
    this.view.showStatus(searchText.searching);
    const pf = await this.loadPagefind();
    const t0 = performance.now();
    const search = await pf.search(this.terms.length ? pagefindQuery(this.terms, this.segment, this.common) : null, { filters, ...(this.byYear ? { sort: { year: 'desc' } } : {}) });
    if (mine !== this.generation) return;
    this.pending = [...search.results];
    this.total = search.results.length;
    this.loadedEditions = 0;
    const t1 = performance.now();
    // The best two editions are shown as soon as they are loaded; the rest of the page follows. Its records
    // are asked for now too (Pagefind keeps what it loaded), so they arrive while the first results paint.
    const firstCount = batchSize(this.pending.length, FIRST_EDITIONS);
    for (const r of this.pending.slice(firstCount, EDITIONS_PER_PAGE)) void r.data().catch(() => undefined);
    const rendered = await this.loadEditions(mine, firstCount);
    const t2 = performance.now();
    if (!rendered) return;
    this.view.clearResults();
    const shownHits = this.render(rendered, HITS_PER_PAGE);
    this.view.showStatus(summaryText(searchSummary(q, this.total, parsed)));
    this.view.showMore(false);
    // For tests, tools and the benchmark: the first results of this query are on the page.
    this.view.signal('first', q);
    const t3 = performance.now();
    if (!(await this.restOfPage(mine, shownHits, search))) return;
    // Where the time went, for the benchmark and the browser's performance panel.
    performance.measure('yaodian:search-prepare', { start: started, end: t0 });
    performance.measure('yaodian:search-index', { start: t0, end: t1, detail: search.timings });
    performance.measure('yaodian:search-records', { start: t1, end: t2 });
    performance.measure('yaodian:search-render', { start: t2, end: t3 });
    performance.measure('yaodian:search-rest', { start: t3, end: performance.now() });
    // For tests and assistive tooling: the search for this query has finished rendering.
    this.view.signal('done', q);
  }

  /**
   * The other editions of the first page (their records were asked for with the first two and are usually
   * in by now; if not, the first results paint while they come), then the filters' counts and the button
   * for more. False when a newer search took over.
   */
  private async restOfPage(mine: number, shownHits: number, search: PagefindSearch): Promise<boolean> {
    if (this.loadedEditions < EDITIONS_PER_PAGE && this.pending.length > 0) {
      const rest = await this.loadEditions(mine, EDITIONS_PER_PAGE - this.loadedEditions);
      if (!rest) return false;
      this.render(rest, Math.max(0, HITS_PER_PAGE - shownHits));
    }
    if (mine !== this.generation) return false;
    await this.updateCounts(search);
    if (mine !== this.generation) return false;
    this.view.showMore(this.pending.length > 0);
    return true;
  }

  /** The 显示更多版本 button: the next editions. */
  async showMore(): Promise<void> {
    const mine = this.generation;
    this.view.moreBusy(true);
    const hits = await this.loadEditions(mine, batchSize(this.pending.length, EDITIONS_PER_PAGE));
    this.view.moreBusy(false);
    if (!hits) return;
    const first = this.view.groupCount();
    this.render(hits, HITS_PER_PAGE);
    this.view.showMore(this.pending.length > 0);
    // Keyboard users land on the first newly shown result.
    this.view.focusResult(first);
  }

  /** Loads the next editions' records and finds the hits inside them; undefined if a newer search started. */
  private async loadEditions(mine: number, count: number): Promise<Hit[] | undefined> {
    const batch = this.pending.splice(0, count);
    const data = await Promise.all(batch.map((r) => r.data()));
    if (mine !== this.generation) return undefined;
    const { terms, words, themes } = this;
    const hits = data.flatMap((d, i) => editionHits(d.meta as EditionMeta, { terms, words, themes, rank: this.loadedEditions + i }));
    this.loadedEditions += batch.length;
    return rankHits(hits, terms, this.byYear);
  }

  /** Shows a batch of ranked hits, `budget` of them at most besides each edition's best; returns how many it showed. */
  private render(ranked: Hit[], budget: number): number {
    const context: HitContext = { base: this.base, terms: this.terms, words: this.words };
    return this.view.appendGroups(resultGroups(ranked, budget, this.total === 1), context);
  }

  /** Filter counts: for the current search, or for everything when there is none. */
  private async updateCounts(search: PagefindSearch | null): Promise<void> {
    const pf = await this.loadPagefind();
    const counts = search ? search.filters : await pf.filters();
    // 现行 is the index's status value (records.ts), not a word shown here.
    this.view.showCounts(counts, counts.status?.['现行'] ?? 0);
  }
}
