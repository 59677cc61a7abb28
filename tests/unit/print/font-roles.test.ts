import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, test } from 'node:test';
import subsetFont from 'subset-font';
import { embeddingRestricted, lackedCharacters } from '../../../src/lib/print/sfnt.ts';
import { describeRoles, describeWarnings, FONT_ROLES, resolveRoles } from '../../../src/lib/print/font-roles.ts';
import { CARD_FACES, fontFaceCss, PRINT_FACES, printFaces, subsetFaces, unicodeRange, type FontSubset } from '../../../src/lib/print/fonts.ts';

const FS = '/srv/fonts/FZFSK.TTF';
const XBS = '/srv/fonts/FZXBSJW.TTF';
const SERIF_400 = '@expo-google-fonts/noto-serif-sc/400Regular/NotoSerifSC_400Regular.ttf';
const SERIF_700 = '@expo-google-fonts/noto-serif-sc/700Bold/NotoSerifSC_700Bold.ttf';
const SANS_500 = '@expo-google-fonts/noto-sans-sc/500Medium/NotoSansSC_500Medium.ttf';
const STAND_IN = resolve('tests/fixtures/fonts/stand-in-fangsong.ttf');

const noFacts = () => ({ lacks: '', cff: false, restricted: false });

describe('role → face', () => {
  test('nothing supplied: the shipped faces, exactly as before the setting existed', () => {
    const roles = resolveRoles({});
    assert.deepEqual(roles.flatMap((r) => r.print), [
      { family: 'Yaodian FangSong', weight: 400, source: SERIF_400 },
      { family: 'Yaodian FangSong', weight: 700, source: SERIF_700 },
      { family: 'Yaodian XiaoBiaoSong', weight: 400, source: SERIF_700 },
      { family: 'Yaodian HeiTi', weight: 400, source: SANS_500 },
    ]);
    assert.deepEqual(roles.flatMap((r) => r.cards), [
      { family: 'Serif', weight: 400, source: SERIF_400 },
      { family: 'Serif', weight: 700, source: SERIF_700 },
      { family: 'Sans', weight: 400, source: SANS_500 },
    ]);
    assert.deepEqual([...PRINT_FACES], roles.flatMap((r) => r.print));
    assert.deepEqual([...CARD_FACES], roles.flatMap((r) => r.cards));
  });

  test('a supplied face replaces every shipped weight of its role, in print and on cards', () => {
    const roles = resolveRoles({ fangsong: FS, xiaobiaosong: XBS });
    const print = roles.flatMap((r) => r.print);
    assert.deepEqual(print.filter((f) => f.family === 'Yaodian FangSong'), [{ family: 'Yaodian FangSong', weight: 400, source: FS }]);
    assert.deepEqual(print.filter((f) => f.family === 'Yaodian XiaoBiaoSong'), [{ family: 'Yaodian XiaoBiaoSong', weight: 400, source: XBS }]);
    assert.deepEqual(print.filter((f) => f.family === 'Yaodian HeiTi'), [{ family: 'Yaodian HeiTi', weight: 400, source: SANS_500 }]);
    // Titles on cards are 小标宋, the small print 黑体.
    assert.deepEqual(roles.flatMap((r) => r.cards), [
      { family: 'Serif', weight: 400, source: FS },
      { family: 'Serif', weight: 700, source: XBS },
      { family: 'Sans', weight: 400, source: SANS_500 },
    ]);
  });

  test('楷体: undeclared while 仿宋 is the shipped face too; its own shipped face once 仿宋 is supplied; or the supplied one', () => {
    const kaiti = (supplied: Parameters<typeof resolveRoles>[0]) => resolveRoles(supplied).find((r) => r.spec.role === 'kaiti')!;
    assert.deepEqual(kaiti({}).print, []);
    assert.deepEqual(kaiti({ xiaobiaosong: XBS }).print, []);
    assert.deepEqual(kaiti({ fangsong: FS }).print, [{ family: 'Yaodian KaiTi', weight: 400, source: SERIF_400 }]);
    assert.deepEqual(kaiti({ kaiti: '/k.ttf' }).print, [{ family: 'Yaodian KaiTi', weight: 400, source: '/k.ttf' }]);
    assert.deepEqual(kaiti({}).cards, []);
  });

  test('every role names a distinct variable and family, and print.css names every family', () => {
    assert.deepEqual(FONT_ROLES.map((r) => r.variable), ['YAODIAN_FONT_FANGSONG', 'YAODIAN_FONT_XIAOBIAOSONG', 'YAODIAN_FONT_HEITI', 'YAODIAN_FONT_KAITI']);
    const css = readFileSync('src/styles/print.css', 'utf8');
    for (const [variable, family] of [['--print-fangsong', 'Yaodian FangSong'], ['--print-xiaobiaosong', 'Yaodian XiaoBiaoSong'], ['--print-heiti', 'Yaodian HeiTi'], ['--print-kaiti', 'Yaodian KaiTi']]) {
      assert.match(css, new RegExp(`${variable}: [^;]*'${family}'`), `${variable} names ${family}`);
    }
    // An undeclared 'Yaodian KaiTi' must go on to the face that 楷体 falls back to.
    assert.match(css, /--print-kaiti: [^;]*'Yaodian KaiTi', 'Yaodian FangSong', serif;/);
  });
});

describe('the build log', () => {
  test('one line: each role, its face, supplied or fallen back', () => {
    assert.equal(
      describeRoles(resolveRoles({ fangsong: FS })),
      'fonts: 仿宋 → /srv/fonts/FZFSK.TTF (supplied); 小标宋 → Noto Serif SC Bold (shipped fallback); 黑体 → Noto Sans SC Medium (shipped fallback); 楷体 → Noto Serif SC Regular (shipped fallback)',
    );
    assert.equal(
      describeRoles(resolveRoles({})),
      'fonts: 仿宋 → Noto Serif SC Regular (shipped fallback); 小标宋 → Noto Serif SC Bold (shipped fallback); 黑体 → Noto Sans SC Medium (shipped fallback); 楷体 → Noto Serif SC Regular (shipped fallback)',
    );
  });

  test('warnings: characters a supplied face lacks, CFF outlines, embedding forbidden; none for shipped faces', () => {
    const roles = resolveRoles({ fangsong: FS, heiti: '/srv/fonts/heiti.otf' });
    const facts = (file: string) => (file === FS ? { lacks: '䶮澔', cff: false, restricted: true } : { lacks: '', cff: true, restricted: false });
    assert.deepEqual(describeWarnings(roles, facts), [
      "fonts: 仿宋 (/srv/fonts/FZFSK.TTF) lacks 2 of the site's characters (䶮澔); they print in Noto Serif SC Regular",
      'fonts: 仿宋 (/srv/fonts/FZFSK.TTF) forbids embedding (OS/2 fsType), which Chromium draws into PDFs as Type 3 glyphs, not as a named font; an edition licensed for embedding embeds as one',
      'fonts: 黑体 (/srv/fonts/heiti.otf) has CFF outlines, which Chromium draws into PDFs as Type 3 glyphs, not as a named font; a TrueType (.ttf) edition of the face embeds as one',
    ]);
    assert.match(describeWarnings(roles, () => ({ lacks: '一二三四五', cff: false, restricted: false }), 3)[0]!, /lacks 5 of the site's characters \(一二三…\)/);
    assert.deepEqual(describeWarnings(resolveRoles({}), noFacts), []);
  });
});

describe('the generated @font-face rules', () => {
  const subset = (source: string, lacks = ''): FontSubset => ({ source, key: source.length.toString(), file: '', made: false, lacks, cff: false, restricted: false });

  test('nothing supplied: the rules of before, byte for byte', () => {
    const roles = resolveRoles({});
    const subsets = new Map(roles.flatMap((r) => [...r.print, r.fallback]).map((f) => [f.source, subset(f.source)]));
    const url = (s: string) => `./${s.length}.woff2`;
    assert.equal(fontFaceCss(printFaces(roles, subsets), url), fontFaceCss(PRINT_FACES, url));
    assert.equal(
      fontFaceCss(PRINT_FACES.slice(0, 1), () => './a.woff2'),
      "@font-face { font-family: 'Yaodian FangSong'; font-weight: 400; font-style: normal; font-display: block; src: url('./a.woff2') format('woff2'); }",
    );
  });

  test('a supplied face that lacks characters is followed by its role\'s shipped face for those only', () => {
    const roles = resolveRoles({ fangsong: FS });
    const subsets = new Map([[FS, subset(FS, '䶮筑')], ...[SERIF_400, SERIF_700, SANS_500].map((s) => [s, subset(s)] as const)]);
    const faces = printFaces(roles, subsets);
    assert.deepEqual(faces.slice(0, 2), [
      { family: 'Yaodian FangSong', weight: 400, source: FS },
      { family: 'Yaodian FangSong', weight: 400, source: SERIF_400, only: '䶮筑' },
    ]);
    const css = fontFaceCss(faces, (s) => (s === FS ? './fs.woff2' : './noto.woff2'));
    assert.match(css, /src: url\('\.\/noto\.woff2'\) format\('woff2'\); unicode-range: U\+4DAE, U\+7B51; \}/);
    assert.equal(unicodeRange('仿宋a𠀀'), 'U+4EFF, U+5B8B, U+0061, U+20000');
  });
});

describe('subsetting a supplied face', () => {
  test('subset as WOFF2, its missing characters found, cached by the content of the file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'yaodian-subset-'));
    const font = join(dir, 'fangsong.ttf');
    copyFileSync(STAND_IN, font);
    const characters = '党建要点筑A';
    const first = (await subsetFaces([{ family: 'Yaodian FangSong', weight: 400, source: font }], characters, join(dir, 'cache'), process.cwd())).get(font)!;
    assert.equal(first.made, true);
    // The stand-in (Droid Sans Fallback) has no Latin, and 筑 was left out of it on purpose.
    assert.equal(first.lacks, '筑A');
    assert.equal(first.cff, false);
    assert.equal(first.restricted, false);
    assert.equal(readFileSync(first.file).toString('latin1', 0, 4), 'wOF2');

    const again = (await subsetFaces([{ family: 'Yaodian FangSong', weight: 400, source: font }], characters, join(dir, 'cache'), process.cwd())).get(font)!;
    assert.deepEqual({ ...again, made: true }, first);
    assert.equal(again.made, false);

    // Another font under the same name: another key.
    writeFileSync(font, await subsetFont(readFileSync(STAND_IN), '党建', { targetFormat: 'truetype' }));
    const changed = (await subsetFaces([{ family: 'Yaodian FangSong', weight: 400, source: font }], characters, join(dir, 'cache'), process.cwd())).get(font)!;
    assert.notEqual(changed.key, first.key);
    assert.equal(changed.lacks, '要点筑A');
  });
});

describe('reading a font\'s tables', () => {
  test('the characters a font lacks, read from its cmap; white space never counts', async () => {
    const sfnt = await subsetFont(readFileSync(STAND_IN), '党建要点', { targetFormat: 'truetype' });
    assert.equal(lackedCharacters(sfnt, '党建 工作要点\u3000'), '工作');
    assert.equal(lackedCharacters(readFileSync(STAND_IN), '党筑'), '筑');
  });
  test('embedding forbidden: OS/2 fsType restricted (0x0002) or bitmap-only (0x0200); installable, print & preview, editable are fine', () => {
    const font = Buffer.from(readFileSync(STAND_IN));
    const os2 = tableAt(font, 'OS/2');
    const withFsType = (fsType: number) => (font.writeUInt16BE(fsType, os2 + 8), embeddingRestricted(font));
    assert.deepEqual([0x0000, 0x0004, 0x0008, 0x0002, 0x0202, 0x0204].map(withFsType), [false, false, false, true, true, true]);
  });
});

/** The offset of a table in an sfnt, for the test to change a field. */
function tableAt(font: Buffer, tag: string): number {
  for (let i = 0; i < font.readUInt16BE(4); i++) if (font.toString('latin1', 12 + 16 * i, 16 + 16 * i) === tag) return font.readUInt32BE(12 + 16 * i + 8);
  throw new Error(`no ${tag}`);
}
