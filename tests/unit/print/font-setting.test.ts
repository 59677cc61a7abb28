import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, test } from 'node:test';
import { FontSettingError, fontSignature, readFontSetting, unreadableFont } from '../../../src/lib/print/font-setting.ts';
import { FontFileError, subsetFaces } from '../../../src/lib/print/fonts.ts';

const STAND_IN = resolve('tests/fixtures/fonts/stand-in-fangsong.ttf');
const WOFF2 = resolve('tests/fixtures/fonts/stand-in-xiaobiaosong.woff2');

/** A project root with a fonts/ folder holding one real font and some files that are not fonts. */
function site(): string {
  const root = mkdtempSync(join(tmpdir(), 'yaodian-fonts-'));
  mkdirSync(join(root, 'fonts'));
  copyFileSync(STAND_IN, join(root, 'fonts', 'FZFSK.TTF'));
  writeFileSync(join(root, 'fonts', 'readme.txt'), 'hello');
  writeFileSync(join(root, 'fonts', 'fonts.zip'), Buffer.from('PK\x03\x04rest', 'latin1'));
  writeFileSync(join(root, 'fonts', 'simsun.ttc'), Buffer.from('ttcf\x00\x02\x00\x00', 'latin1'));
  writeFileSync(join(root, 'fonts', 'empty.ttf'), '');
  return root;
}

/** The problems of a setting that must fail. */
function problems(env: Record<string, string>, root: string): string[] {
  try {
    readFontSetting(env, root);
  } catch (error) {
    assert.ok(error instanceof FontSettingError);
    return error.problems;
  }
  assert.fail('expected a FontSettingError');
}

describe('the font setting (YAODIAN_FONT_*)', () => {
  test('nothing set, or set empty: nothing supplied', () => {
    assert.deepEqual(readFontSetting({ PATH: '/usr/bin' }, '/nowhere'), {});
    assert.deepEqual(readFontSetting({ YAODIAN_FONT_FANGSONG: '', YAODIAN_FONT_HEITI: '  ' }, '/nowhere'), {});
  });

  test('paths are absolute or relative to the project root; TrueType and WOFF2 files are fonts', () => {
    const root = site();
    assert.deepEqual(readFontSetting({ YAODIAN_FONT_FANGSONG: 'fonts/FZFSK.TTF', YAODIAN_FONT_XIAOBIAOSONG: WOFF2 }, root), {
      fangsong: join(root, 'fonts', 'FZFSK.TTF'),
      xiaobiaosong: WOFF2,
    });
    assert.deepEqual(readFontSetting({ YAODIAN_FONT_KAITI: ` ${STAND_IN} ` }, root), { kaiti: STAND_IN });
  });

  test('a missing file names the variable, the path it looked at and the fix', () => {
    const [p] = problems({ YAODIAN_FONT_FANGSONG: 'fonts/仿宋_GB2312.ttf' }, '/srv/site');
    assert.equal(
      p,
      'YAODIAN_FONT_FANGSONG=fonts/仿宋_GB2312.ttf: no such file (/srv/site/fonts/仿宋_GB2312.ttf). Set YAODIAN_FONT_FANGSONG to the 仿宋 font file (.ttf, .otf, .woff or .woff2), or unset it to print 仿宋 in the shipped Noto Serif SC Regular.',
    );
  });

  test('a file that is not a font says what it seems to be', () => {
    const root = site();
    const [text, zip, empty] = problems({ YAODIAN_FONT_FANGSONG: 'fonts/readme.txt', YAODIAN_FONT_HEITI: 'fonts/fonts.zip', YAODIAN_FONT_KAITI: 'fonts/empty.ttf' }, root);
    assert.match(text!, /^YAODIAN_FONT_FANGSONG=fonts\/readme\.txt: not a TrueType, OpenType, WOFF or WOFF2 font \(.*readme\.txt\) \(it begins with 68 65 6c 6c\)\. Set YAODIAN_FONT_FANGSONG to the 仿宋 font file/);
    assert.match(zip!, /^YAODIAN_FONT_HEITI=fonts\/fonts\.zip: not a TrueType.*a zip archive: unpack it and name the font inside\)/);
    assert.match(empty!, /^YAODIAN_FONT_KAITI=fonts\/empty\.ttf: not a TrueType.*\(it begins with nothing\)/);
  });

  test('a font collection is refused with how to extract the face', () => {
    const [p] = problems({ YAODIAN_FONT_XIAOBIAOSONG: 'fonts/simsun.ttc' }, site());
    assert.match(p!, /^YAODIAN_FONT_XIAOBIAOSONG=fonts\/simsun\.ttc: is a font collection/);
    assert.match(p!, /`fonttools ttLib -y 0 -o xiaobiaosong\.ttf fonts\/simsun\.ttc`/);
  });

  test('a font cut short (an interrupted copy) is found from its header, TrueType or WOFF2', () => {
    const root = site();
    writeFileSync(join(root, 'fonts', 'cut.ttf'), readFileSync(STAND_IN).subarray(0, 30000));
    writeFileSync(join(root, 'fonts', 'cut.woff2'), readFileSync(WOFF2).subarray(0, 1000));
    const [cutTtf, cutWoff2] = problems({ YAODIAN_FONT_FANGSONG: 'fonts/cut.ttf', YAODIAN_FONT_XIAOBIAOSONG: 'fonts/cut.woff2' }, root);
    assert.match(cutTtf!, new RegExp(`^YAODIAN_FONT_FANGSONG=fonts/cut\\.ttf: is cut short \\(.*\\): 30000 bytes of the \\d+ its header declares\\. Copy the 仿宋 font file again, or unset YAODIAN_FONT_FANGSONG\\.$`));
    assert.match(cutWoff2!, /^YAODIAN_FONT_XIAOBIAOSONG=fonts\/cut\.woff2: is cut short .*: 1000 bytes of the \d+ its header declares/);
  });

  test('a file that starts like a font but that the subsetter cannot read stops the build the same way', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'yaodian-broken-'));
    const file = join(dir, 'broken.ttf');
    writeFileSync(file, Buffer.concat([Buffer.from([0, 1, 0, 0, 0, 0]), Buffer.alloc(200, 0)]));
    assert.deepEqual(readFontSetting({ YAODIAN_FONT_HEITI: file }, '/'), { heiti: file });
    const error = await subsetFaces([{ family: 'Yaodian HeiTi', weight: 400, source: file }], '党建', join(dir, 'cache'), process.cwd()).then(() => undefined, (e: unknown) => e);
    assert.ok(error instanceof FontFileError);
    assert.equal(error.file, file);
    const [p] = unreadableFont({ heiti: file, kaiti: '/other.ttf' }, file, error.reason).problems;
    assert.match(p!, new RegExp(`^YAODIAN_FONT_HEITI=${file}: looks like a font but cannot be read as one; it may be damaged or cut short \\(.+\\)\\. Copy the 黑体 font file again, or unset YAODIAN_FONT_HEITI to print 黑体 in the shipped Noto Sans SC Medium\\.$`));
  });

  test('a folder is not a font file', () => {
    const root = site();
    assert.match(problems({ YAODIAN_FONT_HEITI: 'fonts' }, root)[0]!, /^YAODIAN_FONT_HEITI=fonts: is a folder \(.*\), not a font file\./);
  });

  test("a file that cannot be read is reported with the system's reason, not thrown", () => {
    const root = site();
    // A link to itself: unreadable even for root, where a chmod would not be.
    symlinkSync('loop.ttf', join(root, 'fonts', 'loop.ttf'));
    assert.equal(
      problems({ YAODIAN_FONT_FANGSONG: 'fonts/loop.ttf' }, root)[0],
      `YAODIAN_FONT_FANGSONG=fonts/loop.ttf: cannot be read (${join(root, 'fonts', 'loop.ttf')}): ELOOP. Make it readable by the build, or unset YAODIAN_FONT_FANGSONG.`,
    );
  });

  test('a misspelt role is an error listing the four roles', () => {
    const [p] = problems({ YAODIAN_FONT_SONGTI: '/x.ttf' }, '/');
    assert.match(p!, /^YAODIAN_FONT_SONGTI names no typeface role\. The roles are YAODIAN_FONT_FANGSONG \(仿宋: body text\), YAODIAN_FONT_XIAOBIAOSONG \(小标宋/);
    assert.match(p!, /YAODIAN_FONT_KAITI \(楷体: second-level headings （一） and editorial notes\)\.$/);
  });

  test('every problem at once, in one message that names the README section', () => {
    const root = site();
    try {
      readFontSetting({ YAODIAN_FONT_FANGSONG: 'nope.ttf', YAODIAN_FONT_HEITI: 'fonts/readme.txt', YAODIAN_FONT_XIAOBIAOSONG: 'fonts/FZFSK.TTF' }, root);
      assert.fail('expected an error');
    } catch (error) {
      assert.ok(error instanceof FontSettingError);
      assert.equal(error.problems.length, 2);
      assert.match(error.message, /^The typefaces supplied through YAODIAN_FONT_\* cannot be used \(README → Typefaces\):\n  - YAODIAN_FONT_FANGSONG=nope\.ttf: no such file/);
      assert.match(error.message, /\n  - YAODIAN_FONT_HEITI=fonts\/readme\.txt: not a TrueType/);
    }
  });
});

describe('fontSignature', () => {
  test('reads the first four bytes', () => {
    const of = (s: string) => fontSignature(Buffer.from(s, 'latin1'));
    assert.equal(of('\x00\x01\x00\x00'), 'truetype');
    assert.equal(of('true'), 'truetype');
    assert.equal(of('OTTO'), 'opentype');
    assert.equal(of('wOFF'), 'woff');
    assert.equal(of('wOF2'), 'woff2');
    assert.equal(of('ttcf'), 'collection');
    assert.equal(of('%PDF'), 'unknown');
    assert.equal(of(''), 'unknown');
  });
});
