/**
 * The typefaces an organisation supplies (YAODIAN_FONT_*, README → Typefaces) reach the PDFs. Reads dist-fonts/:
 * the fixture site (tests/fixtures/site/) built with two freely licensed stand-ins (tests/fixtures/fonts/) as the
 * "licensed" faces, which `npm test` builds before the browser tests:
 *
 *   CONTENT_ROOT=tests/fixtures/site/content OUT_DIR=dist-fonts SKIP_CARDS=1 \
 *   YAODIAN_FONT_FANGSONG=tests/fixtures/fonts/stand-in-fangsong.ttf \
 *   YAODIAN_FONT_XIAOBIAOSONG=tests/fixtures/fonts/stand-in-xiaobiaosong.woff2 npm run build
 *
 * 仿宋 is Droid Sans Fallback (which has no Latin, and from which 筑 was left out), 小标宋 Noto Sans SC Black:
 * neither is a face the project ships, so the font names in the PDF tell them apart. Files only, no server: it
 * runs once, in the `root` project.
 */
import { existsSync, readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import subsetFont from 'subset-font';
import { readEditions } from '../../src/lib/content/content-dir.ts';
import { lackedCharacters } from '../../src/lib/print/sfnt.ts';
import { drawnCharacters, findPhrase, fontsAlong, readPdfFonts, type FontedChar } from '../../src/lib/print/pdf-fonts.ts';

const DIST = 'dist-fonts';
const FANGSONG = 'DroidSansFallback';
const XIAOBIAOSONG = 'NotoSansSC-Black';
/** The shipped faces: 仿宋 and 楷体's stand-in, 小标宋's, 黑体's. */
const SHIPPED = { serif: 'NotoSerifSC-Regular', serifBold: 'NotoSerifSC-Bold', heiti: 'NotoSansSC-Medium' };
// The imported editions, each set differently (the generated ten-year issuer repeats one text ten times).
const editions = readEditions({ root: 'tests/fixtures/site' }, { published: true }).filter((e) => e.data.source);

test.beforeAll(({}, info) => {
  info.skip(info.project.name !== 'root', 'reads files from dist-fonts/: once is enough');
  if (!existsSync(`${DIST}/index.html`)) throw new Error(`${DIST}/ is missing: build it as this file's header says (npm test does)`);
});

/**
 * The face each character of `text` must be drawn in: the supplied one, or the role's shipped face where it has
 * no glyph (the stand-ins were cut to the fixture site's characters when they were made; the site may have more).
 */
async function expected(file: string, supplied: string, shipped: string, text: string): Promise<string[]> {
  const sfnt = await subsetFont(readFileSync(file), text, { targetFormat: 'truetype' });
  const lacks = new Set(lackedCharacters(sfnt, text));
  return [...text].filter((ch) => !/\s/u.test(ch)).map((ch) => (lacks.has(ch) ? shipped : supplied));
}
const fangsong = (text: string) => expected('tests/fixtures/fonts/stand-in-fangsong.ttf', FANGSONG, SHIPPED.serif, text);
const xiaobiaosong = (text: string) => expected('tests/fixtures/fonts/stand-in-xiaobiaosong.woff2', XIAOBIAOSONG, SHIPPED.serifBold, text);
const fontOf = (chars: FontedChar[], phrase: string) => fontsAlong(chars, phrase)?.map((c) => c.font);

/** Every character a PDF draws, with its font; page numbers (`— 2 —`) taken out, so text runs on across pages. */
async function readDrawn(file: string): Promise<FontedChar[]> {
  const pages = await readPdfFonts(new Uint8Array(readFileSync(file)));
  return pages.flatMap((runs, i) => {
    const chars = drawnCharacters(runs);
    const number = `—${i + 1}—`;
    const at = findPhrase(chars, number);
    return at < 0 ? chars : [...chars.slice(0, at), ...chars.slice(at + [...number].length)];
  });
}

for (const edition of editions) {
  test(`${edition.id}.pdf: title in the supplied 小标宋, text in the supplied 仿宋, 一、 in the shipped 黑体`, async () => {
    const drawn = await readDrawn(`${DIST}/${edition.id}.pdf`);

    // The title in the supplied 小标宋, an embedded font (not outlines); what it lacks in the shipped 小标宋.
    const title = fontsAlong(drawn.filter((c) => c.font === XIAOBIAOSONG || c.font === SHIPPED.serifBold), edition.title);
    expect(title?.map((c) => c.font), `title "${edition.title}"`).toEqual(await xiaobiaosong(edition.title));
    expect(title!.filter((c) => c.font === XIAOBIAOSONG).every((c) => !c.type3)).toBe(true);

    // Body text in the supplied 仿宋, except the characters it lacks, which take the shipped face.
    const paragraphs = [...edition.preamble, ...edition.sections.flatMap((s) => s.intro), ...edition.items.flatMap((i) => i.paragraphs)].map((p) => p.text);
    expect(paragraphs.length).toBeGreaterThan(0);
    for (const text of paragraphs) expect(fontOf(drawn, text), text).toEqual(await fangsong(text));

    // Bold 仿宋 (the titles of 1. items) is emboldened from the supplied face, not taken from the shipped bold.
    for (const item of edition.items.filter((i) => /^\d/.test(i.label))) {
      expect(fontOf(drawn, item.title), item.title).toEqual(await fangsong(item.title));
    }

    // 黑体 was not supplied: 一、 headings fall back to the shipped face.
    for (const section of edition.sections.filter((s) => s.style === 'chinese' && s.title)) {
      expect(new Set(fontOf(drawn, section.title)), section.title).toEqual(new Set([SHIPPED.heiti]));
    }
  });
}

test('jggw-dzb 2026: 筑, which the supplied 仿宋 lacks, prints in the shipped face; the rest of its line does not', async () => {
  const drawn = await readDrawn(`${DIST}/jggw-dzb/2026.pdf`);
  expect(fontOf(drawn, '筑牢拒腐防变')).toEqual([SHIPPED.serif, FANGSONG, FANGSONG, FANGSONG, FANGSONG, FANGSONG]);
});

test('（一） headings are set in 楷体 (GB/T 9704 §7.3.3: its shipped stand-in here, as no 楷体 is supplied), not in the 仿宋 of the text', async () => {
  const drawn = await readDrawn(`${DIST}/shi-jiguan/2026.pdf`);
  expect(new Set(fontOf(drawn, '坚决做到“两个维护”'))).toEqual(new Set([SHIPPED.serif]));
  expect(new Set(fontOf(drawn, '健全落实机制'))).toEqual(new Set([FANGSONG]));
  expect(new Set(fontOf(drawn, '加强政治建设'))).toEqual(new Set([SHIPPED.heiti]));
});
