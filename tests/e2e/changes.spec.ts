import { expect, test } from './support/fixtures.ts';

test('the change page of an edition with an earlier one, linked from both editions', async ({ page }) => {
  await page.goto('zhongyang-guojia-jiguan/2024/');
  await page.getByRole('link', { name: '2025 年版的变化' }).click();
  await expect(page).toHaveURL(/zhongyang-guojia-jiguan\/2025\/changes\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('2025 年与 2024 年要点的变化');
  const total = page.locator('table.change-summary tfoot tr');
  await expect(total.locator('td')).toHaveText(['2', '1', '0', '0', '0', '0', '0']);
  await expect(page.getByRole('note').filter({ hasText: '所据原文不完整' })).toBeVisible();
  await expect(page.locator('.change-added')).toHaveCount(2);
  await page.goto('zhongyang-guojia-jiguan/2025/');
  await expect(page.getByRole('link', { name: '与 2024 年版比较' })).toHaveAttribute('href', /zhongyang-guojia-jiguan\/2025\/changes\/$/);
});

test('compare any two editions in the browser: 东莞 2025 vs 开平 2026 share whole items', async ({ page }) => {
  await page.goto('compare/?a=dongguan-szjggw/2025&b=kaiping-szjggw/2026');
  await expect(page.locator('[data-compare-app]')).toHaveAttribute('data-done', 'dongguan-szjggw/2025|kaiping-szjggw/2026');
  const pairOf = (newer: number) => page.locator('.change').filter({ has: page.getByRole('link', { name: `新版第${newer}条`, exact: true }) });
  await expect(pairOf(5).getByRole('link', { name: '原第5条', exact: true })).toBeVisible();
  await expect(pairOf(5).locator('.kind')).toHaveText('修改');
  await expect(pairOf(14).getByRole('link', { name: '原第16条', exact: true })).toBeVisible();
  // Word-level diff: insertions and deletions are whole words, and the side-by-side view shows old left, new right.
  await expect(pairOf(5).locator('.diff-inline del').first()).toBeVisible();
  await pairOf(5).locator('summary', { hasText: '左右对照' }).click();
  await expect(pairOf(5).locator('.side-by-side .old del').first()).toBeVisible();
  await expect(pairOf(5).locator('.side-by-side .new ins').first()).toBeVisible();
  // The URL can be shared; another pair recomputes.
  await page.locator('select[name="a"]').selectOption('kaiping-szjggw/2026');
  await page.getByRole('button', { name: '比较' }).click();
  await expect(page).toHaveURL(/a=kaiping-szjggw%2F2026&b=kaiping-szjggw%2F2026/);
  await expect(page.locator('[data-compare-app]')).toHaveAttribute('data-done', 'kaiping-szjggw/2026|kaiping-szjggw/2026');
  await expect(page.locator('table.change-summary tfoot td').last()).toHaveText('18');
});

test('the year page says what appeared and disappeared across the site', async ({ page }) => {
  await page.goto('years/2026/');
  const block = page.getByRole('region', { name: '与 2025 年相比，全站的变化' });
  await expect(block.getByRole('heading', { name: /新出现的重点工作/ })).toBeVisible();
  await expect(block.getByRole('link', { name: '“四强”党支部' })).toHaveCount(0);
  await expect(block.locator('li').filter({ hasText: '“十五五”' })).toBeVisible();
});
