/**
 * Text normalisation for matching queries against issued text, the same in the browser and in tests.
 * Full-width and half-width forms are folded (NFKC), Latin letters lower-cased, and punctuation, symbols
 * and white space dropped: `“四强”党支部`, `"四强"党支部` and `四强党支部` all become `四强党支部`.
 */

const DROP = /[\p{P}\p{S}\s]/u;

/** A normalised text with, for each of its characters, the index of the original character it came from. */
export interface Normalised {
  text: string;
  /** `map[i]` is the index in the original string of normalised character `i`. */
  map: number[];
}

/** Normalises a text, keeping the way back to the original positions (for highlighting). */
export function normaliseWithMap(text: string): Normalised {
  let out = '';
  const map: number[] = [];
  let i = 0;
  for (const ch of text) {
    const n = ch.normalize('NFKC').toLowerCase();
    for (const c of n) {
      if (DROP.test(c)) continue;
      out += c;
      map.push(i);
    }
    i += ch.length;
  }
  return { text: out, map };
}

/** `normalise('“四强”党支部')` → `四强党支部`. */
export function normalise(text: string): string {
  return normaliseWithMap(text).text;
}
