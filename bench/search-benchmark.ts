/**
 * Search benchmark (issue: search across all years): on the real corpus and a generated corpus of 1,000
 * editions, built and served locally, Chromium opens the search page with an empty cache and
 *   - types a first query: bytes transferred (every response after the page loaded, headers and bodies) and
 *     time to first results (Enter → results rendered);
 *   - types 20 more queries: median and p90 latency;
 * and on the real corpus runs the whole query set (bench/search-queries.json) for recall@10 and MRR.
 */
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page, type Request } from '@playwright/test';
import type { BenchContext, Benchmark } from './benchmark.ts';
import { childEnv, generateCorpus } from './corpus.ts';
import { renderTable } from './markdown.ts';
import { median } from './stats.ts';

interface Query {
  query: string;
  expect: string[];
}

const LATER = ['第一议题', '双报到', '三会一课', '意识形态 责任制', '模范机关', '红岩先锋', '青年理论学习提升工程', '百千万工程', '我为群众办实事', '中央八项规定精神', '两优一先', '书记项目', '一岗双责', '四下基层', '主题党日', '谈心谈话', '四风', '廉洁文化', '调查研究', '政绩观'];

function build(context: BenchContext, contentRoot: string, out: string): void {
  rmSync(join(context.root, 'node_modules/.astro/data-store.json'), { force: true });
  const r = spawnSync('npm', ['run', '--silent', 'build'], { cwd: context.root, env: childEnv(context.root, { CONTENT_ROOT: contentRoot, OUT_DIR: out, SKIP_PDF: '1', SKIP_CARDS: '1' }), encoding: 'utf8', maxBuffer: 256 * 2 ** 20 });
  if (r.status !== 0) throw new Error(`build of ${contentRoot} failed:\n${(r.stdout + r.stderr).split('\n').slice(-20).join('\n')}`);
}

async function serve(root: string, dir: string, port: number): Promise<() => void> {
  const child = spawn(process.execPath, ['scripts/serve.ts', '--dir', dir, '--port', String(port), '--base', '/'], { cwd: root, stdio: 'ignore' });
  for (let i = 0; i < 100; i++) {
    if (await fetch(`http://127.0.0.1:${port}/`).then((r) => r.ok, () => false)) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  return () => child.kill();
}

interface Timing {
  /** In the page: from the Enter key's event to the first frame painted with the first results (the best two editions). */
  first: number;
  /** In the page: the same to the frame after the whole page of results (five editions) was rendered. */
  page: number;
  /** Seen from the harness: Enter sent → the whole page observed (adds Playwright's round trips and polling). */
  harness: number;
}

async function runQuery(page: Page, query: string): Promise<Timing> {
  const box = page.locator('#search-q');
  await box.fill(query);
  // Armed before Enter: the page's own clock, from the key event's timestamp to the frames after data-first
  // and data-done are set for this query.
  await page.evaluate((q) => {
    const root = document.querySelector<HTMLElement>('[data-search-app]')!;
    const after = (key: 'first' | 'done', start: number) =>
      new Promise<number>((resolve) => {
        const seen = () => requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start)));
        if (root.dataset[key] === q) return seen();
        const watch = new MutationObserver(() => {
          if (root.dataset[key] !== q) return;
          watch.disconnect();
          seen();
        });
        watch.observe(root, { attributes: true, attributeFilter: [`data-${key}`] });
      });
    (window as unknown as { latency: Promise<[number, number]> }).latency = new Promise((resolve) => {
      document.querySelector('#search-q')!.addEventListener('keydown', (event) => void Promise.all([after('first', event.timeStamp), after('done', event.timeStamp)]).then(resolve), { once: true });
    });
  }, query);
  const started = performance.now();
  await box.press('Enter');
  await page.waitForFunction((q) => document.querySelector<HTMLElement>('[data-search-app]')?.dataset.done === q, query);
  const harness = performance.now() - started;
  const [first, done] = await page.evaluate(() => (window as unknown as { latency: Promise<[number, number]> }).latency);
  return { first, page: done, harness };
}

/** Counts the responses (headers and bodies) a page receives from now until the returned function is called. */
function countTraffic(page: Page): () => Promise<{ bytes: number; requests: number }> {
  let bytes = 0;
  let requests = 0;
  const sizes: Promise<void>[] = [];
  const count = (r: Request) => {
    requests++;
    sizes.push(r.sizes().then((s) => void (bytes += s.responseBodySize + s.responseHeadersSize)));
  };
  page.on('requestfinished', count);
  return async () => {
    page.off('requestfinished', count);
    await Promise.all(sizes);
    return { bytes, requests };
  };
}

async function hrefs(page: Page): Promise<string[]> {
  const list = await page.locator('a.result-title').evaluateAll((els) => els.map((e) => (e as HTMLAnchorElement).href));
  return list.map((h) => {
    const u = new URL(h);
    const parts = u.pathname.split('/').filter(Boolean);
    return `${parts.at(-2)}/${parts.at(-1)}${u.hash}`;
  });
}

interface SiteResult {
  label: string;
  /** The search page and everything it loads before a query (Pagefind's runtime and filter index among it). */
  pageKB: number;
  firstKB: number;
  firstMs: number;
  laterMedian: number;
  laterP90: number;
  requests: number;
  recall?: number;
  mrr?: number;
  queries?: number;
  harnessMedian: number;
  /** Later queries: median time to the first results (the best two editions) painted. */
  firstResultsMedian: number;
  firstQueryFirstMs: number;
  /** Medians of the page's own measures over the later queries (ms). */
  parts: Record<string, number>;
}

async function measureSite(context: BenchContext, label: string, dir: string, port: number, quality: Query[] | undefined): Promise<SiteResult> {
  const stop = await serve(context.root, dir, port);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  try {
    const page = await (await browser.newContext()).newPage();
    // What the search page loads before any query: Pagefind's runtime, WebAssembly, metadata and filter
    // index (for the filter counts), and the page itself.
    const pageLoad = countTraffic(page);
    await page.goto(`http://127.0.0.1:${port}/search/`, { waitUntil: 'networkidle' });
    const { bytes: loadBytes } = await pageLoad();
    const firstTraffic = countTraffic(page);
    const firstQuery = await runQuery(page, '四强党支部');
    const firstMs = firstQuery.page;
    const { bytes, requests: firstRequests } = await firstTraffic();
    const firstKB = bytes / 1024;
    const later: number[] = [];
    const firsts: number[] = [];
    const harness: number[] = [];
    await page.evaluate(() => performance.clearMeasures());
    for (const q of LATER) {
      const t = await runQuery(page, q);
      if (process.env.BENCH_VERBOSE) context.log(`    ${q}: first ${t.first.toFixed(0)} ms, page ${t.page.toFixed(0)} ms, harness ${t.harness.toFixed(0)} ms`);
      later.push(t.page);
      firsts.push(t.first);
      harness.push(t.harness);
      // Let the page settle between queries, as a person reading results would.
      await page.waitForTimeout(200);
    }
    const sorted = [...later].sort((a, b) => a - b);
    // The page's own measures of each later query: index search, loading the editions' records, rendering.
    const parts = await page.evaluate(() => Object.fromEntries(['index', 'records', 'render', 'rest'].map((k) => [k, performance.getEntriesByName(`yaodian:search-${k}`).map((e) => e.duration)])));
    const result: SiteResult = { label, pageKB: loadBytes / 1024, firstKB, firstMs, laterMedian: median(later), laterP90: sorted[Math.floor(sorted.length * 0.9)]!, harnessMedian: median(harness), firstResultsMedian: median(firsts), firstQueryFirstMs: firstQuery.first, requests: firstRequests, parts: Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, median(v)])) };
    if (quality) {
      let recall = 0;
      let rr = 0;
      for (const q of quality) {
        await runQuery(page, q.query);
        const top = (await hrefs(page)).slice(0, 10);
        recall += q.expect.length ? q.expect.filter((e) => top.includes(e)).length / Math.min(q.expect.length, 10) : 1;
        const first = top.findIndex((r) => q.expect.includes(r));
        rr += first < 0 ? 0 : 1 / (first + 1);
      }
      Object.assign(result, { recall: recall / quality.length, mrr: rr / quality.length, queries: quality.length });
    }
    return result;
  } finally {
    await browser.close();
    stop();
  }
}

export const searchBenchmark: Benchmark = {
  heading: 'Search',
  async run(context) {
    const queries = JSON.parse(readFileSync(join(context.root, 'bench/search-queries.json'), 'utf8')) as Query[];
    const results: SiteResult[] = [];
    context.log('  search: real corpus');
    const realOut = join(context.tmp, 'search-real');
    build(context, join(context.root, 'content'), realOut);
    results.push(await measureSite(context, 'real (7 editions)', realOut, 4510, queries));
    const size = Math.max(...context.sizes.filter((n) => n <= 1000), 0) || 1000;
    context.log(`  search: generated corpus of ${size} editions`);
    const corpus = join(context.tmp, `search-corpus-${size}`);
    generateCorpus(context, size, corpus);
    const genOut = join(context.tmp, `search-gen-${size}`);
    build(context, corpus, genOut);
    results.push(await measureSite(context, `generated (${size} editions)`, genOut, 4511, undefined));
    const table = renderTable(
      ['site', 'search page load KB', 'first query: KB transferred', 'first query: requests', 'first query: first results / whole page ms', 'later queries: first results, median ms', 'later queries: whole page, median ms', 'whole page p90 ms', 'harness median ms', 'of which: index / 2 records / render / 3 more ms', 'queries', 'recall@10', 'MRR'],
      results.map((x) => [x.label, x.pageKB.toFixed(1), x.firstKB.toFixed(1), String(x.requests), `${x.firstQueryFirstMs.toFixed(0)} / ${x.firstMs.toFixed(0)}`, x.firstResultsMedian.toFixed(1), x.laterMedian.toFixed(1), x.laterP90.toFixed(1), x.harnessMedian.toFixed(1), ['index', 'records', 'render', 'rest'].map((k) => x.parts[k]?.toFixed(0) ?? '–').join(' / '), x.queries ? String(x.queries) : '–', x.recall?.toFixed(3) ?? '–', x.mrr?.toFixed(3) ?? '–']),
      ['left', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'right'],
    );
    return [
      'Chromium (Debian), empty cache, the built site served by scripts/serve.ts on loopback. The search page loads Pagefind’s runtime, WebAssembly, metadata and filter index as it opens (for the filter counts): the page load column is everything until the network is idle (HTML, CSS, JS, fonts, Pagefind). First query `四强党支部` typed after that: bytes are every response from then until the whole page of results is rendered (index chunks and the editions’ records). Later queries: 20 programme names and phrases. Times are taken in the page, from the Enter key’s event to the first frame painted with the first results (the best two editions, which the page shows as soon as their records are in) and with the whole page (five editions); the harness column is the whole page seen from Playwright (Enter sent → results observed, adding its round trips and polling). The page’s own `performance.measure`s split a query into the index search (Pagefind), loading the first two editions’ records, finding, ranking and rendering their hits, and the other three editions (medians). Quality: the query set `bench/search-queries.json` typed into the page; recall@10 = found expected items in the first ten results / min(expected, 10), averaged.',
      '',
      table,
      '',
      'Targets on the 1,000-edition site: first query ≤ 150 KB transferred, later queries median ≤ 50 ms; recall@10 ≥ 0.95.',
    ].join('\n');
  },
};
