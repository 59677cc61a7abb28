import type { APIRequestContext } from '@playwright/test';
import { readEditions } from '../../src/lib/content/content-dir.ts';
import { groupLines, measureGrid, readPdf, type PdfPage } from '../../src/lib/print/pdf-text.ts';
import { formatChineseDate } from '../../src/lib/text/date.ts';
import { expect, test } from './support/fixtures.ts';

const editions = readEditions({ root: '.' }, { published: true });
const A4 = { width: 595.28, height: 841.89 };
const MM = 72 / 25.4;
const squash = (s: string) => s.replace(/\s+/g, '');

async function fetchPdf(request: APIRequestContext, path: string): Promise<{ pages: PdfPage[]; bytes: Buffer }> {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  expect(response.headers()['content-type']).toContain('application/pdf');
  const bytes = await response.body();
  return { pages: await readPdf(new Uint8Array(bytes)), bytes };
}
const pageText = (p: PdfPage) => squash(groupLines(p.runs).map((l) => l.text).join(''));

test.describe('PDFs read back', () => {
  for (const edition of editions) {
    test(`${edition.id}.pdf: A4, the title and every item title as text, a page number on every page`, async ({ request }) => {
      const { pages, bytes } = await fetchPdf(request, `${edition.id}.pdf`);
      for (const page of pages) {
        expect(Math.abs(page.width - A4.width)).toBeLessThan(1.5);
        expect(Math.abs(page.height - A4.height)).toBeLessThan(1.5);
      }
      const text = pages.map(pageText).join('');
      expect(text).toContain(squash(edition.title));
      for (const item of edition.items) expect(text, `item ${item.number}`).toContain(squash(`${item.label}${item.title}`));
      if (edition.notice) for (const s of [edition.notice.banner, edition.notice.docNumber, edition.notice.title, edition.notice.signature, formatChineseDate(edition.notice.date)]) expect(text).toContain(squash(s));
      pages.forEach((page, i) => expect(pageText(page), `page ${i + 1}`).toContain(`—${i + 1}—`));
      // Printed from a local server: no link may survive into the PDF.
      expect(bytes.includes('/URI')).toBe(false);
    });
  }

  test('开平 2026: the 通知 on page 1, the 要点 from page 2; 22 lines of 28 characters; page numbers and binding alternate', async ({ request }) => {
    const edition = editions.find((e) => e.id === 'kaiping-szjggw/2026')!;
    const { pages } = await fetchPdf(request, 'kaiping-szjggw/2026.pdf');
    expect(pageText(pages[0]!)).toContain('中共开平市直属机关工作委员会文件');
    expect(pageText(pages[0]!)).not.toContain(squash(edition.preamble[0]!.text.slice(0, 20)));
    const firstOfPage2 = groupLines(pages[1]!.runs)[0]!;
    expect(firstOfPage2.text).toBe(edition.title);
    expect(firstOfPage2.size).toBeCloseTo(22, 0);

    const full = pages.slice(1, -1);
    expect(full.length).toBeGreaterThanOrEqual(3);
    for (const [i, page] of full.entries()) {
      const grid = measureGrid(page);
      if (i === 0) continue; // the 要点's first page carries its title
      expect(grid.lines, `page ${i + 2}: lines`).toBeGreaterThanOrEqual(21);
      expect(grid.lines, `page ${i + 2}: lines`).toBeLessThanOrEqual(23);
      expect(grid.charsPerLine.length).toBeGreaterThan(5);
      for (const n of grid.charsPerLine) expect(Math.abs(n - 28), `page ${i + 2}: ${n} characters on a line`).toBeLessThanOrEqual(1);
    }

    // Odd pages: binding (28 mm) on the left, number on the right; even pages the other way round.
    for (const [i, page] of pages.entries()) {
      const lines = groupLines(page.runs);
      const number = lines.find((l) => squash(l.text) === `—${i + 1}—`)!;
      const body = lines.filter((l) => l.size === 16);
      const left = Math.min(...body.map((l) => l.x0));
      if (i % 2 === 0) {
        expect(number.x0).toBeGreaterThan(page.width / 2);
        if (body.length) expect(Math.abs(left - 28 * MM)).toBeLessThan(1.5);
      } else {
        expect(number.x1).toBeLessThan(page.width / 2);
        if (body.length) expect(Math.abs(left - 26 * MM)).toBeLessThan(1.5);
      }
      // 4号 (14 pt), its top 7 mm below the 225 mm type area.
      expect(number.size).toBeCloseTo(14, 0);
      expect(number.y).toBeLessThan(35 * MM - 7 * MM);
    }
  });

  test('an edition without a 通知 prints from its own title, with the 节选 note', async ({ request }) => {
    const edition = editions.find((e) => e.id === 'shiwei-jiguan-gongwei/2026')!;
    const { pages } = await fetchPdf(request, 'shiwei-jiguan-gongwei/2026.pdf');
    const lines = groupLines(pages[0]!.runs);
    expect(squash(lines[0]!.text)).toContain('节选');
    expect(lines[0]!.size).toBeLessThan(12);
    expect(lines[1]!.text).toBe(edition.title);
  });
});

test.describe('print media', () => {
  test('none of the site prints; the 通知 is set as the 红头 and the 要点 starts on a new page', async ({ page }) => {
    await page.goto('kaiping-szjggw/2026/');
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.site-header', '.site-footer', '.breadcrumbs', '.edition-aside', '.toc', '.versions', '.print-tools', '.edition-header', '.header-search input']) {
      await expect(page.locator(selector).first(), selector).toBeHidden();
    }
    for (const tools of await page.locator('.tools, button').all()) await expect(tools).toBeHidden();
    await expect(page.locator('.notice-banner')).toHaveCSS('color', 'rgb(230, 0, 18)');
    await expect(page.locator('.notice-banner')).toBeVisible();
    expect(await page.locator('.notice + .points').evaluate((el) => getComputedStyle(el).breakBefore)).toBe('page');
    await expect(page.locator('.points-title')).toHaveCSS('font-size', '29.3333px');
    await expect(page.locator('p.preamble').first()).toHaveCSS('font-size', '21.3333px');
    // Links print as text.
    const link = page.locator('.edition a[href]').first();
    if (await link.count()) await expect(link).toHaveCSS('text-decoration-line', 'none');
  });

  test('past and incomplete editions: the 往年 banner does not print, the 节选 note does (without its link)', async ({ page }) => {
    await page.goto('zhongyang-guojia-jiguan/2024/');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.banner.past')).toBeHidden();
    await page.goto('shiwei-jiguan-gongwei/2026/');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.banner.incomplete')).toBeVisible();
    await expect(page.locator('.banner.incomplete a')).toBeHidden();
    await expect(page.locator('.edition-title')).toBeVisible();
    await expect(page.locator('.edition-issuer')).toBeHidden();
  });
});

test.describe('print button, PDF link and social cards', () => {
  test('打印 prints; 下载PDF links the edition\'s PDF', async ({ page, request }) => {
    await page.goto('kaiping-szjggw/2026/');
    const button = page.getByRole('button', { name: /^打印/ });
    await expect(button).toBeVisible();
    await page.evaluate(() => { window.print = () => { document.body.dataset.printed = 'yes'; }; });
    await button.click();
    await expect(page.locator('body')).toHaveAttribute('data-printed', 'yes');
    const pdf = page.getByRole('link', { name: /^下载PDF/ });
    const href = (await pdf.getAttribute('href'))!;
    expect(href).toMatch(/kaiping-szjggw\/2026\.pdf$/);
    expect((await request.get(href)).status()).toBe(200);
  });

  test('without JavaScript there is no 打印 button', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
    const page = await context.newPage();
    await page.goto('kaiping-szjggw/2026/');
    await expect(page.locator('button.print-button')).toBeHidden();
    await expect(page.getByRole('link', { name: /^下载PDF/ })).toBeVisible();
    await context.close();
  });

  const cards: [string, string][] = [['kaiping-szjggw/2026/', 'og/kaiping-szjggw/2026.png'], ['kaiping-szjggw/', 'og/kaiping-szjggw.png'], ['years/2026/', 'og/years/2026.png'], ['', 'og/index.png'], ['search/', 'og/index.png']];
  for (const [path, image] of cards) {
    test(`og:image of /${path} is a 1200×630 PNG (${image})`, async ({ page, request }) => {
      await page.goto(path);
      const content = (await page.locator('meta[property="og:image"]').getAttribute('content'))!;
      expect(content.endsWith(image)).toBe(true);
      const png = await (await request.get(content)).body();
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    });
  }
});
