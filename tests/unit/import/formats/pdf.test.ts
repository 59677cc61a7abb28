/**
 * The .pdf reader, on PDFs printed by Chromium like a 公文 (tests/fixtures/import/formats/pdf/make-fixtures.ts
 * makes them and their .expected.json), on a hand-written PDF with a font that is not embedded (the CJK
 * CMaps), on damaged bytes, and on text runs laid out by hand (layoutPages is pure).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { InputError } from '../../../../src/lib/errors.ts';
import type { ExtractedParagraph } from '../../../../src/lib/import/formats/extract.ts';
import {
  extractPdf, fixRadicals, isLetterSpaced, layoutPages, pageNumberKind, tidySpaces, type PageText, type Run,
} from '../../../../src/lib/import/formats/pdf.ts';

const dir = new URL('../../../fixtures/import/formats/pdf/', import.meta.url);
const fixture = (name: string) => new Uint8Array(readFileSync(new URL(name, dir)));
const expected = (name: string) =>
  JSON.parse(readFileSync(new URL(`${name}.expected.json`, dir), 'utf8')) as { paragraphs: ExtractedParagraph[]; colophon: string[] };
const squash = (s: string) => s.replace(/\s+/g, '');

/** Asserts `promise` rejects with an InputError naming the file, saying what is wrong and how to fix it, without a stack. */
async function rejectsInput(promise: Promise<unknown>, file: string, reason: RegExp): Promise<void> {
  await assert.rejects(promise, (e: unknown) => {
    assert.ok(e instanceof InputError, `expected an InputError, got ${String(e)}`);
    assert.equal(e.file, file);
    assert.match(e.reason, reason);
    assert.ok(e.message.startsWith(`${file}: `), e.message);
    assert.match(e.message, /\n {2}fix: \S/);
    assert.doesNotMatch(e.message, /\n\s+at |pdf\.js|Exception/);
    return true;
  });
}

describe('extractPdf: a 公文 printed by Chromium', () => {
  test('notice + 要点: banner, 发文字号, two-line title, paragraphs across page breaks, exactly', async () => {
    const x = await extractPdf(fixture('notice.pdf'), 'notice.pdf');
    assert.equal(x.format, 'pdf');
    assert.deepEqual(x.paragraphs, expected('notice').paragraphs);
    assert.equal(x.text, expected('notice').paragraphs.map((p) => p.text).join('\n'));
    // The red banner is one paragraph, first, and no heading; the 发文字号 is next; the red rule is no text.
    assert.deepEqual(x.paragraphs!.slice(0, 3), [
      { text: '中共示例市直属机关工作委员会文件' },
      { text: '示直工委〔2026〕3号' },
      { text: '关于印发《2026年示例市直机关党建工作要点》的通知', heading: 1 },
    ]);
  });

  test('notice: page numbers and the 版记 are removed and reported, nothing else', async () => {
    const x = await extractPdf(fixture('notice.pdf'), 'notice.pdf');
    const numbers = x.removed.filter((r) => r.rule === 'page-number').map((r) => r.text);
    assert.deepEqual(numbers, ['— 1 —', '— 2 —', '— 3 —', '— 4 —']);
    const colophon = x.removed.filter((r) => r.rule === 'colophon');
    assert.equal(squash(colophon.map((r) => r.text).join('')), squash(expected('notice').colophon.join('')));
    assert.match(colophon.at(-1)!.text, /^中共示例市直属机关工作委员会办公室 2026年3月18日印发$/);
    assert.equal(x.removed.length, numbers.length + colophon.length);
    // The body's own mention of 抄送 stays.
    assert.ok(x.paragraphs!.every((p) => !p.text.startsWith('抄送') && !p.text.endsWith('印发')));
    assert.ok(x.paragraphs!.some((p) => p.text.includes('同时抄送市直机关工委办公室')));
  });

  test('notice: notes count pages, lines, paragraphs and each kind of furniture', async () => {
    const x = await extractPdf(fixture('notice.pdf'), 'notice.pdf');
    assert.match(x.notes[0]!, /^pdf: 4 pages, \d+ lines → 23 paragraphs$/);
    assert.ok(x.notes.includes('page numbers removed ×4'), x.notes.join('; '));
    assert.ok(x.notes.includes('版记 (抄送/印发) lines removed ×3'), x.notes.join('; '));
    // Chromium names 风 in the Type3 heading font as the radical ⻛; it is read as 风.
    assert.ok(x.notes.some((n) => n.startsWith('radical look-alikes read as ideographs')), x.notes.join('; '));
    assert.ok(!/[\u2e80-\u2fdf]/u.test(x.text!));
  });

  test('running header on every page, page numbers 第 N 页, mirrored margins: removed, paragraphs joined', async () => {
    const x = await extractPdf(fixture('running-header.pdf'), 'running-header.pdf');
    assert.deepEqual(x.paragraphs, expected('running-header').paragraphs);
    assert.deepEqual(x.removed, [1, 2, 3].flatMap((n) => [
      { rule: 'running-header', text: '示例市机关事务局党建工作要点' },
      { rule: 'page-number', text: `第 ${n} 页` },
    ]));
    assert.ok(x.notes.includes('running header/footer lines removed ×3'), x.notes.join('; '));
  });
});

describe('extractPdf: files it cannot read', () => {
  test('a scan (a picture of the text, no text layer)', async () => {
    await rejectsInput(extractPdf(fixture('scan.pdf'), 'scan.pdf'), 'scan.pdf', /no text layer: it is a scanned image/);
    await assert.rejects(extractPdf(fixture('scan.pdf'), 'scan.pdf'), /fix: ask the sender for the \.docx .*OCR/);
  });

  test('a password-protected PDF', async () => {
    await rejectsInput(extractPdf(fixture('encrypted.pdf'), 'x/encrypted.pdf'), 'x/encrypted.pdf', /password-protected \(encrypted\)/);
    await assert.rejects(extractPdf(fixture('encrypted.pdf'), 'e.pdf'), /fix: .*unprotected copy.*\.docx/);
  });

  test('not a PDF: empty, text, a renamed .docx, a web page, a photo', async () => {
    const bytes = (s: string) => new TextEncoder().encode(s);
    await rejectsInput(extractPdf(new Uint8Array(), 'a.pdf'), 'a.pdf', /not a PDF: the file is empty/);
    await rejectsInput(extractPdf(bytes('2026年工作要点'), 'a.pdf'), 'a.pdf', /not a PDF: it does not start with the %PDF- header/);
    await rejectsInput(extractPdf(new Uint8Array([0x50, 0x4b, 3, 4, 20, 0]), 'a.pdf'), 'a.pdf', /zip package \(a \.docx/);
    await rejectsInput(extractPdf(bytes('<!doctype html><p>要点</p>'), 'a.pdf'), 'a.pdf', /web page/);
    await rejectsInput(extractPdf(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0]), 'a.pdf'), 'a.pdf', /an image/);
  });

  test('damaged or truncated PDFs', async () => {
    const good = fixture('notice.pdf');
    await rejectsInput(extractPdf(good.subarray(0, Math.floor(good.length * 0.6)), 't.pdf'), 't.pdf', /incomplete: it stops before its end-of-file marker/);
    await rejectsInput(extractPdf(new TextEncoder().encode(`%PDF-1.4\n${'x'.repeat(300)}\n%%EOF\n`), 'd.pdf'), 'd.pdf', /damaged/);
    const holed = new Uint8Array(good);
    holed.fill(0, 5000, 60000);
    await rejectsInput(extractPdf(holed, 'h.pdf'), 'h.pdf', /damaged/);
    const cut = new Uint8Array([...good.subarray(0, 20000), ...good.subarray(good.length - 3000)]);
    await rejectsInput(extractPdf(cut, 'c.pdf'), 'c.pdf', /damaged/);
  });
});

/**
 * A PDF as old Word/WPS exports write it: STSong-Light, not embedded, text as UCS-2 codes through the
 * predefined CMap UniGB-UCS2-H, no ToUnicode. Only pdf.js's CMap files (Adobe-GB1) turn the codes into text.
 * Each line is drawn with its text matrix `m` (font size 1): [size, 0, 0, size, x, y] for ordinary text.
 */
function handmadePdf(lines: { text: string; m: number[] }[], pageBox = '/MediaBox [0 0 595 842]'): Uint8Array {
  const hex = (s: string) => [...s].map((c) => c.charCodeAt(0).toString(16).padStart(4, '0')).join('');
  const content = lines.map((l) => `BT /F1 1 Tf ${l.m.join(' ')} Tm <${hex(l.text)}> Tj ET`).join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R ${pageBox} /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>`,
    '<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [6 0 R] >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor 7 0 R /DW 1000 >>',
    '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 80 >>',
  ];
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(pdf.length);
    pdf += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(pdf); // all ASCII: offsets are byte offsets
}

const PARAGRAPH = '坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神，推进机关党建高质量发展，为全市发展提供坚强保证。';

describe('extractPdf: CJK text from a font that is not embedded', () => {
  test('codes are read through the predefined CMaps (UniGB-UCS2-H → Adobe-GB1 → Unicode)', async () => {
    // 26 characters of 16 pt fill the line from x=80 to x=496; the paragraph's first line is indented two characters.
    const x = await extractPdf(handmadePdf([
      { text: '示例单位工作要点', m: [22, 0, 0, 22, 208, 760] },
      { text: PARAGRAPH.slice(0, 24), m: [16, 0, 0, 16, 112, 700] },
      { text: PARAGRAPH.slice(24, 50), m: [16, 0, 0, 16, 80, 671] },
      { text: PARAGRAPH.slice(50), m: [16, 0, 0, 16, 80, 642] },
      { text: '一、加强政治建设', m: [16, 0, 0, 16, 112, 613] },
    ]), 'song.pdf');
    assert.deepEqual(x.paragraphs, [
      { text: '示例单位工作要点', heading: 1 },
      { text: PARAGRAPH },
      { text: '一、加强政治建设' },
    ]);
  });

  test('a page turned by /Rotate is read as shown; a diagonal watermark is left out and reported', async () => {
    // Landscape user space shown turned 90° clockwise: across the shown page is user +y, down it is user +x.
    const x = await extractPdf(handmadePdf([
      { text: PARAGRAPH.slice(0, 24), m: [0, 16, -16, 0, 100, 112] },
      { text: PARAGRAPH.slice(24, 50), m: [0, 16, -16, 0, 129, 80] },
      { text: PARAGRAPH.slice(50), m: [0, 16, -16, 0, 158, 80] },
      { text: '内部资料', m: [40, 40, -40, 40, 400, 300] },
    ], '/MediaBox [0 0 842 595] /Rotate 90'), 'turned.pdf');
    assert.deepEqual(x.paragraphs, [{ text: PARAGRAPH }]);
    assert.deepEqual(x.removed, [{ rule: 'rotated-text', text: '内部资料' }]);
  });
});

// ---------------------------------------------------------------------------------------------------
// Layout rules on runs laid out by hand: A4, text block x 80…496 (26 characters of 16 pt), pitch 29 pt.
// ---------------------------------------------------------------------------------------------------

/** A run; CJK characters are 1 em wide, others half an em unless `width` says otherwise. */
const run = (text: string, x: number, y: number, extra: Partial<Run> = {}): Run => {
  const size = extra.size ?? 16;
  const width = [...text].reduce((w, c) => w + (/[\u0000-\u024f]/.test(c) ? 0.5 : 1) * size, 0);
  return { text, x, y, size, width, font: 'body', ...extra };
};
const page = (runs: Run[]): PageText => ({ width: 595, height: 842, runs, skipped: [], radicals: 0 });
const LEFT = 80;
const FULL = '全面贯彻党的二十大精神推进机关党建高质量发展为全市发展提供';
/** Lines of a paragraph: the first indented two characters, full lines, then a short last line. */
const paragraph = (y: number, lines: number, last = '坚强保证。'): Run[] => [
  run(FULL.slice(0, 24), LEFT + 32, y),
  ...Array.from({ length: lines - 2 }, (_, i) => run(FULL.slice(0, 26), LEFT, y + 29 * (i + 1))),
  run(last, LEFT, y + 29 * (lines - 1)),
];
const texts = (pages: PageText[]) => layoutPages(pages, 'test.pdf').paragraphs!.map((p) => p.text);

describe('layoutPages: lines and paragraphs', () => {
  test('a paragraph over a page break is joined; an indented first line starts a new one', () => {
    const long = paragraph(207, 20);
    const one = page([...paragraph(120, 3), ...long.slice(0, 19)]); // the last line goes over to the next page
    const two = page([run(FULL.slice(0, 26), LEFT, 120), run('坚强保证。', LEFT, 149), ...paragraph(178, 2)]);
    const got = texts([one, two]);
    assert.equal(got.length, 3);
    assert.equal(got[1], FULL.slice(0, 24) + FULL.slice(0, 26).repeat(19) + '坚强保证。');
  });

  test('a line that ends short of the right edge ends the paragraph even when the next is not indented', () => {
    const got = texts([page([
      run(FULL.slice(0, 26), LEFT, 120), run('短行。', LEFT, 149),
      run(FULL.slice(0, 26), LEFT, 178), run('结束。', LEFT, 207),
    ])]);
    assert.deepEqual(got, [FULL.slice(0, 26) + '短行。', FULL.slice(0, 26) + '结束。']);
  });

  test('a larger gap than the line pitch ends the paragraph', () => {
    const got = texts([page([...paragraph(120, 2), run(FULL.slice(0, 26), LEFT, 120 + 29 * 3), run('完。', LEFT, 120 + 29 * 4)])]);
    assert.equal(got.length, 2);
  });

  test('runs of one line join without spaces between CJK; a gap between Latin words or digits is one space', () => {
    const got = texts([page([
      run('推进', LEFT + 32, 120), run('AI', LEFT + 64, 120, { width: 14 }), run('应用，开展', LEFT + 82, 120),
      run('Party', LEFT + 162, 120, { width: 36 }), run('building', LEFT + 202, 120, { width: 58 }),
      run('活动共', LEFT + 264, 120), run('12', LEFT + 312, 120, { width: 16 }), run('次。', LEFT + 332, 120),
      ...paragraph(149, 2),
    ])]);
    assert.equal(got[0], '推进AI应用，开展Party building活动共12次。');
  });

  test('a line break between two Latin words becomes one space; between Chinese, nothing', () => {
    const got = texts([page([
      run(`${FULL.slice(0, 21)}Party`, LEFT + 32, 120, { width: 416 - 32 }),
      run('building工作。', LEFT, 149),
      ...paragraph(178, 2),
    ])]);
    assert.equal(got[0], `${FULL.slice(0, 21)}Party building工作。`);
  });

  test('letter-spaced text loses the spaces pdf.js put between its characters', () => {
    assert.equal(tidySpaces('中 共 示 例 市 委 员 会 文 件'), '中共示例市委员会文件');
    assert.equal(tidySpaces('党 的 建 设 工 作 会 议 （ 以 下 简 称 7 月 会 议'), '党的建设工作会议（以下简称7月会议');
    assert.equal(tidySpaces('开展“光荣在党 50 年”纪念章颁发'), '开展“光荣在党 50 年”纪念章颁发');
    assert.equal(tidySpaces('机关 党建  Party  building'), '机关党建 Party building');
    assert.ok(isLetterSpaced('中 共 示 例 文 件'));
    assert.ok(!isLetterSpaced('光荣在党 50 年纪念章'));
  });

  test('a letter-spaced banner in separate runs is one paragraph, first, without heading; a centred title is heading 1', () => {
    const banner = [...'中共示例市委员会文件'].map((c, i) => run(c, 90 + i * 40, 180, { size: 36, font: 'banner' }));
    const x = layoutPages([page([
      ...banner,
      run('示委〔2026〕1号', 240, 260),
      run('关于印发工作要点的通知', 167, 330, { size: 22, font: 'title' }),
      ...paragraph(380, 3),
    ])], 't.pdf');
    assert.deepEqual(x.paragraphs!.slice(0, 3), [
      { text: '中共示例市委员会文件' },
      { text: '示委〔2026〕1号' },
      { text: '关于印发工作要点的通知', heading: 1 },
    ]);
  });

  test('a 一、 heading in another font is heading 2; a run-in title in another font gives boldPrefix', () => {
    const x = layoutPages([page([
      ...paragraph(120, 3),
      run('一、加强政治建设', LEFT + 32, 207, { font: 'hei' }),
      run('（一）加强学习。', LEFT + 32, 236, { font: 'kai' }), run('坚持“第一议题”制度，推进学习', LEFT + 160, 236),
      run('走深走实。', LEFT, 265),
      run('2026', LEFT + 32, 294, { font: 'times' }), run('年是开局之年。', LEFT + 64, 294),
      ...paragraph(323, 3),
    ])], 't.pdf');
    assert.deepEqual(x.paragraphs!.slice(1, 5), [
      { text: '一、加强政治建设', heading: 2, boldPrefix: 8 },
      { text: '（一）加强学习。坚持“第一议题”制度，推进学习走深走实。', boldPrefix: 8 },
      { text: '2026年是开局之年。' },
      { text: FULL.slice(0, 24) + FULL.slice(0, 26) + '坚强保证。' },
    ]);
  });
});

describe('layoutPages: page furniture', () => {
  const body = (extra: Run[] = []) => page([...paragraph(120, 10), ...paragraph(410, 8), ...extra]);

  test('page numbers in the margin: decorated always, a lone number only when it stands apart', () => {
    const x = layoutPages([
      body([run('— 1 —', 270, 790, { size: 14 })]),
      body([run('- 2 -', 270, 790, { size: 14 })]),
      body([run('3', 290, 790, { size: 14 })]),
      body([run('第 4 页 共 5 页', 250, 790, { size: 10.5 })]),
      body([run('5/5', 290, 790, { size: 10.5 })]),
    ], 'n.pdf');
    assert.deepEqual(x.removed, ['— 1 —', '- 2 -', '3', '第4页共5页', '5/5'].map((text) => ({ rule: 'page-number', text })));
  });

  test('a number in the text stays text: a lone number right under the last line, or in the middle of the page', () => {
    const full = FULL.slice(0, 26);
    const x = layoutPages([page([...paragraph(600, 5, full), run('2026', LEFT, 600 + 29 * 5)]), page([...paragraph(120, 3), run('12', LEFT + 32, 207), ...paragraph(236, 3)])], 'n.pdf');
    assert.deepEqual(x.removed, []);
    assert.ok(x.paragraphs!.some((p) => p.text.endsWith(`${full}2026`)));
    assert.ok(x.paragraphs!.some((p) => p.text === '12'));
  });

  test('a running header needs 3 pages and half of them; body lines are never taken for one', () => {
    const header = () => run('示例市直机关工委文件', 217, 60, { size: 10.5 });
    const x = layoutPages([body([header()]), body([header()]), body([header()]), body()], 'h.pdf');
    assert.deepEqual(x.removed, Array(3).fill({ rule: 'running-header', text: '示例市直机关工委文件' }));
    const two = layoutPages([body([header()]), body([header()])], 'h.pdf');
    assert.deepEqual(two.removed, []);
  });

  test('the 版记 is removed only when every line from 抄送 to the end belongs to it', () => {
    const colophon = [
      run('抄送：市委办公室，市人大常委会办公室，市政府办公', LEFT + 14, 640, { size: 14 }),
      run('室。', LEFT + 56, 664, { size: 14 }),
      run('示例市直机关工委办公室', LEFT + 14, 700, { size: 14 }), run('2026年3月18日印发', 380, 700, { size: 14 }),
    ];
    const x = layoutPages([page([...paragraph(120, 8), ...colophon])], 'c.pdf');
    assert.deepEqual(x.removed.map((r) => r.text), ['抄送：市委办公室，市人大常委会办公室，市政府办公', '室。', '示例市直机关工委办公室 2026年3月18日印发']);
    assert.ok(x.removed.every((r) => r.rule === 'colophon'));
    // A sentence after it means it is not the 版记 at the end: nothing is removed.
    const y = layoutPages([page([...paragraph(120, 8), ...colophon, ...paragraph(740, 2)])], 'c.pdf');
    assert.deepEqual(y.removed, []);
  });

  test('rotated text (a watermark) is left out and reported', () => {
    const pages = [body()];
    pages[0]!.skipped.push({ rule: 'rotated-text', text: '内部资料' });
    const x = layoutPages(pages, 'w.pdf');
    assert.deepEqual(x.removed, [{ rule: 'rotated-text', text: '内部资料' }]);
    assert.ok(x.notes.includes('rotated text (watermark, stamp) left out ×1'));
  });

  test('pages with almost no text are a scan', () => {
    assert.throws(() => layoutPages([page([run('第1页', 280, 800)]), page([])], 's.pdf'), /no text layer/);
  });
});

describe('small helpers', () => {
  test('page number forms', () => {
    for (const t of ['— 1 —', '—1—', '- 12 -', '－3－', '第 1 页', '第1页 共8页', '共8页 第1页', '1/8', 'Page 2 of 9', '第三页']) {
      assert.equal(pageNumberKind(t), 'decorated', t);
    }
    assert.equal(pageNumberKind('7'), 'bare');
    for (const t of ['2026年', '第1条', '（一）', '1.', '一、']) assert.equal(pageNumberKind(t), undefined, t);
  });

  test('radical look-alikes become the ideographs', () => {
    assert.deepEqual(fixRadicals('作⻛建设⼀⽇⻓⻔'), { text: '作风建设一日长门', count: 5 });
    assert.deepEqual(fixRadicals('作风建设'), { text: '作风建设', count: 0 });
  });
});
