/**
 * The fixture site (tests/fixtures/site/): editions numbered at every level of GB/T 9704 §7.3.3, read, cited,
 * searched, compared and printed as readers would, and their PDFs and saved pages imported back.
 */
import { readEditions } from '../../../src/lib/content/content-dir.ts';
import { loadEdition } from '../../../src/lib/edition/load.ts';
import { checkEdition } from '../../../src/lib/import/check.ts';
import { knownIssuers } from '../../../src/lib/import/cli.ts';
import { importFile } from '../../../src/lib/import/import-file.ts';
import { editionShape } from '../../support/same-edition.ts';
import { expect, test } from '../support/fixtures.ts';

const SITE = { root: 'tests/fixtures/site' };

test('一、 sections, （一） items numbered afresh in each section, 1. and （1） sub-points with anchors', async ({ page, outside }) => {
  await page.goto('shi-jiguan/2026/');
  await expect(page.locator('h2.part-heading')).toHaveText(['一、加强政治建设#', '二、加强作风建设#']);
  await expect(page.locator('h3.item-heading')).toHaveText(['（一）坚决做到“两个维护”', '（二）加强政治能力建设', '（一）持续纠治“四风”']);
  for (const id of ['item-1-1', 'item-1-2', 'item-2-1', 'item-1-1-1', 'item-1-1-1-1', 'item-1-1-1-2', 'item-1-1-2', 'item-2-1-1']) await expect(page.locator(`#${id}`)).toHaveCount(1);
  await expect(page.locator('#item-1-1-1-2')).toHaveText('（2）每半年开展一次专项督查，督查结果在一定范围内通报。');
  await expect(page.locator('#item-1-1-1-2')).toHaveClass(/point depth-2/);
  // The table of contents names the items as issued; the item link says how staff cite it.
  await expect(page.getByRole('navigation', { name: '目录' }).getByRole('link', { name: '（二）加强政治能力建设' })).toHaveAttribute('href', '#item-1-2');
  await page.getByRole('link', { name: '第二部分第（一）项的链接' }).click();
  await expect(page).toHaveURL(/#item-2-1$/);
  await page.goto('shi-jiguan/2026/#item-1-1-1-2');
  await expect(page.locator('#item-1-1-1-2')).toBeInViewport();
  expect(outside).toEqual([]);
});

test('copy citation names the part and the item as issued', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL!).origin });
  await page.goto('shi-jiguan/2026/');
  await page.getByRole('button', { name: '复制引用：《2026年机关党建工作要点》第一部分第（二）项' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('《2026年机关党建工作要点》第一部分第（二）项');
});

test('items （一） alone, and a source with hidden text: the gaps are marked and the numbers kept as issued', async ({ page }) => {
  await page.goto('jggw-dzb/2026/');
  await expect(page.locator('h2.part-heading')).toHaveCount(0);
  await expect(page.locator('h3.item-heading')).toHaveCount(4);
  await expect(page.locator('#item-3')).toHaveText('（三）抓好党员教育管理。');
  await page.goto('wenku-demo/2026/');
  await expect(page.locator('.gap-mark')).toHaveText(['〔此处原文有省略〕', '〔此处原文有省略〕']);
  await expect(page.locator('h3.item-heading .item-label')).toHaveText(['1.', '5.', '6.', '9.']);
  await expect(page.locator('#item-5')).toHaveCount(1);
});

test('the change page between two years cites （一） items by part', async ({ page }) => {
  await page.goto('shi-jiguan/2026/changes/');
  await expect(page.locator('h1')).toHaveText('2026 年与 2025 年要点的变化');
  const changes = page.locator('.change-view');
  await expect(changes.getByRole('link', { name: '新版第一部分第（二）项' }).first()).toHaveAttribute('href', /shi-jiguan\/2026\/#item-1-2$/);
  await expect(changes).toContainText('原第一部分第（二）项');
});

test('search finds a （一） item and shows it by its citation', async ({ page }) => {
  await page.goto('search/?q=政治能力专题培训');
  await expect(page.locator('[data-search-app]')).toHaveAttribute('data-done', '政治能力专题培训');
  const hit = page.locator('a.result-title').filter({ hasText: '加强政治能力建设' }).first();
  await expect(hit).toContainText('第一部分第（二）项');
  await hit.click();
  await expect(page).toHaveURL(/shi-jiguan\/2026\/\?hl=.*#item-1-2$/);
});

for (const [kind, path] of [['PDF', (id: string) => `${id}.pdf`], ['saved page', (id: string) => `${id}/`]] as const) {
  test(`every edition's ${kind} imports back as the same edition, at every level`, async ({ request }) => {
    const issuers = knownIssuers(SITE.root);
    // The imported ones (the generated ten-year issuer has no source: it is written, not received).
    const editions = readEditions(SITE, { published: true }).filter((e) => e.data.source);
    expect(editions.map((e) => e.id).sort()).toEqual(['jggw-dzb/2026', 'quzhi-jggw/2026', 'shi-jiguan/2025', 'shi-jiguan/2026', 'wenku-demo/2026']);
    for (const edition of editions) {
      const response = await request.get(path(edition.id));
      expect(response.status()).toBe(200);
      const bytes = new Uint8Array(await response.body());
      const r = await importFile(bytes, { file: `received/${edition.issuer}.${kind === 'PDF' ? 'pdf' : 'html'}`, issuers, issuerId: edition.issuer });
      const again = loadEdition(r.mdx, r.editionFile);
      expect(editionShape(again), edition.id).toEqual(editionShape(edition));
      expect(checkEdition(again, r.sourceBytes, bytes).problems).toEqual([]);
    }
  });
}
