import { searchText } from '../../i18n/zh-CN.ts';
import { withSlash } from '../site/urls.ts';
import type { Head } from './common.ts';
import type { Catalog } from '../site/catalog.ts';
import { commonWords, sampleEvenly } from '../search/common-words.ts';
import { platformSegment } from '../search/hits.ts';
import { editionTokens } from '../search/keys.ts';
import { FILTER_KEYS, type FilterKey } from '../search/page-state.ts';
import { editionParts, editionThemes } from '../search/records.ts';
import { THEME_RULES } from '../search/theme.ts';

/** One group of filter boxes on the search page. */
export interface FilterGroup {
  /** The URL parameter and the index's filter key. */
  key: FilterKey;
  /** The group's name, shown as its legend. */
  label: string;
  /** The values to tick, as the index stores them. */
  values: string[];
  /** How many editions of the whole site have each value (the counts shown before a search). */
  editions: number[];
}

/** What the search page (SearchApp.astro) shows and gives its script. */
export interface SearchRouteData {
  head: Head;
  heading: string;
  /** The site's base path with its closing slash, for the script's requests. */
  base: string;
  /** Issuers by their short names, in the catalog's order. */
  issuers: string[];
  /** Years with editions, newest first. */
  years: string[];
  /** Section themes: the rules' themes, then the parts that are no section's (records.ts `editionParts`). */
  themes: string[];
  groups: FilterGroup[];
  /** Current editions: the count of the 仅看现行 switch before a search. */
  currentEditions: number;
  /** The tokens in at least half the editions, joined by spaces, for the script (`data-common`). */
  common: string;
}

/** How many editions the common words are counted over, so that the build does not slow with the archive. */
const COMMON_WORDS_SAMPLE = 300;

/**
 * The search page's data from the catalog: the filters with the whole site's counts (the page shows them
 * before a search without loading anything), and the common tokens: those in at least half the editions
 * (of an even sample of 300), which the page leaves out of its index queries (common-words.ts).
 */
export function searchRoute(catalog: Catalog, base: string): SearchRouteData {
  const issuers = catalog.shelves.map((s) => s.issuer.shortName ?? s.issuer.name);
  const years = catalog.years.map(String);
  const themes = [...THEME_RULES.map((r) => r.theme), '总体要求', '通知', '其他'];
  const values: Record<FilterKey, string[]> = { issuer: issuers, year: years, theme: themes };
  const editions = catalog.shelves.flatMap((s) => s.editions);
  const counts: Record<FilterKey, Map<string, number>> = {
    issuer: new Map(catalog.shelves.map((s) => [s.issuer.shortName ?? s.issuer.name, s.editions.length])),
    year: new Map(years.map((y) => [y, editions.filter((e) => String(e.year) === y).length])),
    theme: new Map(),
  };
  for (const e of editions) for (const t of editionThemes(e)) counts.theme.set(t, (counts.theme.get(t) ?? 0) + 1);
  const groups = FILTER_KEYS.map((key) => ({ key, label: searchText.filterLabels[key], values: values[key], editions: values[key].map((v) => counts[key].get(v) ?? 0) }));
  const segment = platformSegment();
  const sample = sampleEvenly(editions, COMMON_WORDS_SAMPLE);
  const common = commonWords(sample.map((e) => editionTokens(editionParts(e).map((p) => p.text).join('\n'), segment).keys()));
  return {
    head: { title: searchText.title, description: searchText.description },
    heading: searchText.title,
    base: withSlash(base),
    issuers,
    years,
    themes,
    groups,
    currentEditions: editions.filter((e) => catalog.isCurrent(e)).length,
    common: common.join(' '),
  };
}
