/**
 * Item histories over ten years: the fixture site's generated issuer 示例市直机关工委 (shili-lishi, 2016–2025;
 * tests/fixtures/site/make-history.ts lists what happens to which item in which year).
 */
import { gzipSync } from 'node:zlib';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '../support/fixtures.ts';

const HISTORY = 'shili-lishi/history/';
const lineage = (page: import('@playwright/test').Page, title: string) => page.locator('section.lineage', { has: page.locator('h3', { hasText: title }) });

test('a reworded item: every year with its number and kind; the word diff on demand, from the editions themselves', async ({ page, outside }) => {
  await page.goto(HISTORY);
  const l = lineage(page, '深化“四强”党支部建设。');
  await expect(l).toHaveAttribute('id', '2016-item-8');
  await expect(l.locator('tbody tr th')).toHaveText(['2016', '2017', '2018', '2019', '2020', '2021', '2022', '2023', '2024', '2025']);
  await expect(l.locator('tbody tr .kind')).toHaveText(['本库最早版本', '未变', '未变', '未变', '未变', '未变', '未变', '未变', '修改', '未变']);
  await expect(l.locator('tbody tr td.num')).toHaveText(['8.', '8.', '9.', '8.', '8.', '8.', '9.', '9.', '9.', '9.']);
  await expect(l.locator('button.show-diff')).toHaveCount(1);
  await l.locator('button.show-diff').click();
  const diff = l.locator('tr.diff-row');
  await expect(diff.locator('del')).toHaveText(['探索形成']);
  await expect(diff.locator('ins')).toHaveText(['制定']);
  await expect(l.locator('button.show-diff')).toHaveAttribute('aria-expanded', 'true');
  await l.locator('button.show-diff').click();
  await expect(diff).toHaveCount(0);
  expect(outside).toEqual([]);
});

test('dropped in 2019, absent two years, re-added in 2022: the gap is rows, the return says where from', async ({ page }) => {
  await page.goto(HISTORY);
  const l = lineage(page, '严格落实意识形态工作责任制。');
  await expect(l.locator('.meta')).toHaveText('2016年起列入，现行要点仍有；其间2019—2021年未列入');
  await expect(l.locator('tbody tr')).toHaveText([
    /^2016\s*6\.\s*严格落实意识形态工作责任制。\s*本库最早版本$/,
    /^2017\s*6\.\s*.*未变$/,
    /^2018\s*7\.\s*.*未变（序号变化）$/,
    /^2019\s*删除$/,
    /^2020—2021\s*未列入$/,
    /^2022\s*7\.\s*.*恢复（由2018年第7条）$/,
    /^2023\s*7\./, /^2024\s*7\./, /^2025\s*7\./,
  ]);
  await l.getByRole('link', { name: '删除' }).click();
  await expect(page).toHaveURL(/shili-lishi\/2019\/changes\/$/);
});

test('a split shows both branches in their year; a merge both items it was made of', async ({ page }) => {
  await page.goto(HISTORY);
  const split = lineage(page, '培育积极健康的党内政治文化。');
  await expect(split).toHaveAttribute('id', '2016-item-1');
  await expect(split.locator('h3')).toHaveText('持续深化政治机关建设。 ／ 培育积极健康的党内政治文化。');
  await expect(split.locator('th[rowspan="2"]')).toHaveText(['2018', '2019', '2020', '2021', '2022', '2023', '2024', '2025']);
  await expect(split.locator('tr.split')).toHaveText([/1\.\s*持续深化政治机关建设。\s*拆分（由2017年第1条）/, /2\.\s*培育积极健康的党内政治文化。\s*拆分（由2017年第1条）/]);
  const merged = lineage(page, '深入推进机关党建法规制度建设。');
  await expect(merged.locator('tr.merged')).toHaveText([/^2020\s*18\.\s*深入推进机关党建法规制度建设。\s*合并（由2019年第18条、2019年第19条）/]);
  await merged.locator('tr.merged button.show-diff').click();
  await expect(merged.locator('tr.diff-row')).toContainText('建设高素质专业化党务干部队伍。');
  await expect(merged.locator('tr.diff-row del')).toContainText(['建设高素质专业化党务干部队伍。']);
});

test('an item new in 2021 says so on its edition page and leads to its lineage', async ({ page }) => {
  await page.goto('shili-lishi/2021/');
  const item = page.locator('.item', { has: page.locator('.item-note', { hasText: '本年新增' }) });
  await expect(item).toHaveCount(1);
  await expect(item.locator('.item-title')).toHaveText('抓实入党积极分子培养。');
  await item.getByRole('link', { name: /的历年沿革$/ }).click();
  await expect(page).toHaveURL(/shili-lishi\/history\/#2021-item-\d+$/);
  await expect(page.locator('section.lineage:target tbody tr .kind')).toHaveText(['新增', '未变', '未变', '未变', '未变']);
  await page.goto('shili-lishi/2022/');
  await expect(page.locator('.item-note')).toHaveText(['恢复2018年曾有的条目']);
});

test('the issuer page: the overview per year; the history page is small and accessible', async ({ page, request }) => {
  // axe reads every one of the history page's lineage tables (about 11 s alone on two cores, 30+ s beside other workers).
  test.slow();
  await page.goto('shili-lishi/');
  const rows = page.locator('.issuer-overview tbody tr');
  await expect(rows).toHaveCount(10);
  await expect(rows.locator('th')).toHaveText(['2025', '2024', '2023', '2022', '2021', '2020', '2019', '2018', '2017', '2016']);
  await expect(rows.nth(3)).toHaveText(/^2022\s*20\s*1（含恢复 1）\s*0\s*0/);
  await expect(rows.nth(6)).toHaveText(/^2019\s*19\s*0\s*1\s*0/);
  // Compressed as the server sends it (gzip -9), for an issuer whose items stand in ten years.
  const body = await (await request.get(HISTORY)).body();
  expect(gzipSync(body, { level: 9 }).length).toBeLessThan(30 * 1024);
  await page.goto(HISTORY);
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
});
