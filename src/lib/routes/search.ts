import { searchText } from '../../i18n/zh-CN.ts';
import { withSlash } from '../site/urls.ts';
import type { Head } from './common.ts';
import type { Catalog } from '../site/catalog.ts';
import { commonWords, sampleEvenly } from '../search/common-words.ts';
import { platformSegment } from '../search/hits.ts';
import { FILTER_KEYS, type FilterKey } from '../search/page-state.ts';
import { editionParts } from '../search/records.ts';
import { THEME_RULES } from '../search/theme.ts';

/** One group of filter boxes on the search page. */
export interface FilterGroup {
  /** The URL parameter and the index's filter key. */
  key: FilterKey;
  /** The group's name, shown as its legend. */
  label: string;
  /** The values to tick, as the index stores them. */
  values: string[];
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
  /** JSON for the script (`data-known`): the years and issuers a query's words can name, and the common words. */
  known: string;
}

/** How many editions the common words are counted over, so that the build does not slow with the archive. */
const COMMON_WORDS_SAMPLE = 300;

/**
 * The search page's data from the catalog. Its common words are those in at least half the editions (of
 * an even sample of 300): the page leaves them out of its index queries (common-words.ts).
 */
export function searchRoute(catalog: Catalog, base: string): SearchRouteData {
  const issuers = catalog.shelves.map((s) => s.issuer.shortName ?? s.issuer.name);
  const years = catalog.years.map(String);
  const themes = [...THEME_RULES.map((r) => r.theme), '总体要求', '通知', '其他'];
  const values: Record<FilterKey, string[]> = { issuer: issuers, year: years, theme: themes };
  const groups = FILTER_KEYS.map((key) => ({ key, label: searchText.filterLabels[key], values: values[key] }));
  const sample = sampleEvenly(catalog.shelves.flatMap((s) => s.editions), COMMON_WORDS_SAMPLE);
  const common = commonWords(sample.map((e) => editionParts(e).map((p) => p.text).join('\n')), platformSegment());
  return { head: { title: searchText.title, description: searchText.description }, heading: searchText.title, base: withSlash(base), issuers, years, themes, groups, known: JSON.stringify({ years, issuers, common }) };
}
