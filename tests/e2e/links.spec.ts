import { expect, test } from './support/fixtures.ts';

/**
 * Crawls the built site from the home page: every page has lang="zh-CN", a unique title and a
 * description; every internal link and #anchor resolves; nothing is requested outside the site.
 */
test('every internal link and anchor resolves; titles are unique', async ({ page, request, baseURL, outside }) => {
  test.setTimeout(120_000);
  const start = new URL(baseURL!);
  const queue = [start.href];
  const seen = new Set<string>();
  const ids = new Map<string, Set<string>>();
  const anchors: { from: string; page: string; id: string }[] = [];
  const titles = new Map<string, string>();
  while (queue.length > 0) {
    const url = queue.shift()!;
    if (seen.has(url)) continue;
    seen.add(url);
    const response = await page.goto(url);
    expect(response?.status(), url).toBe(200);
    await expect(page.locator('html'), url).toHaveAttribute('lang', 'zh-CN');
    const title = await page.title();
    expect(titles.get(title), `title "${title}" of ${url} is also the title of`).toBeUndefined();
    titles.set(title, url);
    expect(await page.locator('meta[name="description"]').getAttribute('content'), url).toBeTruthy();
    ids.set(url, new Set(await page.locator('[id]').evaluateAll((els) => els.map((e) => e.id))));
    const hrefs = await page.locator('a[href], link[href]').evaluateAll((els) => els.map((e) => (e as HTMLAnchorElement).href));
    for (const href of hrefs) {
      const target = new URL(href);
      if (target.origin !== start.origin) throw new Error(`${url} links outside the site: ${href}`);
      expect(target.pathname.startsWith(start.pathname), `${href} on ${url} is outside the base path`).toBe(true);
      const pageUrl = `${target.origin}${target.pathname}`;
      if (target.hash) anchors.push({ from: url, page: pageUrl, id: decodeURIComponent(target.hash.slice(1)) });
      if (target.pathname.endsWith('/') && !seen.has(pageUrl)) queue.push(pageUrl);
      else if (!target.pathname.endsWith('/')) expect((await request.get(href)).status(), `${href} on ${url}`).toBe(200);
    }
  }
  expect(seen.size).toBeGreaterThanOrEqual(17);
  for (const a of anchors) expect(ids.get(a.page)?.has(a.id), `#${a.id} on ${a.page} (linked from ${a.from})`).toBe(true);
  expect(outside).toEqual([]);
});
