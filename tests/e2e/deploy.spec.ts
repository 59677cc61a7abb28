/**
 * The site as the intranet will serve it: dist-base/ behind nginx with deploy/nginx.conf (the `nginx` project).
 * Every page is sent with the Content-Security-Policy and Chromium reports no violation on any of them, nor
 * while searching (Pagefind's WebAssembly), highlighting (?hl=) and copying a citation; each kind of
 * file has its MIME type and caching; unknown paths get the 404 page with status 404.
 * (Every other spec also runs under nginx, and support/csp.ts fails any test on a violation.)
 */
import { existsSync, readdirSync } from 'node:fs';
import type { APIResponse } from '@playwright/test';
import { expect, test } from './support/fixtures.ts';

const DIST = 'dist-base';
const files = existsSync(DIST) ? readdirSync(DIST, { recursive: true, encoding: 'utf8' }).sort() : [];
const pages = files.filter((f) => f === 'index.html' || f.endsWith('/index.html')).map((f) => f.replace(/index\.html$/, ''));
const file = (pattern: RegExp) => {
  const found = files.find((f) => pattern.test(f));
  if (!found) throw new Error(`no file in ${DIST}/ matches ${pattern}`);
  return found;
};
const IMMUTABLE = 'public, max-age=31536000, immutable';

test.beforeEach(({}, info) => {
  test.skip(info.project.name !== 'nginx', 'checks what nginx sends: runs in the nginx project');
});

/** The policy's directives, each with its sources. */
function parsePolicy(policy: string): Map<string, string[]> {
  return new Map(policy.split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([name, ...sources]) => [name!, sources]));
}

function expectStrictPolicy(policy: string | undefined, where: string): void {
  expect(policy, `Content-Security-Policy of ${where}`).toBeTruthy();
  const directives = parsePolicy(policy!);
  expect(directives.get('default-src'), where).toEqual(["'self'"]);
  expect(directives.get('script-src'), where).toEqual(["'self'", "'wasm-unsafe-eval'"]);
  expect(directives.get('style-src'), where).toEqual(["'self'"]);
  expect(directives.get('object-src'), where).toEqual(["'none'"]);
  // Nothing outside the site: every source is a keyword, never a host, scheme or wildcard.
  for (const [name, sources] of directives) for (const s of sources) expect(["'self'", "'none'", "'wasm-unsafe-eval'"], `${name} ${s} in ${where}`).toContain(s);
}

function expectHeaders(response: APIResponse, type: string | RegExp, cacheControl: string): void {
  const headers = response.headers();
  const url = response.url();
  expect(response.status(), url).toBe(200);
  if (typeof type === 'string') expect(headers['content-type'], url).toBe(type);
  else expect(headers['content-type'], url).toMatch(type);
  expect(headers['cache-control'], url).toBe(cacheControl);
  expect(headers['x-content-type-options'], url).toBe('nosniff');
}

test('every page is sent with the policy and shows without a violation', async ({ page, cspViolations }) => {
  test.setTimeout(120_000);
  expect(pages.length).toBeGreaterThanOrEqual(20);
  for (const path of pages) {
    const response = await page.goto(path, { waitUntil: 'load' });
    expect(response?.status(), path).toBe(200);
    expectStrictPolicy(response?.headers()['content-security-policy'], path || 'home');
    // The stylesheet applied and the page's scripts ran under the policy: `/` focuses a search box.
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--line')), path).not.toBe('');
    await page.keyboard.press('/');
    await expect(page.locator('input[type="search"]:focus'), path).toHaveCount(1);
  }
  const missing = await page.goto('no-such-issuer/2030/');
  expect(missing?.status()).toBe(404);
  expectStrictPolicy(missing?.headers()['content-security-policy'], 'the 404 page');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('页面不存在');
  expect(cspViolations).toEqual([]);
});

test('search, highlight and copy citation work under the policy, with Pagefind on the page thread', async ({ page, context, baseURL, cspViolations }) => {
  const wasm: number[] = [];
  context.on('response', (r) => {
    if (r.url().endsWith('/pagefind/wasm.unknown.pagefind')) wasm.push(r.status());
  });
  await page.goto('search/?q=四强党支部');
  await expect(page.locator('[data-search-app]')).toHaveAttribute('data-done', '四强党支部');
  await expect(page.locator('a.result-title').first()).toBeVisible();
  // Pagefind runs on the page's thread (its worker cost 20-40 ms a query in messages) and compiled its
  // WebAssembly under the page's policy: no worker started.
  expect(page.workers().map((w) => new URL(w.url()).pathname)).not.toContain(`${new URL(baseURL!).pathname}pagefind/pagefind-worker.js`);
  expect(wasm).toEqual([200]);

  // A filter and a second query, then a hit: the edition opens with the words marked.
  await page.getByRole('group', { name: '年度' }).getByRole('checkbox', { name: /2026/ }).check();
  await expect(page.locator('[data-search-app]')).toHaveAttribute('data-done', '四强党支部');
  const box = page.getByRole('searchbox', { name: '检索词' });
  await box.fill('双报到');
  await box.press('Enter');
  await expect(page.locator('[data-search-app]')).toHaveAttribute('data-done', '双报到');
  await page.locator('a.result-title').first().click();
  await expect(page).toHaveURL(/\?hl=.+#item-\d+$/);
  await expect(page.locator('mark.hl').first()).toHaveText('双报到');

  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL!).origin });
  const cite = page.locator('button.cite').first();
  await cite.click();
  await expect(cite).toHaveText('已复制');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^《.+》第\d+条$/);
  expect(cspViolations).toEqual([]);
});

test('the policy is enforced and its violations are seen: inline script and style, an outside image', async ({ page, cspViolations }) => {
  await page.goto('kaiping-szjggw/2026/');
  const applied = await page.evaluate(() => {
    const script = Object.assign(document.createElement('script'), { textContent: 'document.documentElement.dataset.inline = "ran"' });
    const style = Object.assign(document.createElement('style'), { textContent: 'body { outline: 7px solid red }' });
    const image = Object.assign(document.createElement('img'), { src: 'http://example.invalid/x.png', alt: '' });
    document.head.append(script, style);
    document.body.append(image);
    return { script: document.documentElement.dataset.inline === 'ran', style: getComputedStyle(document.body).outlineWidth === '7px' };
  });
  expect(applied).toEqual({ script: false, style: false });
  // Chromium reported each block, so the check that every other test makes would see one.
  for (const blocked of [/script-src-elem blocked inline/, /style-src-elem blocked inline/, /img-src blocked http:\/\/example\.invalid/]) {
    await expect.poll(() => cspViolations.join('\n')).toMatch(blocked);
  }
  cspViolations.length = 0;
});

test('MIME types, caching and compression of each kind of file', async ({ request }) => {
  const get = (path: string) => request.get(path, { headers: { 'accept-encoding': 'gzip' } });
  const html = await get('kaiping-szjggw/2026/');
  expectHeaders(html, 'text/html; charset=utf-8', 'no-cache');
  expect(html.headers()['content-encoding']).toBe('gzip');
  expectStrictPolicy(html.headers()['content-security-policy'], 'an edition page');

  // Hashed build assets: a year, immutable; scripts carry the policy too (Pagefind's worker is governed by it).
  const js = await get(file(/^_astro\/.+\.js$/));
  expectHeaders(js, /^(application|text)\/javascript; charset=utf-8$/, IMMUTABLE);
  expectStrictPolicy(js.headers()['content-security-policy'], 'a script');
  expectHeaders(await get(file(/^_astro\/.+\.css$/)), 'text/css; charset=utf-8', IMMUTABLE);

  // Pagefind: hashed, gzip-compressed index files are immutable binary, sent as they are.
  for (const f of [file(/^pagefind\/pagefind\..+\.pf_meta$/), file(/^pagefind\/fragment\/.+\.pf_fragment$/), file(/^pagefind\/index\/.+\.pf_index$/), file(/^pagefind\/filter\/.+\.pf_filter$/)]) {
    const r = await get(f);
    expectHeaders(r, 'application/octet-stream', IMMUTABLE);
    expect(r.headers()['content-encoding'], f).toBeUndefined();
    expect([...(await r.body()).subarray(0, 2)], `${f} is gzip`).toEqual([0x1f, 0x8b]);
  }
  // Its WebAssembly (gzip-compressed, unpacked by Pagefind), script and entry file keep their names between
  // builds: revalidated on every use.
  const wasm = await get('pagefind/wasm.unknown.pagefind');
  expectHeaders(wasm, 'application/octet-stream', 'no-cache');
  expect([...(await wasm.body()).subarray(0, 2)]).toEqual([0x1f, 0x8b]);
  expectHeaders(await get('pagefind/pagefind.js'), /^application\/javascript/, 'no-cache');
  expectHeaders(await get('pagefind/pagefind-worker.js'), /^application\/javascript/, 'no-cache');
  expectHeaders(await get('pagefind/pagefind-entry.json'), 'application/json; charset=utf-8', 'no-cache');

  expectHeaders(await get('feed.xml'), 'application/atom+xml; charset=utf-8', 'no-cache');
  expectHeaders(await get('sitemap.xml'), 'application/xml; charset=utf-8', 'no-cache');
  expectHeaders(await get('favicon.svg'), 'image/svg+xml; charset=utf-8', 'no-cache');
  const pdf = files.find((f) => f.endsWith('.pdf'));
  if (pdf) {
    const r = await get(pdf);
    expectHeaders(r, 'application/pdf', 'no-cache');
    expect(r.headers()['content-security-policy'], 'PDFs get no policy, so browsers\' PDF viewers work').toBeUndefined();
  }
});

test('unknown paths get the 404 page with status 404; directories redirect relatively', async ({ request, baseURL }) => {
  for (const path of ['no-such-issuer/2030/', 'kaiping-szjggw/1999/', '_astro/no-such.js', 'pagefind/fragment/zh_0000000.pf_fragment']) {
    const r = await request.get(path);
    expect(r.status(), path).toBe(404);
    expect(r.headers()['content-type'], path).toBe('text/html; charset=utf-8');
    // A missing hashed asset must not be cached as if it were one.
    expect(r.headers()['cache-control'], path).toBe('no-cache');
    expectStrictPolicy(r.headers()['content-security-policy'], `404 for ${path}`);
    expect(await r.text(), path).toContain('页面不存在');
  }
  const base = new URL(baseURL!).pathname;
  for (const [from, to] of [[`${base}search`, `${base}search/`], [base.slice(0, -1), base]] as const) {
    const redirect = await request.get(from, { maxRedirects: 0 });
    expect(redirect.status(), from).toBe(301);
    expect(redirect.headers().location, from).toBe(to);
  }
});
