/**
 * Which font a PDF sets each piece of text in (pdfjs-dist, offline): what `pdffonts` lists, joined to the text
 * each font draws. The tests use it to prove that a PDF printed with a supplied typeface sets the body and the
 * titles in it, not in the shipped stand-in.
 */

/** A run of text and the font that draws it, as the PDF names it, its subset tag removed. */
export interface FontRun {
  /** `DroidSansFallback` for `BAAAAA+DroidSansFallback`. */
  font: string;
  text: string;
  /** Drawn as Type 3 glyph procedures (Chromium's synthetic bold, CFF outlines), not by an embedded font program. */
  type3: boolean;
}

/** The text runs of every page, in drawing order, each with its font. */
export async function readPdfFonts(data: Uint8Array): Promise<FontRun[][]> {
  const { getDocument, OPS } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // fontExtraProperties: the font's name, which rendering does not need, is otherwise left in the worker.
  const task = getDocument({ data, verbosity: 0, fontExtraProperties: true });
  const doc = await task.promise;
  const pages: FontRun[][] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const ops = await page.getOperatorList();
    const runs: FontRun[] = [];
    let current: Omit<FontRun, 'text'> = { font: '', type3: false };
    for (let i = 0; i < ops.fnArray.length; i++) {
      const args = ops.argsArray[i] as unknown[];
      if (ops.fnArray[i] === OPS.setFont) {
        const font = page.commonObjs.get(args[0] as string) as { name?: string; charProcOperatorList?: unknown };
        current = { font: (font.name ?? '').replace(/^[A-Z]{6}\+/, ''), type3: font.charProcOperatorList !== undefined };
      } else if (ops.fnArray[i] === OPS.showText) {
        const text = (args[0] as ({ unicode: string } | number | null)[]).map((g) => (g && typeof g === 'object' ? g.unicode : '')).join('');
        const last = runs.at(-1);
        if (last && last.font === current.font && last.type3 === current.type3) last.text += text;
        else if (text) runs.push({ ...current, text });
      }
    }
    pages.push(runs);
  }
  await task.destroy();
  return pages;
}

/** One drawn character and its font. */
export interface FontedChar {
  ch: string;
  font: string;
  type3: boolean;
}

/** The characters `runs` draw, in order, white space left out (line breaks and spacing are layout, not text). */
export function drawnCharacters(runs: readonly FontRun[]): FontedChar[] {
  return runs.flatMap((r) => [...r.text].filter((ch) => !/\s/u.test(ch)).map((ch) => ({ ch, font: r.font, type3: r.type3 })));
}

/** Where `phrase` (white space ignored) starts in `chars`, or -1. */
export function findPhrase(chars: readonly FontedChar[], phrase: string): number {
  const wanted = [...phrase].filter((ch) => !/\s/u.test(ch));
  if (wanted.length === 0) return 0;
  for (let start = 0; start + wanted.length <= chars.length; start++) {
    if (wanted.every((ch, i) => chars[start + i]!.ch === ch)) return start;
  }
  return -1;
}

/**
 * Where `phrase` is first drawn (across runs and line breaks; white space ignored), each character with its
 * font; undefined when it is not drawn.
 *
 * fontsAlong(drawnCharacters([{ font: 'A', text: '要', type3: false }, { font: 'B', text: '点', type3: false }]), '要点')
 *   → [{ ch: '要', font: 'A', … }, { ch: '点', font: 'B', … }]
 */
export function fontsAlong(chars: readonly FontedChar[], phrase: string): FontedChar[] | undefined {
  const at = findPhrase(chars, phrase);
  return at < 0 ? undefined : chars.slice(at, at + [...phrase].filter((ch) => !/\s/u.test(ch)).length);
}
