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

/**
 * Every distinct character of `texts` plus BASE_CHARACTERS, without control characters, in code point order,
 * so equal inputs give equal strings (and equal cache keys) whatever the order the texts came in.
 *
 * collectCharacters(['要点 2026', '要点']) → ' !"…~—…' + '2026' … '要点' (sorted, each once)
 */
export function collectCharacters(texts: Iterable<string>): string {
  const seen = new Set<number>();
  const add = (text: string) => {
    for (const ch of text) {
      const cp = ch.codePointAt(0)!;
      // C0/C1 controls, and line/paragraph separators, are never drawn.
      if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0) || cp === 0x2028 || cp === 0x2029 || cp === 0xfeff) continue;
      seen.add(cp);
    }
  };
  add(BASE_CHARACTERS);
  for (const text of texts) add(text);
  return String.fromCodePoint(...[...seen].sort((a, b) => a - b));
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
