/** The parts of Pagefind's browser API the search page uses, and loading it with the year shards merged in. */

export interface PagefindResult {
  id: string;
  data: () => Promise<{ url: string; content: string; meta: Record<string, string> }>;
}
/** Filter counts: filter key → value → editions. */
export type FilterCounts = Record<string, Record<string, number>>;
export interface PagefindSearch {
  results: PagefindResult[];
  filters: FilterCounts;
  unfilteredResultCount: number;
  timings?: unknown;
}
export interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  mergeIndex: (path: string, o?: Record<string, unknown>) => Promise<void>;
  filters: () => Promise<FilterCounts>;
  search: (q: string | null, o: Record<string, unknown>) => Promise<PagefindSearch>;
  preload: (q: string, o: Record<string, unknown>) => Promise<void>;
}

/** Loads Pagefind from the site's `pagefind/`, ready to search every year and to count by filters. */
export async function loadPagefind(base: string): Promise<Pagefind> {
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
}
