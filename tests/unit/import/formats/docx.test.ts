/** The .docx reader on documents written by the `docx` library as Word/WPS save them (tests/support/make-docx.ts). */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import JSZip from 'jszip';
import { editionText } from '../../../../src/lib/edition/plain-text.ts';
import { InputError } from '../../../../src/lib/errors.ts';
import { extractDocx } from '../../../../src/lib/import/formats/docx.ts';
import { editions as fixtureEditions } from '../../../support/fixture-content.ts';
import { editionToDocx, GONGWEN_LIST, makeDocx, rewriteDocxPart, type Block } from '../../../support/make-docx.ts';

const read = async (blocks: Block[], options?: Parameters<typeof makeDocx>[1]) => extractDocx(await makeDocx(blocks, options), 'test.docx');
const texts = (x: { paragraphs?: { text: string }[] }) => x.paragraphs!.map((p) => p.text);
const gw = (level: number, text: string, instance?: number): Block => ({ runs: [text], list: { reference: 'gongwen', level, instance } });

/** Asserts `promise` rejects with an InputError naming the file and saying how to fix it. */
async function rejectsInput(promise: Promise<unknown>, file: string, reason: RegExp): Promise<void> {
  await assert.rejects(promise, (e: unknown) => {
    assert.ok(e instanceof InputError, `expected an InputError, got ${String(e)}`);
    assert.equal(e.file, file);
    assert.match(e.reason, reason);
    assert.match(e.message, /\n {2}fix: \S/);
    return true;
  });
}

describe('extractDocx: runs and styles', () => {
  test('a run-in item title in bold gives boldPrefix = its length, number included', async () => {
    const x = await read([
      { runs: [{ text: '1.深化政治机关建设。', bold: true }, '推动理想信念教育向基层延伸。'] },
      { runs: [{ text: '2.', bold: true }, { text: '严明政治纪律。', bold: true }, '严格执行规定。'] },
      { runs: ['普通段落，', { text: '中间加粗', bold: true }, '不算标题。'] },
      { runs: [{ text: '一、全段加粗的部分标题', bold: true }] },
    ]);
    assert.deepEqual(x.paragraphs, [
      { text: '1.深化政治机关建设。推动理想信念教育向基层延伸。', boldPrefix: 11 },
      { text: '2.严明政治纪律。严格执行规定。', boldPrefix: 9 },
      { text: '普通段落，中间加粗不算标题。' },
      { text: '一、全段加粗的部分标题', boldPrefix: 11 },
    ]);
  });

  test('leading white space (an indent typed as spaces) does not hide a bold title', async () => {
    const x = await read([{ runs: ['\u3000\u3000', { text: '3.压实责任。', bold: true }, '落实主管主办责任。'] }]);
    assert.deepEqual(x.paragraphs, [{ text: '3.压实责任。落实主管主办责任。', boldPrefix: 7 }]);
  });

  test('heading styles give heading: built-in, English "heading 2", Chinese "标题 2", a custom style based on Heading 2', async () => {
    const x = await read([
      { runs: ['2026年工作要点'], heading: 1 },
      { runs: ['一、内置标题2'], heading: 2 },
      { runs: ['二、Word中文版'], style: '2' },
      { runs: ['三、WPS'], style: 'a3' },
      { runs: ['四、自定义样式'], style: 'yaodian' },
      { runs: ['正文段落。'] },
    ], {
      styles: [
        { id: '2', name: 'heading 2' },
        { id: 'a3', name: '标题 2' },
        { id: 'yaodian', name: '要点部分标题', basedOn: 'Heading2' },
      ],
    });
    assert.deepEqual(x.paragraphs!.map((p) => p.heading), [1, 2, 2, 2, 2, undefined]);
  });

  test('a bold paragraph style makes its runs bold', async () => {
    const x = await read([{ runs: ['全段由样式加粗'], style: 'strong' }], { styles: [{ id: 'strong', name: '加粗段落', bold: true }] });
    assert.equal(x.paragraphs![0]!.boldPrefix, 7);
  });

  test('tracked changes: deleted text is not read, inserted text is', async () => {
    const x = await read([{ runs: ['加强', { text: '机关', revision: 'deleted' }, { text: '基层', revision: 'inserted' }, '党组织建设。'] }]);
    assert.deepEqual(texts(x), ['加强基层党组织建设。']);
  });

  test('tables are read row by row, cell by cell', async () => {
    const x = await read(['表前段落', { rows: [[['序号'], ['任务'], ['责任单位']], [['1'], ['深化政治机关建设', '（含模范机关）'], ['机关党委']]] }, '表后段落']);
    assert.deepEqual(texts(x), ['表前段落', '序号', '任务', '责任单位', '1', '深化政治机关建设', '（含模范机关）', '机关党委', '表后段落']);
  });

  test('empty and blank paragraphs are dropped', async () => {
    const x = await read(['第一段', '', { runs: ['   '] }, { runs: [] }, '第二段']);
    assert.deepEqual(texts(x), ['第一段', '第二段']);
  });
});

describe('extractDocx: Word automatic numbering', () => {
  test('restores the four 公文 levels: 一、 （一） 1. （1）', async () => {
    const x = await read([gw(0, '总体要求'), gw(1, '政治建设'), gw(2, '深化政治机关建设'), gw(3, '强化理论学习')]);
    assert.deepEqual(texts(x), ['一、总体要求', '（一）政治建设', '1.深化政治机关建设', '（1）强化理论学习']);
    assert.deepEqual(x.notes, ['Word list numbering restored ×4']);
  });

  test('a list continues across unnumbered paragraphs; deeper levels restart when a shallower level advances', async () => {
    const x = await read([
      gw(0, '第一部分'), gw(2, '甲'), '正文段落。', gw(2, '乙'), gw(3, '细项'), gw(3, '细项'),
      gw(0, '第二部分'), gw(2, '丙'), gw(3, '细项'),
      gw(1, '分项'), gw(2, '丁'),
    ]);
    assert.deepEqual(texts(x), [
      '一、第一部分', '1.甲', '正文段落。', '2.乙', '（1）细项', '（2）细项',
      '二、第二部分', '1.丙', '（1）细项',
      // 丙 stood under an unwritten （一）, so this level-1 paragraph is （二） (as LibreOffice shows it too).
      '（二）分项', '1.丁',
    ]);
  });

  test('a new w:num with startOverride restarts the list; a list can start at any number', async () => {
    const x = await read([gw(2, '甲'), gw(2, '乙'), gw(2, '重新', 1), gw(2, '再续', 1), { runs: ['第七'], list: { reference: 'from7', level: 0 } }], {
      lists: [{ reference: 'from7', levels: [{ text: '%1.', format: 'decimal', start: 7 }] }],
    });
    assert.deepEqual(texts(x), ['1.甲', '2.乙', '1.重新', '2.再续', '7.第七']);
  });

  test('two w:num of one abstract definition without overrides are one list, as Word numbers them', async () => {
    const bytes = await rewriteDocxPart(await makeDocx([gw(2, '甲'), gw(2, '乙'), gw(2, '丙', 1)]), 'word/numbering.xml',
      (xml) => xml.replace(/<w:lvlOverride\b[\s\S]*?<\/w:lvlOverride>/g, ''));
    assert.deepEqual(texts(await extractDocx(bytes, 't.docx')), ['1.甲', '2.乙', '3.丙']);
  });

  test('LibreOffice\'s way: the first paragraph on a w:num that restarts, the rest on one that does not, is one list', async () => {
    // The second w:num (instance 1) loses its overrides: it continues what the first one restarted.
    const bytes = await rewriteDocxPart(await makeDocx([gw(2, '甲'), gw(2, '乙', 1), gw(2, '丙', 1)]), 'word/numbering.xml',
      (xml) => xml.replace(/(<w:num [^>]*>(?:(?!<w:num ).)*)$/s, (last) => last.replace(/<w:lvlOverride\b[\s\S]*?<\/w:lvlOverride>/g, '')));
    assert.deepEqual(texts(await extractDocx(bytes, 't.docx')), ['1.甲', '2.乙', '3.丙']);
  });

  test('a list that starts at a deeper level counts its shallower level as begun', async () => {
    const copy = { ...GONGWEN_LIST, reference: 'copy' };
    const x = await read([gw(0, '甲'), { runs: ['子'], list: { reference: 'copy', level: 2 } }, { runs: ['乙'], list: { reference: 'copy', level: 0 } }], { lists: [copy] });
    assert.deepEqual(texts(x), ['一、甲', '1.子', '二、乙']);
  });

  test('a run-in title on a numbered paragraph counts its number as bold', async () => {
    const x = await read([{ runs: [{ text: '深化政治机关建设。', bold: true }, '推动理想信念教育。'], list: { reference: 'gongwen', level: 2 } }]);
    assert.deepEqual(x.paragraphs, [{ text: '1.深化政治机关建设。推动理想信念教育。', boldPrefix: 11 }]);
  });

  test('bullets are left out of the text and reported', async () => {
    const x = await read([{ runs: ['第一条要求'], list: { reference: 'bullets', level: 0 } }, { runs: ['第二条要求'], list: { reference: 'bullets', level: 0 } }, '正文']);
    assert.deepEqual(texts(x), ['第一条要求', '第二条要求', '正文']);
    assert.deepEqual(x.notes, ['Word bullets left out ×2']);
  });
});

describe('extractDocx: files it cannot read', () => {
  const file = 'received/要点.docx';
  test('random bytes', () => rejectsInput(extractDocx(new Uint8Array(4096).map((_, i) => (i * 7919) % 251), file), file, /not a zip/));
  test('an old binary Word file saved under a .docx name', async () => {
    const ole = new Uint8Array(4096);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    await rejectsInput(extractDocx(ole, file), file, /old binary Word\/WPS document/);
  });
  test('a zip without word/document.xml', async () => {
    const zip = new JSZip().file('hello.txt', '你好');
    await rejectsInput(extractDocx(await zip.generateAsync({ type: 'uint8array' }), file), file, /no word\/document\.xml/);
  });
  test('a truncated .docx', async () => {
    const bytes = await makeDocx(['一、总体要求', '正文']);
    await rejectsInput(extractDocx(bytes.subarray(0, Math.floor(bytes.length * 0.6)), file), file, /./);
  });
  test('a .docx whose document.xml is cut off (broken XML)', async () => {
    const bytes = await rewriteDocxPart(await makeDocx(['一、总体要求', '正文段落']), 'word/document.xml', (xml) => xml.slice(0, xml.indexOf('正文')));
    await rejectsInput(extractDocx(bytes, file), file, /not well-formed XML/);
  });
  test('a .docx whose numbering.xml is broken', async () => {
    const bytes = await rewriteDocxPart(await makeDocx([gw(0, '总体要求')]), 'word/numbering.xml', (xml) => xml.replace('</w:numbering>', '<w:num'));
    await rejectsInput(extractDocx(bytes, file), file, /numbering\.xml is not well-formed XML/);
  });
});

// Every fixture edition (tests/fixtures/content/), written as an office would, reads back as its words.
describe('extractDocx over the fixture editions', () => {
  for (const edition of fixtureEditions) {
    test(edition.id, async () => {
      // An edition with parts known only from the 目录 opens with that 目录, as its source did (then the notice).
      const outline = edition.sections.some((x) => x.outlineOnly || x.items.some((i) => i.outlineOnly))
        ? ['目录', ...edition.sections.flatMap((x) => [...(x.number > 0 ? [x.heading] : []), ...x.items.map((i) => `${i.label}${i.title}`.replace(/[。！？]$/u, ''))])]
        : [];
      const main = editionText(edition).main;
      const noticeLength = edition.notice ? 7 + edition.notice.body.length - 1 : 0;
      const expected = [...main.slice(0, noticeLength), ...outline, ...main.slice(noticeLength)];
      const bytes = await editionToDocx(edition);
      // The file itself, read without the reader under test: each w:p's w:t runs joined.
      const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
      const raw = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => [...m[0].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''));
      assert.deepEqual(raw.filter(Boolean), expected.map((t) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')));
      const typed = await extractDocx(bytes, 'e.docx');
      assert.deepEqual(texts(typed), expected);
      const auto = await extractDocx(await editionToDocx(edition, { autoNumbering: true }), 'e.docx');
      assert.deepEqual(texts(auto), expected);
      // Every item's heading is its bold prefix, in both forms.
      const headings = edition.items.filter((it) => !it.outlineOnly).map((it) => `${it.label}${it.title}`);
      for (const x of [typed, auto]) {
        const bold = x.paragraphs!.filter((p) => p.boldPrefix).map((p) => p.text.slice(0, p.boldPrefix));
        assert.deepEqual(bold, headings);
      }
    });
  }
});
