import { normalise, normaliseWithMap } from './normalise.ts';

/** A query as yaodian understands it. */
export interface ParsedQuery {
  /** Phrases every result should contain, normalised (`四强党支部`, `意识形态`). */
  terms: string[];
  /** Years named in the query (`2025`), when the site has editions of that year. */
  years: string[];
  /** Issuer names matched by a word of the query (`东莞` → 东莞市直机关工委). */
  issuers: string[];
}

/** Marks that separate phrases in a query, like spaces. Quotes and brackets join instead: `“四强”党支部`. */
const SEPARATORS = /[\s,，、;；。.!！?？:：|/]+/u;

/**
 * Splits what a person typed into phrases, each normalised (full-width, half-width, quotes and
 * punctuation do not matter). A phrase that is a year the site has, or a word of an issuer's name
 * (two characters or more), becomes a filter instead of text to find.
 * @example parseQuery('2025 东莞 作风', { years: ['2025'], issuers: ['东莞市直机关工委'] })
 *   // { terms: ['作风'], years: ['2025'], issuers: ['东莞市直机关工委'] }
 */
export function parseQuery(raw: string, known: { years: string[]; issuers: string[] }): ParsedQuery {
  const terms: string[] = [];
  const years: string[] = [];
  const issuers: string[] = [];
  for (const piece of raw.split(SEPARATORS)) {
    const term = normalise(piece);
    if (!term) continue;
    const year = /^(\d{4})年?$/.exec(term)?.[1];
    if (year && known.years.includes(year)) {
      years.push(year);
      continue;
    }
    const named = term.length >= 2 ? known.issuers.filter((name) => normalise(name).includes(term)) : [];
    if (named.length > 0) {
      issuers.push(...named);
      continue;
    }
    terms.push(term);
  }
  return { terms: [...new Set(terms)], years: [...new Set(years)], issuers: [...new Set(issuers)] };
}

/** Whether a text contains every term (in normalised form). */
export function containsAll(text: string, terms: readonly string[]): boolean {
  const n = normalise(text);
  return terms.every((t) => n.includes(t));
}

/** How often the terms occur in a text (normalised), for ranking. */
export function countOccurrences(text: string, terms: readonly string[]): number {
  const n = normalise(text);
  let count = 0;
  for (const t of terms) {
    for (let at = n.indexOf(t); at >= 0; at = n.indexOf(t, at + t.length)) count++;
  }
  return count;
}

/**
 * Where the terms occur in the original text, as [start, end) ranges in UTF-16 units, sorted and merged.
 * Punctuation inside a match is included: `四强党支部` marks `四强”党支部` in `“四强”党支部`.
 */
export function matchRanges(text: string, terms: string[]): [number, number][] {
  const { text: n, map } = normaliseWithMap(text);
  const ranges: [number, number][] = [];
  for (const t of terms) {
    if (!t) continue;
    for (let at = n.indexOf(t); at >= 0; at = n.indexOf(t, at + t.length)) {
      const last = map[at + t.length - 1]!;
      const end = last + (text.codePointAt(last)! > 0xffff ? 2 : 1);
      ranges.push([map[at]!, end]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const r of ranges) {
    const prev = merged.at(-1);
    if (prev && r[0] <= prev[1]) prev[1] = Math.max(prev[1], r[1]);
    else merged.push([...r]);
  }
  return merged;
}

/**
 * A snippet of about `size` characters around the first match, split into plain and marked parts
 * so that the browser can build it with text nodes (never as HTML).
 */
export function snippet(text: string, terms: string[], size = 90): { text: string; mark: boolean }[] {
  const ranges = matchRanges(text, terms);
  const first = ranges[0]?.[0] ?? 0;
  const start = Math.max(0, Math.min(first - Math.floor(size / 3), text.length - size));
  const end = Math.min(text.length, start + size);
  const parts: { text: string; mark: boolean }[] = [];
  let at = start;
  for (const [s, e] of ranges) {
    if (e <= start || s >= end) continue;
    const from = Math.max(s, start);
    const to = Math.min(e, end);
    if (from > at) parts.push({ text: text.slice(at, from), mark: false });
    parts.push({ text: text.slice(from, to), mark: true });
    at = to;
  }
  if (at < end) parts.push({ text: text.slice(at, end), mark: false });
  if (start > 0) parts.unshift({ text: '…', mark: false });
  if (end < text.length) parts.push({ text: '…', mark: false });
  return parts;
}
