import { expect, test } from './support/fixtures.ts';

test('the 开平 edition: notice set like a notice, then the points with numbered items', async ({ page, outside }) => {
  await page.goto('kaiping-szjggw/2026/');
  const notice = page.getByRole('region', { name: '关于印发《2026年开平市直机关党建工作要点》的通知' });
  await expect(notice.locator('.notice-banner')).toHaveText('中共开平市直属机关工作委员会文件');
  await expect(notice.locator('.notice-banner')).toHaveCSS('color', 'rgb(184, 0, 15)');
  await expect(notice.locator('.notice-docnumber')).toContainText('开直工委通〔2026〕6号');
  await expect(notice.locator('.notice-recipients')).toHaveText('市直机关各单位党组织：');
  await expect(notice.locator('.notice-date time')).toHaveAttribute('datetime', '2026-05-07');
  await expect(notice.locator('.notice-date')).toHaveText('2026年5月7日');
  await expect(page.locator('h2.part-heading')).toHaveCount(4);
  await expect(page.locator('h3.item-heading')).toHaveCount(18);
  // Numbers are issued text, not CSS counters: they are in the page's text.
  const item14 = page.locator('.item').filter({ has: page.locator('#item-14') });
  expect(await item14.innerText()).toMatch(/^14\.压紧压实管党治党政治责任。抓实市直机关党建三级书记责任清单/);
  await expect(page.locator('#part-2')).toContainText('二、深化“珠链工程”');
  expect(outside).toEqual([]);
});

test('an anchor link lands on its item, and the item link control points at it', async ({ page }) => {
  await page.goto('kaiping-szjggw/2026/#item-14');
  const heading = page.locator('#item-14');
  await expect(heading).toBeInViewport();
  expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('item-14');
  await page.goto('kaiping-szjggw/2026/');
  await page.getByRole('link', { name: '第6条的链接' }).click();
  await expect(page).toHaveURL(/#item-6$/);
  await expect(page.locator('#item-6')).toBeInViewport();
  await page.getByRole('navigation', { name: '目录' }).getByRole('link', { name: /^四、深化“动力工程”/ }).click();
  await expect(page).toHaveURL(/#part-4$/);
  await expect(page.locator('#part-4')).toBeInViewport();
});

test('copy citation puts the citation on the clipboard', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL!).origin });
  await page.goto('kaiping-szjggw/2026/');
  const button = page.getByRole('button', { name: '复制引用：《2026年开平市直机关党建工作要点》第6条' });
  await button.click();
  await expect(button).toHaveText('已复制');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('《2026年开平市直机关党建工作要点》第6条');
});

test('incomplete sources say so and show where they stop', async ({ page }) => {
  await page.goto('shiwei-jiguan-gongwei/2026/');
  await expect(page.getByRole('note').filter({ hasText: '节选 · 原文不完整' })).toContainText('第19条中途中断');
  const item19 = page.locator('.item').filter({ has: page.locator('#item-19') });
  await expect(item19.locator('.truncation-mark')).toHaveText('〔原文至此中断〕');
  await page.getByRole('link', { name: '跳到中断处' }).click();
  await expect(page.locator('#truncation')).toBeInViewport();
  await expect(page.locator('.part-intro')).toHaveCount(5);
});

test('市政府机关: items 12–24 and sections 四–六 are shown as outline-only', async ({ page }) => {
  await page.goto('shizhengfu-jiguan/2026/');
  await expect(page.locator('h3.item-heading')).toHaveCount(24);
  for (let n = 12; n <= 24; n++) await expect(page.locator('.item.outline-only').filter({ has: page.locator(`#item-${n}`) })).toContainText('仅见于原文目录');
  await expect(page.locator('.item.outline-only')).toHaveCount(13);
  await expect(page.locator('.part.outline-only h2')).toHaveText([/^四、突出作风砺行/, /^五、坚持从严治廉/, /^六、推动融合增效/]);
  await expect(page.locator('.item').filter({ has: page.locator('#item-11') }).locator('.truncation-mark')).toBeVisible();
});

test('an edition without a title in its source says the title was supplied', async ({ page }) => {
  await page.goto('zhongyang-guojia-jiguan/2024/');
  await expect(page.getByText('〔原文无标题，标题为编者所加〕')).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('an edition reads in full and its links work', async ({ page }) => {
    await page.goto('dongguan-szjggw/2025/');
    await expect(page.locator('h3.item-heading')).toHaveCount(19);
    const item1 = page.locator('.item').filter({ has: page.locator('#item-1') });
    expect(await item1.innerText()).toMatch(/^1\.持续深化政治机关建设。严格执行[^\n]+有效率。\n+结合实际培育积极健康的党内政治文化/);
    await expect(page.getByRole('button', { name: /复制引用/ }).first()).toBeHidden();
    await page.getByRole('link', { name: '第16条的链接' }).click();
    await expect(page).toHaveURL(/#item-16$/);
  });
});

test('查看源文件 shows the edition\'s MDX, highlighted, with line anchors', async ({ page }) => {
  await page.goto('shizhengfu-jiguan/2026/');
  await page.getByRole('link', { name: '查看源文件' }).click();
  await expect(page).toHaveURL(/shizhengfu-jiguan\/2026\/source\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('content/editions/shizhengfu-jiguan/2026.mdx');
  await expect(page.locator('.source-view .tk-component').first()).toHaveText('<Truncated />');
  await expect(page.locator('.source-view .tk-component').nth(1)).toHaveText('<OutlineOnly />');
  await expect(page.locator('#L1')).toHaveText('---');
  await expect(page.locator('.source-view')).toContainText('## 一、聚焦政治铸魂，筑牢绝对忠诚根基');
});

test('the guide explains import, hand editing, new editions, programmes and publishing', async ({ page }) => {
  await page.goto('guide/');
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(['一、导入收到的文件', '二、手工编写或更正一个版本', '三、开始新一年的要点', '四、添加重点工作（品牌）', '五、发布']);
  await expect(page.locator('#import ~ p').first()).toContainText('Word 文件（.docx');
  await expect(page.locator('.guide')).toContainText('itemNumbering: section');
  await expect(page.locator('.snippet-view .tk-key').first()).toHaveText('issuer');
});
