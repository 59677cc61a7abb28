import type { APIRequestContext, Page } from '@playwright/test';
import { columnLines, groupLines, readPdf, type PdfPage } from '../../src/lib/print/pdf-text.ts';
import { expect, test } from './support/fixtures.ts';

/**
 * The 新旧对照表: the table page of the real 中央和国家机关 2024 → 2025 change page (both sources excerpts: one
 * item then, two now, none of them matched), its PDF read back, and the compare page's 打印对照表.
 */
const TABLE = 'zhongyang-guojia-jiguan/2025/changes/table/';
const A4 = { width: 595.28, height: 841.89 };
const squash = (s: string) => s.replace(/\s+/g, '');
/** Rows as a reader reads them: the section rows' headings, and each item row's two cells (label and title, or its mark). */
async function readRows(page: Page, table: string): Promise<string[]> {
  return page.locator(`${table} tbody tr`).evaluateAll((rows) =>
    rows.map((row) => {
      const heading = row.querySelector('th');
      if (heading) return `§ ${heading.textContent}`;
      const cell = (td: Element) => (td.querySelector('.cell-head')?.textContent ?? td.querySelector('.cell-mark')?.textContent ?? '').trim();
      return [...row.querySelectorAll('td')].map(cell).join(' | ');
    }),
  );
}

async function fetchPdf(request: APIRequestContext, path: string): Promise<PdfPage[]> {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  expect(response.headers()['content-type']).toContain('application/pdf');
  return readPdf(new Uint8Array(await response.body()));
}

test('the change page links its 新旧对照表: two columns headed by the editions, rows in the newer order, added and dropped said in words', async ({ page }) => {
  await page.goto('zhongyang-guojia-jiguan/2025/changes/');
  await page.getByRole('link', { name: '打印对照表' }).click();
  await expect(page).toHaveURL(/zhongyang-guojia-jiguan\/2025\/changes\/table\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('2025 年与 2024 年要点新旧对照表');
  const table = page.getByRole('table', { name: /逐条对照/ });
  await expect(table.locator('thead th')).toHaveText(['原文（2024年版） 2024年中央和国家机关党的建设工作要点', '新文（2025年版） 2025年中央和国家机关党的建设主要工作']);
  expect(await readRows(page, 'table.comparison-table')).toEqual([
    '§ 一、深入学习贯彻党的二十届三中全会精神和习近平总书记“7·29”重要指示精神',
    '〔新增〕（对应内容可能在未收录的部分） | 1.当好学习宣传贯彻党的二十届三中全会精神排头兵。',
    '〔新增〕（对应内容可能在未收录的部分） | 2.以高质量机关党建促进高质量发展。',
    '§ 原有部分（新版无对应部分）',
    '1.深化政治机关建设。 | 〔删除〕（对应内容可能在未收录的部分）',
  ]);
  // The whole text of each item, in its own column.
  await expect(table.locator('td.new').first()).toContainText('以钉钉子精神抓好落实');
  await expect(table.locator('td.old').last()).toContainText('推进政治监督具体化精准化');
  await expect(page.getByRole('note').filter({ hasText: '所据原文不完整' })).toBeVisible();
  await page.getByRole('link', { name: '返回变化页面' }).click();
  await expect(page).toHaveURL(/zhongyang-guojia-jiguan\/2025\/changes\/$/);
});

test('the table page prints its table alone: the printed title, the column heads repeated on every page, short rows kept whole', async ({ page }) => {
  await page.goto(TABLE);
  await page.emulateMedia({ media: 'print' });
  for (const selector of ['.site-header', '.breadcrumbs', 'main > h1', '.comparison-page > .meta', '.print-tools', '.site-footer']) await expect(page.locator(selector).first(), selector).toBeHidden();
  await expect(page.locator('.comparison-title')).toHaveText('2025年中央和国家机关党的建设主要工作新旧对照表');
  await expect(page.locator('.comparison-title')).toHaveCSS('font-size', '29.3333px');
  await expect(page.locator('.comparison-table thead')).toHaveCSS('display', 'table-header-group');
  await expect(page.locator('.comparison-table tr.keep').first()).toHaveCSS('break-inside', 'avoid');
  await expect(page.locator('.comparison-table tr.row:not(.keep)').first()).toHaveCSS('break-inside', 'auto');
  await expect(page.locator('.comparison-table td').first()).toHaveCSS('border-top-color', 'rgb(0, 0, 0)');
  // On screen the page's own heading stands in for the printed title.
  await page.emulateMedia({ media: 'screen' });
  await expect(page.locator('.comparison-title')).toBeHidden();
  await expect(page.locator('main > h1')).toBeVisible();
});

test('下载PDF links the table\'s PDF, and 打印 prints', async ({ page, request }) => {
  await page.goto(TABLE);
  const pdf = page.getByRole('link', { name: /^下载PDF/ });
  await expect(pdf).toHaveAttribute('download', '2025年中央和国家机关党的建设主要工作新旧对照表.pdf');
  const href = (await pdf.getAttribute('href'))!;
  expect(href).toMatch(/zhongyang-guojia-jiguan\/2025\/changes\.pdf$/);
  expect((await request.get(href)).status()).toBe(200);
  await page.evaluate(() => { window.print = () => { document.body.dataset.printed = 'yes'; }; });
  await page.getByRole('button', { name: '打印新旧对照表（原文、新文左右对照）' }).click();
  await expect(page.locator('body')).toHaveAttribute('data-printed', 'yes');
});

test('the table\'s PDF read back: A4, page numbers, the column heads on every page, old text left and new text right, in order', async ({ request }) => {
  const pages = await fetchPdf(request, 'zhongyang-guojia-jiguan/2025/changes.pdf');
  expect(pages.length).toBeGreaterThanOrEqual(2);
  for (const [i, page] of pages.entries()) {
    expect(Math.abs(page.width - A4.width)).toBeLessThan(1.5);
    expect(Math.abs(page.height - A4.height)).toBeLessThan(1.5);
    const lines = groupLines(page.runs);
    expect(lines.some((l) => squash(l.text) === `—${i + 1}—`), `page ${i + 1}: its number`).toBe(true);
    // The header row repeats: 原文 over the left column, 新文 over the right.
    expect(columnLines(page, 'left').some((l) => l.text === '原文（2024年版）'), `page ${i + 1}: 原文 head`).toBe(true);
    expect(columnLines(page, 'right').some((l) => l.text === '新文（2025年版）'), `page ${i + 1}: 新文 head`).toBe(true);
  }
  const first = groupLines(pages[0]!.runs);
  expect(squash(first[0]!.text + first[1]!.text)).toBe('2025年中央和国家机关党的建设主要工作新旧对照表');
  expect(first[0]!.size).toBeCloseTo(22, 0);

  // Each column's text, page after page: the old item only on the left, the new ones only on the right, in order.
  const column = (side: 'left' | 'right') => squash(pages.map((p) => columnLines(p, side).map((l) => l.text).join('')).join(''));
  const [left, right] = [column('left'), column('right')];
  const oldText = ['1.深化政治机关建设。', '持续推动政治机关意识教育', '推进政治监督具体化精准化'];
  const newText = ['1.当好学习宣传贯彻党的二十届三中全会精神排头兵。', '以钉钉子精神抓好落实', '2.以高质量机关党建促进高质量发展。', '学深悟透习近平总书记'];
  for (const words of oldText) expect(left, words).toContain(words);
  for (const words of newText) expect(right, words).toContain(words);
  for (const words of oldText) expect(right).not.toContain(words);
  for (const words of newText) expect(left).not.toContain(words);
  const inOrder = (text: string, words: string[]) => words.map((w) => text.indexOf(w)).every((at, k, all) => k === 0 || at > all[k - 1]!);
  expect(inOrder(right, newText)).toBe(true);
  expect(inOrder(left, oldText)).toBe(true);
  // The empty sides say why (the legend above the table names the marks too, without the note).
  expect(left.match(/〔新增〕（对应内容可能在未收录的部分）/g)?.length).toBe(2);
  expect(right.match(/〔删除〕（对应内容可能在未收录的部分）/g)?.length).toBe(1);
});

test('the compare page prints the 新旧对照表 of the two editions chosen, and nothing else', async ({ page }) => {
  await page.goto('compare/?a=dongguan-szjggw/2025&b=kaiping-szjggw/2026');
  await expect(page.locator('[data-compare-app]')).toHaveAttribute('data-done', 'dongguan-szjggw/2025|kaiping-szjggw/2026');
  await page.evaluate(() => { window.print = () => { document.body.dataset.printed = 'yes'; }; });
  // Before the button, printing shows the change view as it is; the table is nowhere.
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.compare-result')).toBeVisible();
  await expect(page.locator('.comparison-print')).toBeHidden();
  await page.emulateMedia({ media: 'screen' });

  await page.getByRole('button', { name: '打印新旧对照表（原文、新文左右对照）' }).click();
  await expect(page.locator('body')).toHaveAttribute('data-printed', 'yes');
  // The screen is unchanged; print media shows the table alone.
  await expect(page.locator('.comparison-print')).toBeHidden();
  await expect(page.locator('.compare-result')).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  for (const selector of ['main > h1', 'main > .meta', '.compare-form', '.compare-status', '.compare-result', '.compare-actions']) await expect(page.locator(selector), selector).toBeHidden();
  const printed = page.locator('.comparison-print');
  await expect(printed.locator('.comparison-title')).toHaveText('2026年开平市直机关党建工作要点新旧对照表');
  await expect(printed.locator('thead th')).toHaveText(['原文（2025年版） 2025年市直机关党的建设重点工作要点', '新文（2026年版） 2026年开平市直机关党建工作要点']);
  const rows = await readRows(page, '.comparison-print table');
  expect(rows[0]).toBe('§ 一、深化“铸魂工程”，强化政治引领、筑牢思想根基');
  // A row for every entry of the change view: each change shown in full, and each unchanged item.
  const entries = await page.locator('.compare-result .change, .compare-result .unchanged-list a').count();
  expect(entries).toBeGreaterThan(10);
  expect(rows.filter((r) => !r.startsWith('§'))).toHaveLength(entries);
  // Struck through on the left, underlined on the right: black and white, no colour needed.
  const del = printed.locator('td.old del').first();
  const ins = printed.locator('td.new ins').first();
  await expect(del).toBeVisible();
  await expect(ins).toBeVisible();
  await expect(del).toHaveCSS('text-decoration-line', 'line-through');
  await expect(ins).toHaveCSS('text-decoration-line', 'underline');
  await expect(ins).toHaveCSS('color', 'rgb(0, 0, 0)');
  await expect(ins).toHaveCSS('background-color', 'rgba(0, 0, 0, 0)');
  expect(await printed.locator('td.new del, td.old ins').count()).toBe(0);
  // After the dialog, Ctrl+P prints the page as it is again.
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await expect(page.locator('.compare-result')).toBeVisible();
  await expect(printed).toBeHidden();
});
