import type { Edition } from '../edition/model.ts';
import { editionText } from '../edition/plain-text.ts';

/** A programme or term with the editions of a year that name it. */
export interface YearTerm {
  key: string;
  /** Edition ids naming it. */
  editions: string[];
}

/** What appears and disappears across the whole site from one year to the next. */
export interface YearChanges {
  year: number;
  previous: number;
  programmes: { appeared: YearTerm[]; disappeared: YearTerm[]; continued: { key: string; before: number; now: number }[] };
  terms: { appeared: YearTerm[]; disappeared: YearTerm[] };
}

/** Quoted names in a text: `“十五五”`, `“四强”` — the way 要点 mark a term of art (2 to 12 characters). */
export function quotedTerms(text: string): string[] {
  return [...text.matchAll(/“([^“”\n]{2,12})”/gu)].map((m) => m[1]!);
}

function collect(editions: readonly Edition[], keysOf: (e: Edition) => Iterable<string>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const e of editions) for (const k of new Set(keysOf(e))) out.set(k, [...(out.get(k) ?? []), e.id]);
  return out;
}

const byCount = (a: YearTerm, b: YearTerm) => b.editions.length - a.editions.length || (a.key < b.key ? -1 : 1);

/**
 * Programmes (by id, from `programmesOf`) and quoted terms that the editions of `year` name and those of
 * `previous` do not (appeared), and the reverse (disappeared), each with the editions naming it; and
 * programmes named in both years with their edition counts. Sorted by number of editions.
 */
export function yearChanges(year: number, editions: readonly Edition[], previous: number, before: readonly Edition[], programmesOf: (e: Edition) => string[]): YearChanges {
  const pNow = collect(editions, programmesOf);
  const pBefore = collect(before, programmesOf);
  const tNow = collect(editions, (e) => quotedTerms(editionText(e).main.join('\n')));
  const tBefore = collect(before, (e) => quotedTerms(editionText(e).main.join('\n')));
  const only = (a: Map<string, string[]>, b: Map<string, string[]>) => [...a].filter(([k]) => !b.has(k)).map(([key, list]) => ({ key, editions: list })).sort(byCount);
  return {
    year,
    previous,
    programmes: {
      appeared: only(pNow, pBefore),
      disappeared: only(pBefore, pNow),
      continued: [...pNow].filter(([k]) => pBefore.has(k)).map(([key, list]) => ({ key, before: pBefore.get(key)!.length, now: list.length })).sort((a, b) => b.now - a.now || (a.key < b.key ? -1 : 1)),
    },
    terms: { appeared: only(tNow, tBefore), disappeared: only(tBefore, tNow) },
  };
}
