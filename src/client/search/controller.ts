/**
 * Runs the page's searches: asks the index which editions match (one record per edition, found by the keys
 * of the query's tokens, src/lib/search/keys.ts), loads the first few editions' records, finds and ranks
 * the hits inside them (src/lib/search/hits.ts, rank.ts) and has the view show them; then, with the page
 * shown, searches a large archive's older shards and counts by filter. Holds what one search leaves for the
 * next step: the editions not loaded yet, the query's words, and which search is the latest (an older one
 * that answers late is dropped).
 */
import { searchText } from '../../i18n/zh-CN/search.ts';
import { editionHits, platformSegment, queryWords } from '../../lib/search/hits.ts';
import { addCounts, type EditionFilters } from '../../lib/search/filter-table.ts';
import { indexQuery } from '../../lib/search/keys.ts';
import { indexFilters, searchString, type SearchState } from '../../lib/search/page-state.ts';
import { mergeCounts, mergeResults } from '../../lib/search/phases.ts';
import { parseQuery, type ParsedQuery } from '../../lib/search/query.ts';
import { rankHits, type Hit } from '../../lib/search/rank.ts';
import type { EditionMeta } from '../../lib/search/records.ts';
import { batchSize, EDITIONS_PER_PAGE, FIRST_EDITIONS, HITS_PER_PAGE, resultGroups, searchSummary, summaryText, type HitContext } from '../../lib/search/result-page.ts';
import { loadFilterLookup, openIndex, type FilterCounts, type IndexPhases, type Pagefind, type PagefindResult, type PagefindSearch } from './pagefind.ts';
import type { SearchView } from './render.ts';

/** What the page knows of the site: years and issuers its words can name (from the filters), and the index's common tokens. */
export interface Known {
  years: string[];
  issuers: string[];
  common: string[];
}

/** An edition the index found, with the phase that found it (0: the newest shards). */
interface Found {
  result: PagefindResult;
  score: number;
  phase: number;
}

/** Resolves once the browser has painted what the page shows now. */
function afterPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
}

/** After this long without results, the status line says 正在搜索…. */
const SLOW_MS = 150;

/** A phase searched: its Pagefind module and what it found. */
type Searched = [Pagefind, PagefindSearch];

/** One index search: what to ask and how. */
interface Query {
  keys: string | null;
  options: Record<string, unknown>;
}

export class SearchController {
  private readonly view: SearchView;
  private readonly base: string;
  private readonly known: Known;
  private readonly common: Set<string>;
  private readonly segment = platformSegment();
  private readonly index: IndexPhases;
  /** The archive has older shards, searched after the first page (known once they are loaded). */
  private hasLater = false;
  /** The filter tables of each phase's shards, once asked for (see `counts`). */
  private readonly lookups: Promise<Map<string, EditionFilters | undefined> | undefined>[] = [];
  /** The editions the current search found that are not loaded yet. */
  private pending: Found[] = [];
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
  /** Shows 正在搜索… when a search is slow (see `search`). */
  private slow: number | undefined;

  constructor(view: SearchView, base: string, known: Known) {
    this.view = view;
    this.base = base;
    this.known = known;
    this.common = new Set(known.common);
    // The index starts loading with the page, so that it is ready by the time a query is typed.
    this.index = openIndex(base);
    this.index.later.then((pf) => (this.hasLater = Boolean(pf)), () => undefined);
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
    if (terms.length) void this.index.first.then((pf) => pf.preload(indexQuery(terms, this.segment, this.common), {})).catch(() => undefined);
  }

  /** Runs the search the form holds. `started` is when the person asked, for the measures. */
  async run(started = performance.now()): Promise<void> {
    const state = this.view.formState();
    const key = JSON.stringify(state);
    // The same query and filters as the search already shown or under way: nothing to do.
    if (key === this.lastRun) return;
    this.lastRun = key;
    const mine = ++this.generation;
    for (const signal of ['first', 'done', 'complete'] as const) this.view.signal(signal, undefined);
    clearTimeout(this.slow);
    const parsed = parseQuery(state.q, this.known);
    this.terms = parsed.terms;
    this.words = queryWords(this.terms, this.segment);
    this.themes = state.filters.theme;
    this.byYear = state.sort === 'year';
    const filters = indexFilters(state, parsed);
    if (!state.q.trim() && !Object.keys(filters).length) return this.showNothing(state);
    const query: Query = { keys: this.terms.length ? indexQuery(this.terms, this.segment, this.common) : null, options: { filters, ...(this.byYear ? { sort: { year: 'desc' } } : {}) } };
    return this.search(mine, state, parsed, query, started);
  }

  /** Keeps the URL on the state, so that a search can be shared. */
  private writeUrl(state: SearchState): void {
    const url = `${location.pathname}${searchString(state)}`;
    if (url !== `${location.pathname}${location.search}`) history.replaceState(null, '', url);
  }

  /** No words and no filters: no results, and the filters' counts of the whole site (in the page). */
  private showNothing(state: SearchState): void {
    this.writeUrl(state);
    this.view.clearResults();
    this.view.showMore(false);
    this.view.showStatus('');
    this.view.showSiteCounts();
    for (const signal of ['first', 'done', 'complete'] as const) this.view.signal(signal, state.q);
  }

  private async search(mine: number, state: SearchState, parsed: ParsedQuery, query: Query, started: number): Promise<void> {
    const q = state.q;
    // 正在搜索… only when the answer is slow to come: each change on the page costs a frame, and the page
    // of results usually comes first.
    this.slow = window.setTimeout(() => this.view.showStatus(searchText.searching), SLOW_MS);
    const first = await this.index.first;
    const t0 = performance.now();
    const found = await first.search(query.keys, query.options);
    if (mine !== this.generation) return;
    this.pending = found.results.map((result) => ({ result, score: result.score, phase: 0 }));
    this.total = found.results.length;
    this.loadedEditions = 0;
    const searched: Searched[] = [[first, found]];
    // Too few editions in the newest years for a page: the older ones are searched before it is shown.
    const laterFirst = this.pending.length < EDITIONS_PER_PAGE;
    if (laterFirst) {
      const later = await this.searchLater(mine, query);
      if (mine !== this.generation) return;
      if (later) searched.push(later);
    }
    const t1 = performance.now();
    // The best two editions are shown as soon as they are loaded; the rest of the page follows. Its records
    // are asked for now too (Pagefind keeps what it loaded), so they arrive while the first results paint.
    const firstCount = batchSize(this.pending.length, FIRST_EDITIONS);
    for (const f of this.pending.slice(firstCount, EDITIONS_PER_PAGE)) void f.result.data().catch(() => undefined);
    const rendered = await this.loadEditions(mine, firstCount);
    const t2 = performance.now();
    if (!rendered) return;
    clearTimeout(this.slow);
    this.view.clearResults();
    const shownHits = this.render(rendered, HITS_PER_PAGE);
    this.view.showStatus(summaryText(searchSummary(q, this.total, parsed, !laterFirst && this.hasLater)));
    this.view.showMore(false);
    // For tests, tools and the benchmark: the first results of this query are on the page.
    this.view.signal('first', q);
    const t3 = performance.now();
    if (this.loadedEditions < EDITIONS_PER_PAGE && this.pending.length > 0) {
      const rest = await this.loadEditions(mine, EDITIONS_PER_PAGE - this.loadedEditions);
      if (!rest) return;
      this.render(rest, Math.max(0, HITS_PER_PAGE - shownHits));
    }
    this.view.showMore(this.pending.length > 0);
    const t4 = performance.now();
    // For tests and assistive tooling: the page of results for this query is shown.
    this.view.signal('done', q);
    // What follows can wait until the page of results is painted: the URL (it changes nothing shown, and
    // Chromium takes a few ms over it), a large archive's older shards, and the counts by filter (their
    // changes would be laid out in the same frame as the results).
    await afterPaint();
    if (mine !== this.generation) return;
    this.writeUrl(state);
    if (!laterFirst) {
      const later = await this.searchLater(mine, query);
      if (mine !== this.generation) return;
      if (later) searched.push(later);
      this.view.showStatus(summaryText(searchSummary(q, this.total, parsed)));
      this.view.showMore(this.pending.length > 0);
    }
    const t5 = performance.now();
    const counts = await this.counts(searched, query);
    if (mine !== this.generation) return;
    this.view.showCounts(counts, counts.status?.['现行'] ?? 0);
    // Where the time went, for the benchmark and the browser's performance panel.
    performance.measure('yaodian:search-prepare', { start: started, end: t0 });
    performance.measure('yaodian:search-index', { start: t0, end: t1, detail: found.timings });
    performance.measure('yaodian:search-records', { start: t1, end: t2 });
    performance.measure('yaodian:search-render', { start: t2, end: t3 });
    performance.measure('yaodian:search-rest', { start: t3, end: t4 });
    performance.measure('yaodian:search-later', { start: t4, end: t5 });
    performance.measure('yaodian:search-counts', { start: t5, end: performance.now() });
    // For tests and the benchmark: every edition is found, counted, and the button for more is set.
    this.view.signal('complete', q);
  }

  /**
   * The later phase's search (a large archive's older shards), its editions merged into those waiting:
   * undefined when there is none, or a newer search took over.
   */
  private async searchLater(mine: number, query: Query): Promise<Searched | undefined> {
    let pf: Pagefind | undefined;
    let found: PagefindSearch;
    try {
      pf = await this.index.later;
      if (!pf || mine !== this.generation) return undefined;
      found = await pf.search(query.keys, query.options);
    } catch (error) {
      // Older shards that fail to load leave the newest ones searchable.
      console.error('search: the older shards could not be searched', error);
      return undefined;
    }
    if (mine !== this.generation) return undefined;
    this.pending = mergeResults(this.pending, found.results.map((result) => ({ result, score: result.score, phase: 1 })), this.byYear);
    this.total += found.results.length;
    return [pf, found];
  }

  /**
   * The filters' counts of a search, added up over its phases: each edition found counted by its filters in
   * its shard's table (filter-table.ts; an id found in two shards by its record's filters). Without tables
   * (an older index), Pagefind counts: its filter index is loaded and the search made again.
   */
  private async counts(searched: readonly Searched[], query: Query): Promise<FilterCounts> {
    const plan = await this.index.plan;
    const each = await Promise.all(
      searched.map(async ([pf, found], phase) => {
        this.lookups[phase] ??= loadFilterLookup(this.base, phase === 0 ? plan.first : plan.later);
        const lookup = await this.lookups[phase];
        if (!lookup) {
          await pf.filters();
          return (await pf.search(query.keys, query.options)).filters;
        }
        const counts: FilterCounts = {};
        for (const r of found.results) {
          const filters = lookup.has(r.id) ? (lookup.get(r.id) ?? ((await r.data()) as unknown as { filters: EditionFilters }).filters) : undefined;
          if (filters) addCounts(counts, filters);
        }
        return counts;
      }),
    );
    return mergeCounts(each);
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
    const data = await Promise.all(batch.map((f) => f.result.data()));
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
}
