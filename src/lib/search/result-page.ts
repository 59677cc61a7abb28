/**
 * What the search page shows of ranked hits, as data: how many editions it loads at a time, which hits are
 * shown and which wait behind an edition's button, each hit's link and snippet, and the status line. The
 * browser's renderer (src/client/search/render.ts) only turns these into elements.
 */
import { searchText } from '../../i18n/zh-CN/search.ts';
import type { ParsedQuery } from './query.ts';
import { snippet } from './query.ts';
import { groupByEdition, isExact, type Hit } from './rank.ts';

/**
 * Editions shown per page: their records (about 10 KB each) are loaded together, and the hits inside them
 * found and ranked in the browser. Five keeps the first search under 150 KB on a large archive.
 */
export const EDITIONS_PER_PAGE = 5;
/** Editions shown first, as soon as their records are in; the rest of the page follows them. */
export const FIRST_EDITIONS = 2;
/** Hits shown at once on a page of editions (with at least each edition's best); the others wait behind a button. */
export const HITS_PER_PAGE = 10;

/**
 * How many editions to load next, of `pending` not loaded yet: `wanted`, or all that are left when they
 * are few (up to 8), so a page never leaves a short remainder behind a button.
 * @example batchSize(20, 2) // 2
 * @example batchSize(7, 2) // 7
 */
export function batchSize(pending: number, wanted: number): number {
  return pending <= EDITIONS_PER_PAGE + 3 ? pending : wanted;
}

/** An edition's hits on the page: those shown at once, and those behind its 另有 N 处 button. */
export interface ResultGroup {
  edition: string;
  shown: Hit[];
  rest: Hit[];
}

/**
 * Splits a batch of ranked hits by edition: the best `budget` hits are shown, and every edition's best
 * hit; the rest of an edition's hits wait behind its button. With `alone` (the search found one edition)
 * all its hits are shown.
 */
export function resultGroups(ranked: Hit[], budget: number, alone: boolean): ResultGroup[] {
  const top = new Set(alone ? ranked : ranked.slice(0, budget));
  const isShown = (h: Hit, i: number) => i === 0 || top.has(h);
  return groupByEdition(ranked).map((g) => ({
    edition: g.edition,
    shown: g.hits.filter(isShown),
    rest: g.hits.filter((h, i) => !isShown(h, i)),
  }));
}

/** The words of the search a hit is shown for. */
export interface HitContext {
  /** The site's base path, ending in `/`. */
  base: string;
  /** The query's phrases, normalised. */
  terms: string[];
  /** Their words (hits.ts `queryWords`), marked in related hits. */
  words: string[];
}

/** One hit as the page shows it. */
export interface HitView {
  /** The item on its edition page, with the phrases to highlight there (`?hl=`). */
  href: string;
  title: string;
  /** Has the words of the phrases but not a phrase whole. */
  related: boolean;
  /** The text around the first match, the matches marked. */
  snippet: { text: string; mark: boolean }[];
  /** The editorial note for a part known only from the source's outline, if it is one. */
  note: string;
}

/** The link, title, snippet and notes of one hit. */
export function hitView(h: Hit, { base, terms, words }: HitContext): HitView {
  const hl = terms.join(' ');
  const anchor = h.meta.anchor ? `#${h.meta.anchor}` : '';
  const exact = isExact(h, terms);
  return {
    href: `${base}${h.meta.path}${hl ? `?hl=${encodeURIComponent(hl)}` : ''}${anchor}`,
    title: h.meta.title ?? '',
    related: !exact,
    snippet: snippet(h.text, exact ? terms : words),
    note: h.meta.outline ? searchText.outlineOnly : '',
  };
}

/** An edition's heading on the page and its button's words. */
export interface GroupView {
  edition: string;
  href: string;
  title: string;
  /** `开平市直机关工委 · 2026年`. */
  byline: string;
  current: boolean;
  badge: string;
  /** The button's text and accessible name, when hits wait behind it. */
  more: { text: string; label: string } | undefined;
}

/** The heading, byline, badge and button words of an edition's group. */
export function groupView(group: ResultGroup, base: string): GroupView {
  const meta = group.shown[0]!.meta;
  const current = Boolean(meta.current);
  const title = meta.editionTitle ?? '';
  const n = group.rest.length;
  return {
    edition: group.edition,
    href: `${base}${meta.path}`,
    title,
    byline: searchText.byline(meta.issuer ?? '', meta.year ?? ''),
    current,
    badge: current ? searchText.current : searchText.past,
    more: n > 0 ? { text: searchText.groupMore(n), label: searchText.groupMoreLabel(title, n) } : undefined,
  };
}

/** What the status line says about a search that finished. */
export interface SearchSummary {
  query: string;
  /** Editions the index found. */
  editions: number;
  /** The query had words to find, not only filters. */
  byWords: boolean;
  /** The filters the query's words set: its years (`2025年`), then its issuers. */
  applied: string[];
  /** A large archive's older years are still being searched: the count is of the newest ones so far. */
  older: boolean;
}

/** The status line's parts for a search of `query` that found `editions` editions (so far, with `older`). */
export function searchSummary(query: string, editions: number, parsed: ParsedQuery, older = false): SearchSummary {
  return { query, editions, byWords: parsed.terms.length > 0, applied: [...parsed.years.map(searchText.yearFilter), ...parsed.issuers], older };
}

/** The status line: nothing found, or how many editions and by which filters (and that older ones are coming). */
export function summaryText(s: SearchSummary): string {
  const found = s.editions === 0 ? searchText.notFound(s.query) : searchText.found(s.editions, s.byWords, s.applied);
  return s.older ? `${found}${searchText.searchingOlder}` : found;
}
