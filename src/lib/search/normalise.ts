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

/** What one character becomes: memoised, since NFKC per character is the costly step and texts repeat characters. */
const folded = new Map<string, string>();
function fold(ch: string): string {
  const code = ch.codePointAt(0)!;
  // Fast path: CJK ideographs, ASCII digits and lower-case letters are their own normal form.
  if ((code >= 0x4e00 && code <= 0x9fff) || (code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x7a)) return ch;
  let out = folded.get(ch);
  if (out === undefined) {
    out = '';
    for (const c of ch.normalize('NFKC').toLowerCase()) if (!DROP.test(c)) out += c;
    folded.set(ch, out);
  }
  return out;
}

/** Normalises a text, keeping the way back to the original positions (for highlighting). */
export function normaliseWithMap(text: string): Normalised {
  let out = '';
  const map: number[] = [];
  let i = 0;
  for (const ch of text) {
    const n = fold(ch);
    out += n;
    for (let k = 0; k < n.length; k++) map.push(i);
    i += ch.length;
  }
  return { text: out, map };
}

/** `normalise('“四强”党支部')` → `四强党支部`. */
export function normalise(text: string): string {
  let out = '';
  for (const ch of text) out += fold(ch);
  return out;
}
