/**
 * The parts of Pagefind's browser API the search page uses, and loading the index: the newest shards as the
 * page opens, the older ones (a large archive's, see src/lib/search/phases.ts) in a second Pagefind module
 * once the first is ready. Nothing else is loaded before a query: the filters' counts for no query are in
 * the page, and the shards' filter tables (filter-table.ts) are loaded after the first results are shown.
 */
import { FILTER_TABLE, filterLookup, type EditionFilters, type FilterTable } from '../../lib/search/filter-table.ts';
import { planPhases, type PhasePlan, type ShardSize } from '../../lib/search/phases.ts';

export interface PagefindResult {
  id: string;
  score: number;
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

/** The index's phases: the first is searched for the first page, the later one after it. */
export interface IndexPhases {
  first: Promise<Pagefind>;
  /** Resolves to undefined on an archive whose shards all fit the first phase (most sites: one shard). */
  later: Promise<Pagefind | undefined>;
  /** The shards of each phase. */
  plan: Promise<PhasePlan>;
}

/** Pagefind's module in `dir` (the site's `pagefind/` or a shard's), with the `more` shards merged into it. */
async function openModule(base: string, dir: string, more: readonly string[]): Promise<Pagefind> {
  const pf = (await import(/* @vite-ignore */ `${base}${dir}pagefind.js`)) as Pagefind;
  // Pagefind's web worker costs 20–40 ms a query in messages (measured at 1,000 editions: Pagefind's own
  // search 10–30 ms, the answer 30–60 ms later); its search on the main thread takes the 10–30 ms only.
  await pf.options({ baseUrl: base, noWorker: true });
  await pf.init();
  for (const path of more) await pf.mergeIndex(`${base}${path}`);
  // Pagefind's init returns before its WebAssembly and metadata are in, and a search made before then waits
  // in steps of 50 ms: an empty search returns once they are (Pagefind answers it with no results).
  await pf.search('', {});
  return pf;
}

/** How many editions a shard holds, from its Pagefind entry file (0 if it cannot be read). */
async function shardSize(base: string, path: string): Promise<ShardSize> {
  const entry = (await fetch(`${base}${path}pagefind-entry.json`).then((r) => (r.ok ? r.json() : {}), () => ({}))) as { languages?: Record<string, { page_count?: number }> };
  const editions = Object.values(entry.languages ?? {}).reduce((n, l) => n + (l.page_count ?? 0), 0);
  return { path, editions };
}

/** Which shards each phase searches: the manifest's extra shards (none on most sites) sized and planned. */
async function phasePlan(base: string): Promise<PhasePlan> {
  const manifest = (await fetch(`${base}pagefind/yaodian-shards.json`).then((r) => (r.ok ? r.json() : {}), () => ({}))) as { shards?: string[] };
  const extra = manifest.shards ?? [];
  if (extra.length === 0) return { first: ['pagefind/'], later: [] };
  return planPhases(await Promise.all(['pagefind/', ...extra].map((path) => shardSize(base, path))));
}

/**
 * Starts loading the index now: the first phase's module (Pagefind's runtime, WebAssembly and metadata)
 * at once, alongside the manifest of shards; the later phase's once the first is ready.
 */
export function openIndex(base: string): IndexPhases {
  const plan = phasePlan(base);
  const primary = openModule(base, 'pagefind/', []);
  const first = Promise.all([primary, plan]).then(async ([pf, p]) => {
    for (const path of p.first.slice(1)) await pf.mergeIndex(`${base}${path}`);
    return pf;
  });
  const later = plan.then((p) => (p.later.length ? first.then(() => openModule(base, p.later[0]!, p.later.slice(1))) : undefined));
  return { first, later, plan };
}

/**
 * The filters of the editions of some shards, by Pagefind's id (filter-table.ts), or undefined when a
 * shard has no table (an index written before there were tables): the page then has Pagefind count.
 */
export async function loadFilterLookup(base: string, shards: readonly string[]): Promise<Map<string, EditionFilters | undefined> | undefined> {
  const tables = await Promise.all(shards.map((path) => fetch(`${base}${path}${FILTER_TABLE}`).then((r) => (r.ok ? (r.json() as Promise<FilterTable>) : undefined), () => undefined)));
  return tables.every((t) => t !== undefined) ? filterLookup(tables as FilterTable[]) : undefined;
}
