import { expect, test } from './support/fixtures.ts';

test('mentions in an item link to the programme page, once per item, never in headings', async ({ page }) => {
  await page.goto('dongguan-szjggw/2025/');
  const item8 = page.locator('.item').filter({ has: page.locator('#item-8') });
  await expect(item8.locator('a.programme-link')).toHaveCount(1);
  await expect(item8.locator('a.programme-link')).toHaveText('“四强”党支部');
  await expect(page.locator('h2 a.programme-link, h3 a.programme-link')).toHaveCount(0);
  await item8.locator('a.programme-link').click();
  await expect(page).toHaveURL(/programmes\/siqiang-dangzhibu\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('“四强”党支部');
});

test('a programme page: timeline, every mention with a deep link, related programmes, wordings', async ({ page }) => {
  await page.goto('programmes/siqiang-dangzhibu/');
  const timeline = page.locator('table.timeline');
  await expect(timeline.locator('td.hit')).toHaveCount(5);
  await expect(timeline.locator('tr').filter({ hasText: '东莞市直机关工委' }).locator('td.hit')).toHaveText(['1 处']);
  const mentions = page.locator('.mention-group li');
  await expect(mentions).toHaveCount(5);
  await expect(page.locator('.mention-group').filter({ hasText: '市委直属机关工委机关' }).locator('mark')).toHaveText('“红岩先锋·四强支部”');
  await page.locator('.mention-group').filter({ hasText: '2026年开平市直机关党建工作要点' }).getByRole('link', { name: '第6条' }).click();
  await expect(page).toHaveURL(/kaiping-szjggw\/2026\/#item-6$/);
  await expect(page.locator('#item-6')).toBeInViewport();
  await page.goBack();
  await expect(page.locator('ul.related li').first()).toBeVisible();
  await expect(page.locator('ul.wordings')).toContainText('市委直属机关工委机关：');
});

test('the programme index sorts by editions, first year and issuers', async ({ page }) => {
  await page.goto('programmes/');
  const rows = page.locator('table.programme-table tbody tr');
  expect(await rows.count()).toBeGreaterThanOrEqual(30);
  const editions = async () => (await rows.locator('td:nth-child(3)').allTextContents()).map(Number);
  const sortedDesc = (a: number[]) => a.every((v, i) => i === 0 || a[i - 1]! >= v);
  expect(sortedDesc(await editions())).toBe(true);
  await page.getByRole('button', { name: '首次出现' }).click();
  const first = (await rows.locator('td:nth-child(4)').allTextContents()).map(Number);
  expect(first.every((v, i) => i === 0 || first[i - 1]! <= v)).toBe(true);
  await expect(page.locator('th[aria-sort="ascending"]')).toHaveText('首次出现');
  await page.getByRole('button', { name: '发文机关数' }).click();
  const issuers = (await rows.locator('td:nth-child(5)').allTextContents()).map(Number);
  expect(sortedDesc(issuers)).toBe(true);
});

test('an edition lists the programmes it mentions', async ({ page }) => {
  await page.goto('kaiping-szjggw/2026/');
  const list = page.getByRole('navigation', { name: '本版涉及的重点工作' });
  await expect(list.getByRole('link', { name: '“四强”党支部' })).toBeVisible();
  await expect(list.getByRole('link', { name: '“双报到双服务”' })).toBeVisible();
});
