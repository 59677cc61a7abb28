/**
 * The characters the shipped fonts are subsetted to. A subset must hold every character that print, PDFs and
 * social cards set; a character missing from it would fall back to whatever the machine has (tofu on CI).
 */

/**
 * Always kept, whatever the content: printable ASCII, the full-width punctuation and brackets of official
 * documents, the 一字线 of page numbers (— U+2014), and the words the print and card templates add themselves.
 */
export const BASE_CHARACTERS =
  ' !"#$%&\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~' +
  '，、。：；！？（）〔〕【】《》〈〉“”‘’「」『』…—－～·○　' +
  '〇一二三四五六七八九十百千年月日第条部分个共版本节选原文不完整现行往年要点';

/** Never drawn: C0/C1 controls, line and paragraph separators, the byte order mark, lone surrogates. */
const undrawn = (cp: number) => cp < 0x20 || (cp >= 0x7f && cp < 0xa0) || cp === 0x2028 || cp === 0x2029 || cp === 0xfeff || (cp >= 0xd800 && cp < 0xe000);

/**
 * Every distinct character of `texts` plus BASE_CHARACTERS, without control characters, in code point order,
 * so equal inputs give equal strings (and equal cache keys) whatever the order the texts came in.
 * It reads every edition of the archive before each build (about 100 MB at 5,000 editions), so it marks code
 * points in a bit set by UTF-16 unit, not in a Set by string iterator (a tenth of the time).
 *
 * collectCharacters(['要点 2026', '要点']) → ' !"…~—…' + '2026' … '要点' (sorted, each once)
 */
export function collectCharacters(texts: Iterable<string>): string {
  const seen = new Uint8Array(0x110000 >> 3);
  const add = (text: string) => forEachCodePoint(text, (cp) => void (seen[cp >> 3]! |= 1 << (cp & 7)));
  add(BASE_CHARACTERS);
  for (const text of texts) add(text);
  const out: string[] = [];
  for (let byte = 0; byte < seen.length; byte++) {
    if (seen[byte] === 0) continue;
    for (let bit = 0; bit < 8; bit++) {
      const cp = (byte << 3) | bit;
      if (seen[byte]! & (1 << bit) && !undrawn(cp)) out.push(String.fromCodePoint(cp));
    }
  }
  return out.join('');
}

/** Calls `each` with every code point of `text`; a surrogate pair is one, a lone surrogate (broken text) its own. */
function forEachCodePoint(text: string, each: (cp: number) => void): void {
  for (let i = 0; i < text.length; i++) {
    let cp = text.charCodeAt(i);
    if (cp >= 0xd800 && cp < 0xdc00 && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low < 0xe000) {
        cp = 0x10000 + ((cp - 0xd800) << 10) + (low - 0xdc00);
        i++;
      }
    }
    each(cp);
  }
}

/**
 * The drawn characters of one text, each once, in the order they first occur: what the build keeps of each file
 * so that it need not read an unchanged one again (site-characters.ts); `collectCharacters` of these strings is
 * `collectCharacters` of the texts. `scratch` is a bit set to reuse between calls (left cleared).
 * distinctCharacters('要点要点 2026') → '要点 206'
 */
export function distinctCharacters(text: string, scratch: Uint8Array = new Uint8Array(0x110000 >> 3)): string {
  const found: number[] = [];
  forEachCodePoint(text, (cp) => {
    const bit = 1 << (cp & 7);
    if (scratch[cp >> 3]! & bit) return;
    scratch[cp >> 3]! |= bit;
    found.push(cp);
  });
  for (const cp of found) scratch[cp >> 3] = 0;
  return found
    .filter((cp) => !undrawn(cp))
    .map((cp) => String.fromCodePoint(cp))
    .join('');
}

/** Characters of `text` that are not in `characters`: what a subset made from `characters` could not draw. */
export function missingCharacters(text: string, characters: string): string[] {
  const have = new Set(characters);
  return [...new Set([...text].filter((ch) => !have.has(ch) && ch.codePointAt(0)! >= 0x20))];
}

/**
 * Width of `text` in em as Chinese typesetting counts it: full-width characters 1, Latin letters, digits and
 * ASCII punctuation ½. emWidth('2026年') → 3
 */
export function emWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += ch.codePointAt(0)! < 0x2000 ? 0.5 : 1;
  return w;
}
