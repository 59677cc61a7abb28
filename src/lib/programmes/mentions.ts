/**
 * The mention index: where each programme is named across editions, and which programmes each edition
 * names. One entry per programme per part (item, section, preamble, notice), however often the part
 * names it, so that a programme page lists each item once and an item links each programme once.
 */
import type { Edition } from '../edition/model.ts';
import type { Matcher } from './matcher.ts';
import { editionPassages, type PassageKind } from './passages.ts';

/** A programme named in one part of one edition. */
export interface MentionRef {
  programme: string;
  /** `<issuer>/<year>`. */
  edition: string;
  issuer: string;
  year: number;
  /** `item-14`, `part-2`, `preamble` or `notice`. */
  anchor: string;
  /** The item's place in the edition when the part is an item. */
  item?: number;
  /** How that item is cited: `第14条`, `第二部分第（三）项`. */
  cite?: string;
  /** Where the first mention stands (a heading or body text). */
  kind: PassageKind;
  /** The sentence holding the first mention, as issued: `评定命名第二批市直机关“四强”党支部，加强动态管理…。` */
  sentence: string;
  /** The words of the first mention as issued, e.g. `“四强”党支部`. */
  wording: string;
  /** The words of every mention in this part, in order (their number is how often the part names it). */
  wordings: string[];
}

/** A programme an edition names, with the parts that name it. */
export interface EditionProgramme {
  programme: string;
  /** Anchors of the parts, in reading order. */
  anchors: string[];
}

export interface MentionIndex {
  /** Every registered programme (possibly with no mentions), its mentions in edition order, then reading order. */
  byProgramme: ReadonlyMap<string, readonly MentionRef[]>;
  /** Per edition id, the programmes it names in order of first mention. */
  byEdition: ReadonlyMap<string, readonly EditionProgramme[]>;
}

/** Marks that end a sentence. */
const SENTENCE_END = /[。！？!?]/;

/** The sentence of `text` holding `[start, end)`, with its closing mark. */
export function sentenceAround(text: string, start: number, end: number): string {
  let s = start;
  while (s > 0 && !SENTENCE_END.test(text[s - 1]!)) s--;
  let e = end;
  while (e < text.length && !SENTENCE_END.test(text[e]!)) e++;
  return text.slice(s, Math.min(e + 1, text.length)).trim();
}

/**
 * Indexes every mention in `editions` (in the order given) with `matcher`. `known` gives an edition's mentions
 * when they were found before (editionMentions with the same matcher; a build keeps them for unchanged editions).
 * @example indexMentions(editions, matcher).byProgramme.get('siqiang-dangzhibu')![0]
 *   // { edition: 'dongguan-szjggw/2025', anchor: 'item-8', item: 8, wording: '“四强”党支部', … }
 */
export function indexMentions(editions: readonly Edition[], matcher: Matcher, known: (edition: Edition) => readonly MentionRef[] = (e) => editionMentions(e, matcher)): MentionIndex {
  const byProgramme = new Map<string, MentionRef[]>(matcher.patterns.map((p) => [p.programme, []]));
  const byEdition = new Map<string, EditionProgramme[]>();
  for (const edition of editions) {
    const named = new Map<string, EditionProgramme>();
    for (const ref of known(edition)) {
      byProgramme.get(ref.programme)?.push(ref);
      const entry = named.get(ref.programme) ?? { programme: ref.programme, anchors: [] };
      named.set(ref.programme, entry);
      entry.anchors.push(ref.anchor);
    }
    byEdition.set(edition.id, [...named.values()]);
  }
  return { byProgramme, byEdition };
}

/**
 * The mentions of one edition, in reading order: one ref per (part, programme), the first mention giving the
 * sentence and later ones adding their wording. Plain JSON.
 */
export function editionMentions(edition: Edition, matcher: Matcher): MentionRef[] {
  const refs: MentionRef[] = [];
  const inPart = new Map<string, MentionRef>();
  for (const passage of editionPassages(edition)) {
    for (const m of matcher.findMentions(passage.text)) {
      const key = `${passage.anchor}\u0000${m.programme}`;
      const seen = inPart.get(key);
      if (seen) {
        seen.wordings.push(m.wording);
        continue;
      }
      const ref: MentionRef = {
        programme: m.programme,
        edition: edition.id,
        issuer: edition.issuer,
        year: edition.year,
        anchor: passage.anchor,
        ...(passage.item === undefined ? {} : { item: passage.item, cite: passage.cite }),
        kind: passage.kind,
        sentence: sentenceAround(passage.text, m.start, m.end),
        wording: m.wording,
        wordings: [m.wording],
      };
      inPart.set(key, ref);
      refs.push(ref);
    }
  }
  return refs;
}

/** A programme named in the same parts as another. */
export interface RelatedProgramme {
  programme: string;
  /** Parts (items, sections …) naming both. */
  parts: number;
  /** Editions with at least one such part. */
  editions: number;
}

/** Which programmes each part names, per index: built once, not once per programme page (that was quadratic). */
const partsOfIndex = new WeakMap<MentionIndex, Map<string, Set<string>>>();
function programmesByPart(index: MentionIndex): Map<string, Set<string>> {
  let partsOf = partsOfIndex.get(index);
  if (partsOf) return partsOf;
  partsOf = new Map();
  for (const refs of index.byProgramme.values()) {
    for (const r of refs) {
      const part = `${r.edition}#${r.anchor}`;
      partsOf.set(part, (partsOf.get(part) ?? new Set()).add(r.programme));
    }
  }
  partsOfIndex.set(index, partsOf);
  return partsOf;
}

/**
 * Programmes co-mentioned with `id` in the same parts, most shared parts first, then most editions,
 * then by id.
 */
export function relatedProgrammes(index: MentionIndex, id: string, limit = 8): RelatedProgramme[] {
  const partsOf = programmesByPart(index);
  const shared = new Map<string, { parts: number; editions: Set<string> }>();
  for (const r of index.byProgramme.get(id) ?? []) {
    for (const other of partsOf.get(`${r.edition}#${r.anchor}`) ?? []) {
      if (other === id) continue;
      const s = shared.get(other) ?? { parts: 0, editions: new Set<string>() };
      s.parts++;
      s.editions.add(r.edition);
      shared.set(other, s);
    }
  }
  return [...shared]
    .map(([programme, s]) => ({ programme, parts: s.parts, editions: s.editions.size }))
    .sort((a, b) => b.parts - a.parts || b.editions - a.editions || (a.programme < b.programme ? -1 : 1))
    .slice(0, limit);
}

/** How one issuer words a programme. */
export interface IssuerWording {
  issuer: string;
  /** Each wording with how often the issuer's editions use it, most used first. */
  wordings: { wording: string; count: number }[];
}

/** The wordings each issuer uses for programme `id`, issuers in id order. */
export function wordingsByIssuer(index: MentionIndex, id: string): IssuerWording[] {
  const byIssuer = new Map<string, Map<string, number>>();
  for (const r of index.byProgramme.get(id) ?? []) {
    const counts = byIssuer.get(r.issuer) ?? new Map<string, number>();
    byIssuer.set(r.issuer, counts);
    for (const w of r.wordings) counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  return [...byIssuer]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([issuer, counts]) => ({
      issuer,
      wordings: [...counts].map(([wording, count]) => ({ wording, count })).sort((a, b) => b.count - a.count || (a.wording < b.wording ? -1 : 1)),
    }));
}
