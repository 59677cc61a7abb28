/**
 * The filters of every edition of a shard, by Pagefind's id for it, so that the search page counts the
 * editions a search found by filter itself. Pagefind can count them too, but only once its filter index is
 * loaded, and from then on every search counts every filter value before it answers (measured on 1,000
 * editions: 4 ms a search without, 10 ms with). The page instead searches without that index (until a
 * filter is ticked) and counts from this table, written beside each shard (`yaodian-filters.json`), after
 * the page of results is shown.
 */

/** The file beside each shard's `pagefind-entry.json`. */
export const FILTER_TABLE = 'yaodian-filters.json';

/**
 * A shard's table: the values of each filter, and one row an edition: its Pagefind id (`und_96cb6fc`) and,
 * filter by filter in the order of `keys`, the indexes of its values joined by `.`, all joined by spaces.
 * @example { keys: ['year', 'theme'], values: { year: ['2026'], theme: ['政治建设', '通知'] }, rows: ['und_96cb6fc 0 0.1'] }
 */
export interface FilterTable {
  keys: string[];
  values: Record<string, string[]>;
  rows: string[];
}

/** Filter counts: filter → value → editions (as Pagefind gives them). */
export type FilterCounts = Record<string, Record<string, number>>;

/** The table of a shard's editions: each edition's id and filters. */
export function filterTable(editions: readonly { id: string; filters: Record<string, readonly string[]> }[]): FilterTable {
  const keys = [...new Set(editions.flatMap((e) => Object.keys(e.filters)))].sort();
  const index = new Map(keys.map((k) => [k, new Map<string, number>()]));
  const at = (key: string, value: string) => {
    const of = index.get(key)!;
    if (!of.has(value)) of.set(value, of.size);
    return of.get(value)!;
  };
  const rows = editions.map((e) => [e.id, ...keys.map((k) => (e.filters[k] ?? []).map((v) => at(k, v)).join('.'))].join(' '));
  return { keys, values: Object.fromEntries(keys.map((k) => [k, [...index.get(k)!.keys()]])), rows };
}

/** An edition's filters as the table holds them: filter → its values. */
export type EditionFilters = Record<string, string[]>;

/**
 * The tables of several shards (those one Pagefind module searches) as one lookup by id. An id found in
 * two shards (Pagefind's ids are short hashes, unique within a shard only) maps to undefined: the page then
 * reads that edition's filters from its record.
 */
export function filterLookup(tables: readonly FilterTable[]): Map<string, EditionFilters | undefined> {
  const lookup = new Map<string, EditionFilters | undefined>();
  for (const t of tables) {
    for (const row of t.rows) {
      const [id, ...cells] = row.split(' ');
      const filters = Object.fromEntries(t.keys.map((k, i) => [k, (cells[i] ?? '').split('.').filter(Boolean).map((n) => t.values[k]![Number(n)]!)]));
      lookup.set(id!, lookup.has(id!) ? undefined : filters);
    }
  }
  return lookup;
}

/** Adds an edition's filters to counts. */
export function addCounts(counts: FilterCounts, filters: EditionFilters): void {
  for (const [key, values] of Object.entries(filters)) {
    const into = (counts[key] ??= {});
    for (const v of values) into[v] = (into[v] ?? 0) + 1;
  }
}
