/**
 * Item histories on the real content: 中央和国家机关 2024 → 2025, two excerpts (the 2024 text is one item of
 * its 2024 要点, the 2025 text two of another), so nothing carries over and every absence is uncertain.
 */
import { expect, test } from './support/fixtures.ts';

test('中央和国家机关: the history page says what is known and what the excerpts cannot say', async ({ page, outside }) => {
  await page.goto('zhongyang-guojia-jiguan/history/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('中央和国家机关工委党建工作要点条目沿革');
  await expect(page.locator('.history-group > h2')).toHaveText(['2025年要点中的条目', '已不在现行要点中的条目']);
  await expect(page.locator('section.lineage h3')).toHaveText(['当好学习宣传贯彻党的二十届三中全会精神排头兵。', '以高质量机关党建促进高质量发展。', '深化政治机关建设。']);
  const first = page.locator('section.lineage').first();
  await expect(first.locator('tbody tr')).toHaveText([/^2025\s*1\.\s*当好学习宣传贯彻党的二十届三中全会精神排头兵。\s*新增（上一年原文不完整，可能早已列入）$/]);
  const gone = page.locator('section.lineage', { hasText: '深化政治机关建设。' });
  await expect(gone.locator('.meta')).toHaveText('仅见于2024年');
  await expect(gone.locator('tbody tr')).toHaveText([/^2024\s*1\.\s*深化政治机关建设。\s*本库最早版本$/, /^2025\s*原文不完整，未见该条$/]);
  // The year links to the edition, the number to the item there.
  await gone.getByRole('link', { name: '第1条' }).click();
  await expect(page).toHaveURL(/zhongyang-guojia-jiguan\/2024\/#item-1$/);
  await expect(page.locator('#item-1')).toBeInViewport();
  expect(outside).toEqual([]);
});

test('中央和国家机关 2025: each item links to its lineage; the issuer page has the overview', async ({ page }) => {
  await page.goto('zhongyang-guojia-jiguan/2025/');
  await page.getByRole('link', { name: '第2条的历年沿革' }).click();
  await expect(page).toHaveURL(/zhongyang-guojia-jiguan\/history\/#2025-item-2$/);
  await expect(page.locator('section.lineage:target h3')).toHaveText('以高质量机关党建促进高质量发展。');
  await expect(page.locator('section.lineage:target')).toBeInViewport();

  await page.goto('zhongyang-guojia-jiguan/');
  const table = page.locator('.issuer-overview table');
  await expect(table.locator('thead th')).toHaveText(['年份', '条目', '新增', '删除', '修改', '调整位置', '拆分', '合并', '未变', '变化页']);
  await expect(table.locator('tbody tr')).toHaveText([/^2025\s*2\s*2\s*1\s*0\s*0\s*0\s*0\s*0\s*变化页$/, /^2024\s*1\s*本库最早版本\s*$/]);
  await page.getByRole('link', { name: '查看全部条目沿革' }).click();
  await expect(page).toHaveURL(/zhongyang-guojia-jiguan\/history\/$/);
});
