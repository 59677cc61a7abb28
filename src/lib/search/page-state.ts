import type { ParsedQuery } from './query.ts';

/** The filters a reader can tick on the search page, in the order the URL and the page list them. */
export const FILTER_KEYS = ['issuer', 'year', 'theme'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

/** What the search page shows: always mirrored in the URL, so that a search can be shared. */
export interface SearchState {
  /** The text typed, as typed (parsed by `parseQuery` when searching). */
  q: string;
  /** Only the current edition of each issuer. */
  current: boolean;
  /** `''` by relevance, `year` newest first. */
  sort: '' | 'year';
  /** The ticked values of each filter, in the order given. */
  filters: Record<FilterKey, string[]>;
}

/** What both a URL's parameters and a form's data offer: `URLSearchParams` and `FormData` fit. */
export interface ParamSource {
  get(name: string): unknown;
  getAll(name: string): unknown[];
}

/**
 * The state from a URL's parameters or the form's data (both have the same names). Unknown values fall
 * back to the defaults: any sort but `year` is by relevance, any `current` but `1` is off.
 * @example readState(new URLSearchParams('q=作风&year=2025&year=2024&sort=x'))
 *   // { q: '作风', current: false, sort: '', filters: { issuer: [], year: ['2025', '2024'], theme: [] } }
 */
export function readState(source: ParamSource): SearchState {
  const q = source.get('q');
  return {
    q: q == null ? '' : String(q),
    current: source.get('current') === '1',
    sort: source.get('sort') === 'year' ? 'year' : '',
    filters: Object.fromEntries(FILTER_KEYS.map((k) => [k, source.getAll(k).map(String)])) as Record<FilterKey, string[]>,
  };
}

/** The state of a URL's query string (`?q=…`, with or without the `?`). */
export function parseSearch(search: string): SearchState {
  return readState(new URLSearchParams(search));
}

/**
 * The query string for a state, `?` included, or `''` for the empty search: only what differs from the
 * defaults, always in the same order (q, current, sort, then the filters), so one search has one URL.
 */
export function searchString(state: SearchState): string {
  const p = new URLSearchParams();
  if (state.q) p.set('q', state.q);
  if (state.current) p.set('current', '1');
  if (state.sort) p.set('sort', state.sort);
  for (const k of FILTER_KEYS) for (const v of state.filters[k] ?? []) p.append(k, v);
  return p.size ? `?${p}` : '';
}

/**
 * The index's filters for a search: the ticked ones joined with the years and issuers the query's words
 * named, and 现行 (the index's status value, records.ts) for current only. Empty when nothing filters.
 */
export function indexFilters(state: SearchState, parsed: Pick<ParsedQuery, 'years' | 'issuers'>): Record<string, unknown> {
  const filters: Record<string, unknown> = {};
  const issuers = [...new Set([...state.filters.issuer, ...parsed.issuers])];
  const years = [...new Set([...state.filters.year, ...parsed.years])];
  if (issuers.length) filters.issuer = { any: issuers };
  if (years.length) filters.year = { any: years };
  if (state.filters.theme.length) filters.theme = { any: state.filters.theme };
  if (state.current) filters.status = ['现行'];
  return filters;
}
