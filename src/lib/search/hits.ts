import { normalise } from './normalise.ts';
import type { EditionMeta, SearchPart } from './records.ts';
import { unpackParts } from './records.ts';
import { countOccurrences } from './query.ts';
import type { Hit } from './rank.ts';

/**
 * The words of the query phrases that a part must all contain to count as a related hit when it does not
 * contain a phrase whole. Runs of one-character words are joined (ICU cuts 四强党支部 into 四 | 强 | 党 |
 * 支部, which gives 四强 and 支部); a lone character is too common to mean anything, so it is left out, and a
 * phrase with no longer word stays whole. `segment` is `Intl.Segmenter` in the browser.
 */
export function queryWords(terms: readonly string[], segment: (text: string) => string[]): string[] {
  const words = new Set<string>();
  for (const t of terms) {
    const long: string[] = [];
    let run = '';
    for (const w of [...segment(t), '']) {
      if ([...w].length === 1) {
        run += w;
        continue;
      }
      if ([...run].length >= 2) long.push(run);
      run = '';
      if (w) long.push(w);
    }
    for (const w of long.length ? long : [t]) words.add(normalise(w));
  }
  return [...words].filter(Boolean);
}

/** The word segmenter of the platform, cutting Chinese into words (ICU's dictionary). */
export function platformSegment(): (text: string) => string[] {
  const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
  return (text) => [...segmenter.segment(text)].filter((s) => s.isWordLike).map((s) => s.segment);
}

export interface EditionHitsOptions {
  /** The query phrases, normalised. */
  terms: readonly string[];
  /** Their words (see {@link queryWords}). */
  words: readonly string[];
  /** Section themes to keep (the 主题 filter); all when empty. */
  themes: readonly string[];
  /** Position of the edition in the index's ranking, to keep that order among equal hits. */
  rank: number;
}

/** A hit in the form the ranking and the page use: the part's fields, flattened as strings. */
function toHit(part: SearchPart, meta: EditionMeta, order: number): Hit {
  return {
    url: `${meta.path}#${part.anchor}`,
    text: part.text,
    order,
    meta: {
      title: part.title,
      edition: meta.edition,
      editionTitle: meta.title,
      path: meta.path,
      anchor: part.anchor,
      issuer: meta.issuer,
      year: meta.year,
      current: meta.current,
      kind: part.kind,
      number: part.number,
      outline: part.outline ? '1' : '',
      programmes: part.programmes.join('|'),
    },
  };
}

/**
 * The hits inside one edition the index found (from the text and parts' table in its meta): the parts that contain every phrase (exact hits), and the
 * parts that contain every word of the phrases (related). When no part has them all (the index matched
 * words spread over several parts), the part with the most of the words stands for the edition.
 * With no phrases (a search by filters alone) every part is a hit.
 */
export function editionHits(meta: EditionMeta, options: EditionHitsOptions): Hit[] {
  const text = meta.text;
  const parts = unpackParts(text, meta) ?? [wholeEdition(text, meta)];
  const { terms, words, themes, rank } = options;
  const order = (i: number) => rank * 10_000 + i;
  const kept = parts.map((p, i) => ({ p, i })).filter(({ p }) => themes.length === 0 || themes.includes(p.theme));
  if (terms.length === 0) return kept.map(({ p, i }) => toHit(p, meta, order(i)));
  const hits: Hit[] = [];
  let best: { p: SearchPart; i: number; found: number; occurrences: number } | undefined;
  for (const { p, i } of kept) {
    const n = normalise(`${p.text}|${p.programmes.join('|')}`);
    if (terms.every((t) => n.includes(t)) || words.every((w) => n.includes(w))) {
      hits.push(toHit(p, meta, order(i)));
      continue;
    }
    const found = words.filter((w) => n.includes(w)).length;
    if (found === 0 || (best && found < best.found)) continue;
    const occurrences = countOccurrences(p.text, words);
    if (!best || found > best.found || occurrences > best.occurrences) best = { p, i, found, occurrences };
  }
  if (hits.length === 0 && best) hits.push(toHit(best.p, meta, order(best.i)));
  return hits;
}

/** The edition as one part, when its parts' table cannot be read. */
function wholeEdition(content: string, meta: EditionMeta): SearchPart {
  return { anchor: '', kind: 'preamble', number: '', title: meta.title, theme: '', outline: false, programmes: [], text: content };
}
