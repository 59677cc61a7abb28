/**
 * The fixture site's one change page with reworded pairs (shi-jiguan 2025 → 2026: （一） items numbered afresh
 * in each section, one reworded with sub-points added, one replaced, one reworded at its end): its 新旧对照表
 * PDF read back, the old and the new text of each pair side by side on one row.
 */
import { columnLines, groupLines, readPdf, type PdfPage, type TextLine } from '../../../src/lib/print/pdf-text.ts';
import { expect, test } from '../support/fixtures.ts';

const squash = (s: string) => s.replace(/\s+/g, '');

test('the 新旧对照表 page marks the changed words: struck through on the left, underlined on the right', async ({ page }) => {
  await page.goto('shi-jiguan/2026/changes/table/');
  const row = page.locator('tr.row-reworded').first();
  // 督查机制。 → 督查问责机制，重点做好以下工作：… (where the words are cut is the segmenter's).
  await expect(row.locator('td.old del')).toHaveCount(1);
  await expect(row.locator('td.old del')).toContainText('机制');
  await expect(row.locator('td.new ins').first()).toContainText('问责机制，重点做好以下工作：');
  expect((await row.locator('td.new ins').allTextContents()).join(''), 'the kept sub-point is not marked').not.toContain('严肃党内政治生活');
  await expect(row.locator('td.new .cell-mark')).toHaveText('〔修改〕');
  await expect(page.locator('tr.row-added td.old')).toHaveText('〔新增〕');
  await expect(page.locator('tr.row-dropped td.new')).toHaveText('〔删除〕');
});

test('the 新旧对照表 PDF: A4 with its page number, each pair on one row, the old text left of the middle and the new right of it', async ({ request }) => {
  const response = await request.get('shi-jiguan/2026/changes.pdf');
  expect(response.status()).toBe(200);
  const pages: PdfPage[] = await readPdf(new Uint8Array(await response.body()));
  expect(pages).toHaveLength(1);
  const [page] = pages as [PdfPage];
  expect(Math.round(page.width)).toBe(595);
  expect(Math.round(page.height)).toBe(842);
  expect(groupLines(page.runs).some((l) => squash(l.text) === '—1—')).toBe(true);

  const left = columnLines(page, 'left');
  const right = columnLines(page, 'right');
  const text = (lines: TextLine[]) => squash(lines.map((l) => l.text).join(''));
  // Both sides in the issued order, each in its own column.
  const oldWords = ['（一）坚决做到“两个维护”', '督查机制。', '2.严肃党内政治生活', '（二）深化模范机关建设', '（一）持续纠治“四风”', '精简文件会议。'];
  const newWords = ['（一）坚决做到“两个维护”', '督查问责机制', '（1）建立重大决策部署落实台账', '（2）每半年开展一次专项督查', '（二）加强政治能力建设', '（一）持续纠治“四风”', '规范督查检查考核。'];
  const at = (column: string, words: string[]) => words.map((w) => column.indexOf(w));
  for (const [column, words] of [[text(left), oldWords], [text(right), newWords]] as const) {
    const places = at(column, words);
    expect(places.every((p) => p >= 0), `${words.join(' ')} in ${column}`).toBe(true);
    expect(places, 'in order').toEqual([...places].sort((a, b) => a - b));
  }
  expect(text(right)).not.toContain('深化模范机关建设');
  expect(text(left)).not.toContain('加强政治能力建设');

  // A pair's two heads stand on one line of the page: item against item.
  const head = (lines: TextLine[], words: string, nth = 0) => lines.filter((l) => squash(l.text).startsWith(words))[nth]!;
  for (const [words, nth] of [['（一）坚决做到', 0], ['（一）持续纠治', 0]] as const) {
    const [l, r] = [head(left, words, nth), head(right, words, nth)];
    expect(l && r, words).toBeTruthy();
    expect(Math.abs(l.y - r.y), words).toBeLessThan(1);
    expect(l.x1).toBeLessThan(page.width / 2);
    expect(r.x0).toBeGreaterThan(page.width / 2);
  }
});
