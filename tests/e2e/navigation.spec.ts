import { expect, test } from './support/fixtures.ts';

test('home → issuer → edition → another year via the switcher, and back to the current one', async ({ page, outside, baseURL }) => {
  const base = new URL(baseURL!).pathname;
  await page.goto('');
  await expect(page).toHaveTitle(/党建工作要点/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  const current = page.getByRole('region', { name: '各发文机关现行要点' });
  await expect(current.getByRole('listitem')).toHaveCount(6);

  await current.getByRole('link', { name: '2025年中央和国家机关党的建设主要工作' }).click();
  await expect(page).toHaveURL(`${base}zhongyang-guojia-jiguan/2025/`);
  await page.getByRole('navigation', { name: '位置' }).getByRole('link', { name: '中央和国家机关工委' }).click();
  await expect(page).toHaveURL(`${base}zhongyang-guojia-jiguan/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('中央和国家机关工委');
  const list = page.locator('.edition-list li');
  await expect(list).toHaveCount(2);
  await expect(list.first()).toContainText('现行');
  await expect(list.nth(1)).toContainText('往年');

  await list.first().getByRole('link').click();
  const switcher = page.getByRole('navigation', { name: '其他年度版本' });
  await expect(switcher.getByRole('link', { name: /2025/ })).toHaveAttribute('aria-current', 'page');
  await switcher.getByRole('link', { name: /2024/ }).click();
  await expect(page).toHaveURL(`${base}zhongyang-guojia-jiguan/2024/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('2024年中央和国家机关党的建设工作要点');

  const banner = page.getByRole('note').filter({ hasText: '往年版本' });
  await expect(banner).toContainText('这是 2024 年的往年版本。');
  await banner.getByRole('link').click();
  await expect(page).toHaveURL(`${base}zhongyang-guojia-jiguan/2025/`);
  await expect(page.getByRole('note').filter({ hasText: '往年版本' })).toHaveCount(0);
  expect(outside).toEqual([]);
});

test('year page lists every edition of the year', async ({ page }) => {
  await page.goto('years/2026/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('2026年印发的要点');
  await expect(page.locator('.edition-list li')).toHaveCount(4);
  await page.getByRole('navigation', { name: '全部年度' }).getByRole('link', { name: '2025' }).click();
  await expect(page.locator('.edition-list li')).toHaveCount(2);
});

test('an unknown address gets the 404 page', async ({ page }) => {
  const response = await page.goto('no-such-issuer/2030/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('页面不存在');
});
