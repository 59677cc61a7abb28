/**
 * Finds programme names in issued text: one Aho–Corasick automaton over every name and alias of every
 * programme, run over the normalised text (quotes, widths and punctuation folded away), with offsets
 * mapped back to the original.
 *
 * Which occurrences count (the false-mention rule):
 * 1. **No phrase boundary inside.** A mention never spans a comma, 、, full stop, colon, space, `+` or any
 *    other separating mark, unless the alias itself has that mark there. Quote marks, brackets, the middle
 *    dot and dashes may stand inside: `“四强”党支部` and `红岩先锋·四强支部` match, `…四强。党支部…` does not.
 * 2. **Short names must be quoted.** An alias of two characters (after normalisation), such as `“四风”`,
 *    counts only where the text sets those two characters in quote marks: `纠“四风”` is a mention,
 *    `四风` inside other words is not.
 * 3. **Numbers and Latin words are whole.** An alias that starts or ends with a digit or Latin letter does not
 *    continue one: `“7·29”` is not found in `17·29` or `7·291`.
 * 4. **Longest wins.** Where valid occurrences overlap, the longest is kept (then the earliest):
 *    `深入贯彻中央八项规定精神学习教育` is one mention, not also `中央八项规定精神`.
 * Anything the registry should not link (a generic word) is simply not an alias: aliases are the spellings
 * found in the texts, checked by tests against the corpus.
 *
 * Work is linear in the text: normalisation, one automaton pass, a check per occurrence bounded by the
 * longest alias, and a selection over length buckets; no sorting of the text's occurrences.
 */
import { normaliseWithMap } from '../search/normalise.ts';
import { buildAutomaton } from './automaton.ts';
import { charLength, isQuoted, separatorsBefore, widenToQuotes } from './text-marks.ts';

/** Aliases this short (in normalised characters) or shorter count only inside quote marks (rule 2). */
export const QUOTED_MAX_LENGTH = 2;

/** What the matcher needs of a programme: its id, name and aliases. */
export interface ProgrammeNames {
  id: string;
  data: { name: string; aliases: readonly string[] };
}

/** One name to find: a programme's name or one of its aliases. */
export interface Pattern {
  programme: string;
  /** As written in the registry, e.g. `“四强”党支部`. */
  alias: string;
  /** Normalised, e.g. `四强党支部`. */
  key: string;
  /** Length of `key` in code points. */
  length: number;
  /** Must stand in quote marks in the text (rule 2). */
  quoted: boolean;
  /** `separators[k]` is 1 when the alias itself has a separating mark before its k-th character (rule 1). */
  separators: Uint8Array;
  /** Starts or ends with a digit or Latin letter (rule 3). */
  alnumStart: boolean;
  alnumEnd: boolean;
}

/** A programme named in a text. */
export interface Mention {
  programme: string;
  /** The registry alias that matched. */
  alias: string;
  /** `[start, end)` in the original text, widened to the quote marks that belong to the name. */
  start: number;
  end: number;
  /** The words as issued, `text.slice(start, end)`, e.g. `“四强”党支部`. */
  wording: string;
}

/** Work done by one call, for tests of linearity. */
export interface MatchStats {
  /** Automaton transitions (at most twice the normalised length). */
  steps: number;
  /** Raw key occurrences the automaton reported, before the rules. */
  occurrences: number;
}

export interface Matcher {
  readonly patterns: readonly Pattern[];
  /** Automaton states. */
  readonly states: number;
  /** Every mention in `text`, in text order, none overlapping. Adds its work to `stats` when given. */
  findMentions(text: string, stats?: MatchStats): Mention[];
}

const ALNUM = /[0-9a-z]/;
const isAlnumAt = (text: string, i: number) => i >= 0 && i < text.length && ALNUM.test(text[i]!.normalize('NFKC').toLowerCase());

/** The patterns of a list of programmes: name first, then aliases; a key already taken is skipped. */
export function programmePatterns(programmes: readonly ProgrammeNames[]): Pattern[] {
  const seen = new Set<string>();
  const patterns: Pattern[] = [];
  for (const p of programmes) {
    for (const alias of [p.data.name, ...p.data.aliases]) {
      const { text: key, map } = normaliseWithMap(alias);
      const length = [...key].length;
      if (length < 2 || seen.has(key)) continue;
      seen.add(key);
      patterns.push({
        programme: p.id,
        alias,
        key,
        length,
        quoted: length <= QUOTED_MAX_LENGTH,
        separators: separatorsBefore(alias, map),
        alnumStart: ALNUM.test(key[0]!),
        alnumEnd: ALNUM.test(key.at(-1)!),
      });
    }
  }
  return patterns;
}

/** Builds the one automaton over all names and aliases of `programmes`. */
export function createMatcher(programmes: readonly ProgrammeNames[]): Matcher {
  const patterns = programmePatterns(programmes);
  const automaton = buildAutomaton(patterns.map((p) => Array.from(p.key, (c) => c.codePointAt(0)!)));
  const longest = patterns.reduce((m, p) => Math.max(m, p.length), 0);

  function findMentions(text: string, stats?: MatchStats): Mention[] {
    const { text: norm, map } = normaliseWithMap(text);
    const codes = Array.from(norm, (c) => c.codePointAt(0)!);
    const seps = separatorsBefore(text, map);
    const origin = (start: number, end: number): [number, number] => [map[start]!, map[end - 1]! + charLength(text, map[end - 1]!)];

    // Valid occurrences, bucketed by length: buckets[len] holds [start, pattern, start, pattern, …].
    const buckets: number[][] = Array.from({ length: longest + 1 }, () => []);
    let occurrences = 0;
    const steps = automaton.scan(codes, (index, end) => {
      occurrences++;
      const p = patterns[index]!;
      const start = end - p.length;
      for (let k = 1; k < p.length; k++) if (seps[start + k] === 1 && p.separators[k] !== 1) return;
      const [s, e] = origin(start, end);
      if (p.quoted && !isQuoted(text, s, e)) return;
      if ((p.alnumStart && isAlnumAt(text, s - 1)) || (p.alnumEnd && isAlnumAt(text, e))) return;
      buckets[p.length]!.push(start, index);
    });
    if (stats) {
      stats.steps += steps;
      stats.occurrences += occurrences;
    }

    // Longest first, then earliest: keep an occurrence when none of its characters is taken yet.
    const taken = new Uint8Array(codes.length);
    const chosen = new Int32Array(codes.length).fill(-1);
    for (let len = longest; len >= 2; len--) {
      const bucket = buckets[len]!;
      for (let b = 0; b < bucket.length; b += 2) {
        const start = bucket[b]!;
        if (taken.subarray(start, start + len).some((t) => t === 1)) continue;
        taken.fill(1, start, start + len);
        chosen[start] = bucket[b + 1]!;
      }
    }
    const mentions: Mention[] = [];
    for (let i = 0; i < chosen.length; i++) {
      if (chosen[i] === -1) continue;
      const p = patterns[chosen[i]!]!;
      const [s, e] = widenToQuotes(text, ...origin(i, i + p.length));
      mentions.push({ programme: p.programme, alias: p.alias, start: s, end: e, wording: text.slice(s, e) });
    }
    return mentions;
  }

  return { patterns, states: automaton.size, findMentions };
}

