import { readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures.ts';

interface Query {
  query: string;
  expect: string[];
}
const QUERIES = JSON.parse(readFileSync('bench/search-queries.json', 'utf8')) as Query[];

/** Types a query into the real search box and returns the result anchors in order (`<edition>#<anchor>`). */
async function searchFor(page: Page, query: string): Promise<string[]> {
  const box = page.getByRole('searchbox', { name: '检索词' });
  await box.fill(query);
  await box.press('Enter');
  await expect(page.locator('[data-search-app]')).toHaveAttribute('data-done', query);
  const hrefs = await page.locator('a.result-title').evaluateAll((els) => els.map((e) => (e as HTMLAnchorElement).href));
  return hrefs.map((h) => {
    const u = new URL(h);
    const parts = u.pathname.split('/').filter(Boolean);
    return `${parts.at(-2)}/${parts.at(-1)}${u.hash}`;
  });
}

test('the query set: recall@10 ≥ 0.95, every expected item found, MRR reported', async ({ page, outside }, info) => {
  test.skip(info.project.name !== 'root', 'the full query set runs once, at the root build');
  test.setTimeout(180_000);
  expect(QUERIES.length).toBeGreaterThanOrEqual(40);
  await page.goto('search/');
  const rows: { query: string; expected: number; found: number; recall: number; rr: number; missing: string[] }[] = [];
  for (const q of QUERIES) {
    const results = (await searchFor(page, q.query)).slice(0, 10);
    const found = q.expect.filter((e) => results.includes(e));
    const first = results.findIndex((r) => q.expect.includes(r));
    rows.push({ query: q.query, expected: q.expect.length, found: found.length, recall: q.expect.length ? found.length / Math.min(q.expect.length, 10) : 1, rr: first < 0 ? 0 : 1 / (first + 1), missing: q.expect.filter((e) => !results.includes(e)) });
  }
  const recall = rows.reduce((s, r) => s + r.recall, 0) / rows.length;
  const mrr = rows.reduce((s, r) => s + r.rr, 0) / rows.length;
  mkdirSync('test-results', { recursive: true });
  writeFileSync('test-results/search-quality.json', JSON.stringify({ queries: rows.length, recallAt10: recall, mrr, rows }, null, 1));
  const failures = rows.filter((r) => r.missing.length > 0);
  console.log(`search quality: ${rows.length} queries, recall@10 ${recall.toFixed(3)}, MRR ${mrr.toFixed(3)}; queries missing items: ${failures.map((f) => `${f.query} → ${f.missing.join(',')}`).join('; ') || 'none'}`);
  expect(recall).toBeGreaterThanOrEqual(0.95);
  expect(outside).toEqual([]);
});

test('quotes, widths and spaces do not matter: the same items for each spelling', async ({ page }) => {
  await page.goto('search/');
  const a = await searchFor(page, '“四强”党支部');
  expect(a.length).toBeGreaterThanOrEqual(5);
  for (const variant of ['四强党支部', '"四强"党支部', '＂四强＂党支部', '「四强」党支部']) expect((await searchFor(page, variant)).slice(0, 5)).toEqual(a.slice(0, 5));
  expect((await searchFor(page, '意识形态，责任制')).slice(0, 4)).toEqual((await searchFor(page, '意识形态 责任制')).slice(0, 4));
});

test('a hit opens the edition at the item with the words highlighted', async ({ page, baseURL }) => {
  await page.goto('search/?q=双报到');
  await expect(page.locator('[data-search-app]')).toHaveAttribute('data-done', '双报到');
  const group = page.locator('.result-group').filter({ hasText: '2026年开平市直机关党建工作要点' });
  await expect(group.locator('.meta')).toContainText('开平市直机关工委 · 2026年');
  await group.getByRole('link', { name: /^第12条/ }).click();
  await expect(page).toHaveURL(new RegExp(`${new URL(baseURL!).pathname}kaiping-szjggw/2026/\\?hl=.+#item-12$`));
  await expect(page.locator('#item-12')).toBeInViewport();
  await expect(page.locator('mark.hl').first()).toHaveText('双报到');
});

test('filters: issuer, year and current-only narrow the results, with counts of editions; the URL can be shared', async ({ page }) => {
  await page.goto('search/?q=三会一课');
  await expect(page.locator('[data-search-app]')).toHaveAttribute('data-done', '三会一课');
  await expect(page.locator('.search-status')).toHaveText('在 5 个版本中找到相关内容。');
  // The counts follow the results: those of this search once it is complete.
  await expect(page.locator('[data-search-app]')).toHaveAttribute('data-complete', '三会一课');
  const issuerBox = page.getByRole('group', { name: '发文机关' }).getByRole('checkbox', { name: /市委政研室/ });
  const counts = page.getByRole('group', { name: '发文机关' }).locator('label .count');
  await expect(counts.first()).not.toBeEmpty();
  expect((await counts.allTextContents()).map(Number).sort()).toEqual([0, 1, 1, 1, 1, 1]);
  await expect(page.getByRole('group', { name: '年度' }).locator('label').filter({ hasText: '2026' }).locator('.count')).toHaveText('4');
  await issuerBox.check();
  await expect(page.locator('[data-search-app]')).toHaveAttribute('data-done', '三会一课');
  await expect(page.locator('.result-group')).toHaveCount(1);
  // One edition alone shows all its hits: the 政研室's four items that name 三会一课.
  await expect(page.locator('.result-group a.result-title')).toHaveCount(4);
  await expect(page).toHaveURL(/issuer=%E5%B8%82%E5%A7%94%E6%94%BF%E7%A0%94%E5%AE%A4/);
  const shared = page.url();
  await page.goto('search/');
  await page.goto(shared);
  await expect(page.locator('.result-group')).toHaveCount(1);
  await expect(issuerBox).toBeChecked();

  await page.goto('search/?q=四风');
  await expect(page.locator('[data-search-app]')).toHaveAttribute('data-done', '四风');
  await page.getByRole('group', { name: '年度' }).getByRole('checkbox', { name: /2025/ }).check();
  await expect(page.locator('.result-group h2')).toHaveText(['2025年市直机关党的建设重点工作要点']);
  await page.goto('search/?q=模范机关&current=1');
  await expect(page.locator('[data-search-app]')).toHaveAttribute('data-done', '模范机关');
  await expect(page.locator('.result-group .badge.past')).toHaveCount(0);
});

test('a broad query shows the best hits and each edition’s best; the rest of an edition waits behind its button', async ({ page }) => {
  await page.goto('search/?q=党支部');
  await expect(page.locator('[data-search-app]')).toHaveAttribute('data-done', '党支部');
  const groups = page.locator('.result-group');
  expect(await groups.count()).toBeGreaterThanOrEqual(5);
  const shown = await page.locator('a.result-title').count();
  // Ten best hits, plus the best of each edition not among them.
  expect(shown).toBeGreaterThanOrEqual(10);
  expect(shown).toBeLessThanOrEqual(10 + (await groups.count()));
  const button = page.locator('.group-more').first();
  const edition = await groups.filter({ has: button }).first().getAttribute('data-edition');
  const group = page.locator(`.result-group[data-edition="${edition}"]`);
  const before = await group.locator('a.result-title').count();
  const more = Number(/另有 (\d+) 处/.exec((await button.textContent()) ?? '')?.[1]);
  expect(more).toBeGreaterThan(0);
  await button.click();
  await expect(group.locator('a.result-title')).toHaveCount(before + more);
  await expect(group.locator('.group-more')).toHaveCount(0);
  await expect(group.locator('a.result-title').nth(before)).toBeFocused();
  // No button on an edition found alone: all its hits are shown.
  await page.goto('search/?q=党支部&issuer=市委政研室');
  await expect(page.locator('[data-search-app]')).toHaveAttribute('data-done', '党支部');
  await expect(groups).toHaveCount(1);
  await expect(page.locator('.group-more')).toHaveCount(0);
  expect(await page.locator('a.result-title').count()).toBeGreaterThan(3);
});

test('a query naming a year and an issuer filters by them', async ({ page }) => {
  await page.goto('search/?q=2025 东莞 作风');
  await expect(page.locator('[data-search-app]')).toHaveAttribute('data-done', '2025 东莞 作风');
  await expect(page.locator('.search-status')).toContainText('已按 2025年、东莞市直机关工委 筛选');
  await expect(page.locator('.result-group h2')).toHaveText(['2025年市直机关党的建设重点工作要点']);
});

test('markup in a query is shown as text and never executed', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', async (d) => {
    dialogs++;
    await d.dismiss();
  });
  await page.goto('search/');
  for (const q of ['<img src=x onerror=alert(1)>', '"><script>alert(2)</script>', '四强<img src=x onerror=alert(3)>']) {
    await searchFor(page, q);
    await expect(page.locator('.search-status')).toContainText('');
    await expect(page.locator('.search-results img, .search-results script')).toHaveCount(0);
  }
  await page.goto(`search/?q=${encodeURIComponent('<img src=x onerror=alert(4)>')}`);
  await expect(page.locator('.search-status')).toContainText('<img src=x onerror=alert(4)>');
  await expect(page.locator('main img')).toHaveCount(0);
  expect(dialogs).toBe(0);
});

test('the header search box: / and Ctrl+K focus it, Enter opens the search page', async ({ page, baseURL }) => {
  await page.goto('kaiping-szjggw/2026/');
  await page.keyboard.press('/');
  await expect(page.locator('#header-q')).toBeFocused();
  await page.locator('#header-q').blur();
  await page.keyboard.press('Control+k');
  await expect(page.locator('#header-q')).toBeFocused();
  await page.keyboard.type('第一议题');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(`${new URL(baseURL!).pathname}search/?q=${encodeURIComponent('第一议题')}`);
  await expect(page.locator('[data-search-app]')).toHaveAttribute('data-done', '第一议题');
  await expect(page.locator('a.result-title')).toHaveCount(5);
  // Keyboard: arrow down from the box reaches the first result.
  await page.getByRole('searchbox', { name: '检索词' }).focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('a.result-title').first()).toBeFocused();
});
