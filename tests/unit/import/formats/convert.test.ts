/**
 * .doc/.wps/.odt through LibreOffice. The tests that run LibreOffice make a .docx with make-docx, have
 * LibreOffice save it as .odt and .doc, and read those back; they are few, since each run of soffice takes a second or two.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { after, before, describe, test } from 'node:test';
import { InputError } from '../../../../src/lib/errors.ts';
import { extractDocx } from '../../../../src/lib/import/formats/docx.ts';
import { extractConverted, findSoffice } from '../../../../src/lib/import/formats/convert.ts';
import { makeDocx, type Block, type RunSpec } from '../../../support/make-docx.ts';

const OLE = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array<number>(504).fill(0)]);
const ZIP = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...new Array<number>(60).fill(0)]);

async function rejectsInput(promise: Promise<unknown>, file: string, reason: RegExp, hint: RegExp = /\S/): Promise<void> {
  await assert.rejects(promise, (e: unknown) => {
    assert.ok(e instanceof InputError, `expected an InputError, got ${String(e)}`);
    assert.equal(e.file, file);
    assert.match(e.reason, reason);
    assert.match(e.hint, hint);
    return true;
  });
}

describe('extractConverted without LibreOffice', () => {
  for (const [file, bytes] of [['通知.wps', OLE], ['要点.doc', OLE], ['要点.odt', ZIP]] as const) {
    test(`${file} with soffice: null says LibreOffice is needed, and how to do without`, () =>
      rejectsInput(extractConverted(bytes, file, file.endsWith('odt') ? 'odt' : file.endsWith('wps') ? 'wps' : 'doc', null), file,
        /needs LibreOffice .*not installed/, /apt-get install libreoffice-writer.*save it as \.docx/));
  }
  test('bytes that are no document are refused before LibreOffice runs', async () => {
    await rejectsInput(extractConverted(new Uint8Array(3000).map((_, i) => (i * 7919 + 13) % 256), 'x.doc', 'doc'), 'x.doc', /not a Word, WPS or OpenDocument file/);
    await rejectsInput(extractConverted(new TextEncoder().encode('2026年工作要点\n一、总体要求'), 'x.wps', 'wps'), 'x.wps', /not a Word/, /name it \.txt/);
    await rejectsInput(extractConverted(new Uint8Array(0), 'x.odt', 'odt'), 'x.odt', /the file is empty/);
  });
  test('a soffice that cannot be started is reported as such', () =>
    rejectsInput(extractConverted(OLE, 'x.doc', 'doc', '/nonexistent/soffice'), 'x.doc', /LibreOffice could not be started/, /install LibreOffice/));
});

/** A small 要点 with what a conversion must keep: a red banner, Word list numbering at three levels, bold run-in titles. */
const gw = (level: number, runs: (string | RunSpec)[]): Block => ({ runs, list: { reference: 'gongwen', level } });
const DOCUMENT: Block[] = [
  { runs: [{ text: '中共某某市直属机关工作委员会文件', color: 'FF0000', size: 36 }], align: 'center' },
  { runs: ['某直工委〔2026〕3号'], align: 'center' },
  { runs: ['2026年市直机关党建工作要点'], align: 'center' },
  '2026年是“十五五”开局之年。做好市直机关党建工作，总体要求是：坚持以习近平新时代中国特色社会主义思想为指导。',
  gw(0, ['深化政治建设，筑牢忠诚根基']),
  gw(2, [{ text: '深化政治机关建设。', bold: true }, '推动理想信念教育向基层延伸。']),
  gw(3, ['强化理论学习；']),
  gw(3, ['严格组织生活。']),
  gw(2, [{ text: '严明政治纪律。', bold: true }, '严格执行重大事项请示报告制度。']),
  gw(0, ['夯实基层基础，锻造坚强堡垒']),
  gw(2, [{ text: '提升支部建设质量。', bold: true }, '评定命名“四强”党支部。']),
];

describe('extractConverted with LibreOffice', { concurrency: true }, () => {
  const soffice = findSoffice();
  let dir = '';
  const converted = new Map<string, Uint8Array>();
  let original: { text: string; boldPrefix?: number }[] = [];

  before(async () => {
    if (!soffice) return;
    dir = await mkdtemp(join(tmpdir(), 'yaodian-convert-test-'));
    const docx = await makeDocx(DOCUMENT);
    original = (await extractDocx(docx, 'original.docx')).paragraphs!;
    await writeFile(join(dir, 'original.docx'), docx);
    // Each conversion with a profile of its own, so the two can run at once.
    await Promise.all(['odt', 'doc'].map(async (to) => {
      const profile = pathToFileURL(join(dir, `profile-${to}`)).href;
      await promisify(execFile)(soffice, [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', to, '--outdir', join(dir, to), join(dir, 'original.docx')], { timeout: 120_000 });
      converted.set(to, new Uint8Array(await readFile(join(dir, to, `original.${to}`))));
    }));
  });
  after(() => (dir ? rm(dir, { recursive: true, force: true }) : undefined));

  test('the original .docx reads as written (the baseline the conversions are held to)', (t) => {
    if (!soffice) return t.skip('LibreOffice not installed');
    assert.deepEqual(original.map((p) => p.text).slice(4), [
      '一、深化政治建设，筑牢忠诚根基', '1.深化政治机关建设。推动理想信念教育向基层延伸。', '（1）强化理论学习；', '（2）严格组织生活。',
      '2.严明政治纪律。严格执行重大事项请示报告制度。', '二、夯实基层基础，锻造坚强堡垒', '1.提升支部建设质量。评定命名“四强”党支部。',
    ]);
  });

  for (const format of ['odt', 'doc'] as const) {
    test(`a .${format} saved by LibreOffice reads back as the original: words, list numbers, bold titles`, async (t) => {
      if (!soffice) return t.skip('LibreOffice not installed');
      const out = await extractConverted(converted.get(format)!, `要点.${format}`, format);
      assert.equal(out.format, format);
      assert.deepEqual(out.paragraphs!.map((p) => p.text), original.map((p) => p.text));
      assert.deepEqual(out.paragraphs!.map((p) => p.boldPrefix), original.map((p) => p.boldPrefix));
      assert.match(out.notes[0]!, new RegExp(`converted from \\.${format} to \\.docx by LibreOffice`));
    });
  }

  test('a damaged .doc (an OLE header, then junk) is refused, not read as junk text', async (t) => {
    if (!soffice) return t.skip('LibreOffice not installed');
    const junk = new Uint8Array(5000).map((_, i) => (i * 7919 + 13) % 256);
    junk.set(OLE.subarray(0, 8));
    await rejectsInput(extractConverted(junk, '损坏.doc', 'doc'), '损坏.doc', /LibreOffice (failed|could not convert|opened this \.doc file but what came out is not text)/);
  });
});
