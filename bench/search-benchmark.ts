/**
 * Search benchmark: on the real corpus and generated corpora (1,000 editions by default; `--search-sizes`
 * adds larger ones), built and served on loopback as deploy/nginx.conf serves them (text gzip-compressed),
 * Chromium opens the search page with an empty cache and
 *   - types a first query: bytes transferred and decoded (every response until the search is complete)
 *     and its times;
 *   - types 22 more queries (programme names and phrases, 党 and 支部): medians and p90 of the times to the
 *     first results, the whole page of results and the complete search (every edition counted);
 * and on the real corpus runs the whole query set (bench/search-queries.json) for recall@10 and MRR. Side
 * by side, on the generated corpus, Pagefind's own default UI (pagefind-ui.js over the same site's edition
 * pages, indexed by the Pagefind CLI) types the same queries.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page, type Request } from '@playwright/test';
import type { BenchContext, Benchmark } from './benchmark.ts';
import { childEnv, generateCorpus } from './corpus.ts';
import { renderTable } from './markdown.ts';
import { logTail, runMeasured } from './measure.ts';
import { median } from './stats.ts';

interface Query {
  query: string;
  expect: string[];
}

/** The first query, typed into a page that has only just loaded. */
export const FIRST_QUERY = '四强党支部';
/** The later queries: programme names and phrases, then a one-character and a two-character query. */
export const LATER = ['第一议题', '双报到', '三会一课', '意识形态 责任制', '模范机关', '红岩先锋', '青年理论学习提升工程', '百千万工程', '我为群众办实事', '中央八项规定精神', '两优一先', '书记项目', '一岗双责', '四下基层', '主题党日', '谈心谈话', '四风', '廉洁文化', '调查研究', '政绩观', '党', '支部'];
/** The short queries, reported on their own too. */
export const SHORT = ['党', '支部'];

/** Builds the site of `contentRoot` into `out` (no PDFs, no cards), with Astro's content store emptied first. */
function build(context: BenchContext, contentRoot: string, out: string): void {
  rmSync(join(context.root, process.env.ASTRO_CACHE_DIR || 'node_modules/.astro', 'data-store.json'), { force: true });
  const r = spawnSync('npm', ['run', '--silent', 'build'], { cwd: context.root, env: childEnv(context.root, { CONTENT_ROOT: contentRoot, OUT_DIR: out, SKIP_PDF: '1', SKIP_CARDS: '1' }), encoding: 'utf8', maxBuffer: 256 * 2 ** 20 });
  if (r.status !== 0) throw new Error(`build of ${contentRoot} failed:\n${(r.stdout + r.stderr).split('\n').slice(-20).join('\n')}`);
}

/** Serves `dir` at `/` on `port`, text gzip-compressed as deploy/nginx.conf sends it; returns the stop function. */
async function serve(root: string, dir: string, port: number): Promise<() => void> {
  const child = spawn(process.execPath, ['scripts/serve.ts', '--dir', dir, '--port', String(port), '--base', '/', '--gzip'], { cwd: root, stdio: 'ignore' });
  for (let i = 0; i < 200; i++) {
    if (await fetch(`http://127.0.0.1:${port}/`).then((r) => r.status < 500, () => false)) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  return () => child.kill();
}

/** Bytes received: as transferred (headers and bodies, compressed as sent) and the bodies as decoded. */
interface Traffic {
  bytes: number;
  decoded: number;
  requests: number;
}

/** The size of the file a URL of a site served from `dir` at `/` gives (a directory: its index.html), 0 if none. */
function fileSize(dir: string, url: string): number {
  const path = join(dir, decodeURIComponent(new URL(url).pathname));
  try {
    const stat = statSync(path);
    return stat.isDirectory() ? statSync(join(path, 'index.html')).size : stat.size;
  } catch {
    return 0;
  }
}

/**
 * Counts the responses a page receives from now until the returned function is called: as transferred, and
 * the bodies as the files are on disk in `dir` (what an uncompressed server sends), headers alike.
 */
function countTraffic(page: Page, dir: string): () => Promise<Traffic> {
  const traffic: Traffic = { bytes: 0, decoded: 0, requests: 0 };
  const sizes: Promise<void>[] = [];
  const count = (r: Request) => {
    traffic.requests++;
    sizes.push(
      r.sizes().then((s) => {
        traffic.bytes += s.responseBodySize + s.responseHeadersSize;
        traffic.decoded += fileSize(dir, r.url()) + s.responseHeadersSize;
      }),
    );
  };
  page.on('requestfinished', count);
  return async () => {
    page.off('requestfinished', count);
    await Promise.all(sizes);
    return traffic;
  };
}

/** In the page, from the Enter key's event: the first results painted, the whole page painted, the search complete. */
interface Timing {
  first: number;
  page: number;
  complete: number;
  /** Seen from the harness: Enter sent → the whole page observed (adds Playwright's round trips and polling). */
  harness: number;
}

async function runQuery(page: Page, query: string): Promise<Timing> {
  const box = page.locator('#search-q');
  // Armed before typing: the page's own clock, from the Enter key's event to the frames after data-first,
  // data-done and data-complete are set for this query. Typing starts the page's search after a 150 ms
  // pause; should the harness be that slow between the text and Enter (an overloaded machine), the query
  // is timed again (from a cleared box, its index chunks and records then cached).
  const arm = () =>
    page.evaluate((q) => {
      const root = document.querySelector<HTMLElement>('[data-search-app]')!;
      const after = (key: 'first' | 'done' | 'complete', start: number) =>
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
      (window as unknown as { latency: Promise<number[]> }).latency = new Promise((resolve) => {
        document.querySelector('#search-q')!.addEventListener(
          'keydown',
          (event) => {
            if (root.dataset.first === q) return resolve([]);
            void Promise.all([after('first', event.timeStamp), after('done', event.timeStamp), after('complete', event.timeStamp)]).then(resolve);
          },
          { once: true },
        );
      });
    }, query);
  for (let attempt = 0; ; attempt++) {
    await arm();
    await box.fill(query);
    const started = performance.now();
    await box.press('Enter');
    await page.waitForFunction((q) => document.querySelector<HTMLElement>('[data-search-app]')?.dataset.done === q, query);
    const harness = performance.now() - started;
    const [first, done, complete] = await page.evaluate(() => (window as unknown as { latency: Promise<number[]> }).latency);
    if (first !== undefined) return { first, page: done!, complete: complete!, harness };
    if (attempt === 2) throw new Error(`“${query}”: the page searched before Enter three times (the machine is too busy to time it)`);
    await box.fill('');
    await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-search-app]')?.dataset.done === '');
  }
}

async function hrefs(page: Page): Promise<string[]> {
  const list = await page.locator('a.result-title').evaluateAll((els) => els.map((e) => (e as HTMLAnchorElement).href));
  return list.map((h) => {
    const u = new URL(h);
    const parts = u.pathname.split('/').filter(Boolean);
    return `${parts.at(-2)}/${parts.at(-1)}${u.hash}`;
  });
}

const p90 = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.9)] ?? NaN;

/** One site's figures. */
export interface SiteResult {
  label: string;
  /** The search page and everything it loads before a query (Pagefind's runtime, WebAssembly and metadata). */
  load: Traffic;
  /** The first query, until its search is complete. */
  firstQuery: Traffic & Timing;
  /** Later queries: medians (p90 of the whole page). */
  firstMedian: number;
  pageMedian: number;
  pageP90: number;
  completeMedian: number;
  harnessMedian: number;
  /** The whole page for the short queries (党, 支部), ms. */
  short: Record<string, number>;
  /** Medians of the page's own measures over the later queries (ms). */
  parts: Record<string, number>;
  recall?: number;
  mrr?: number;
  queries?: number;
}

async function launch() {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
}

export async function measureSite(context: BenchContext, label: string, dir: string, port: number, quality: Query[] | undefined): Promise<SiteResult> {
  const stop = await serve(context.root, dir, port);
  const browser = await launch();
  try {
    const page = await (await browser.newContext()).newPage();
    const pageLoad = countTraffic(page, dir);
    await page.goto(`http://127.0.0.1:${port}/search/`, { waitUntil: 'networkidle' });
    const load = await pageLoad();
    const firstTraffic = countTraffic(page, dir);
    const first = await runQuery(page, FIRST_QUERY);
    await page.waitForFunction((q) => document.querySelector<HTMLElement>('[data-search-app]')?.dataset.complete === q, FIRST_QUERY);
    await page.waitForLoadState('networkidle');
    const firstQuery = { ...(await firstTraffic()), ...first };
    const times: Record<string, Timing> = {};
    await page.evaluate(() => performance.clearMeasures());
    for (const q of LATER) {
      times[q] = await runQuery(page, q);
      if (process.env.BENCH_VERBOSE) context.log(`    ${q}: first ${times[q].first.toFixed(0)} ms, page ${times[q].page.toFixed(0)} ms, complete ${times[q].complete.toFixed(0)} ms`);
      // Let the page settle between queries, as a person reading results would.
      await page.waitForTimeout(200);
    }
    const all = Object.values(times);
    const parts = await page.evaluate(() => Object.fromEntries(['index', 'records', 'render', 'rest', 'later', 'counts'].map((k) => [k, performance.getEntriesByName(`yaodian:search-${k}`).map((e) => e.duration)])));
    const result: SiteResult = {
      label,
      load,
      firstQuery,
      firstMedian: median(all.map((t) => t.first)),
      pageMedian: median(all.map((t) => t.page)),
      pageP90: p90(all.map((t) => t.page)),
      completeMedian: median(all.map((t) => t.complete)),
      harnessMedian: median(all.map((t) => t.harness)),
      short: Object.fromEntries(SHORT.map((q) => [q, times[q]!.page])),
      parts: Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, median(v)])),
    };
    if (quality) {
      let recall = 0;
      let rr = 0;
      for (const q of quality) {
        await runQuery(page, q.query);
        const top = (await hrefs(page)).slice(0, 10);
        recall += q.expect.length ? q.expect.filter((e) => top.includes(e)).length / Math.min(q.expect.length, 10) : 1;
        const at = top.findIndex((r) => q.expect.includes(r));
        rr += at < 0 ? 0 : 1 / (at + 1);
      }
      Object.assign(result, { recall: recall / quality.length, mrr: rr / quality.length, queries: quality.length });
    }
    return result;
  } finally {
    await browser.close();
    stop();
  }
}

/** The Pagefind default UI's figures. */
export interface BaselineResult {
  label: string;
  load: Traffic;
  firstQuery: Traffic & { results: number };
  /** Later queries: from the input event to the results painted (its typing pause included). */
  resultsMedian: number;
  resultsP90: number;
  short: Record<string, number>;
  /** How long Pagefind's CLI took to index the edition pages, s. */
  indexSeconds: number;
}

/** Pagefind's UI waits this long after typing before it searches (its default). */
const UI_DEBOUNCE_MS = 300;

/**
 * Pagefind's default UI over the same site: the Pagefind CLI indexes its edition pages (as a bare site would,
 * every page's body, with Pagefind's own Chinese segmentation) into a temporary folder holding one page that
 * mounts PagefindUI; that page is served like the site and the same queries are typed into it. Times are from
 * the input event to the frame after the UI has shown its results (the five it loads at once), its
 * 300 ms typing pause included.
 */
export async function measureBaseline(context: BenchContext, label: string, site: string, port: number, dir: string): Promise<BaselineResult> {
  // Indexed once into `dir` (kept with --search-keep: Pagefind takes minutes over 1,000 whole pages).
  const took = join(dir, 'index-seconds.txt');
  if (!existsSync(took)) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const log = join(context.tmp, `pagefind-ui-${port}.log`);
    const m = await runMeasured(join(context.root, 'node_modules/.bin/pagefind'), ['--site', site, '--glob', '*/[0-9][0-9][0-9][0-9]/index.html', '--output-path', join(dir, 'pagefind')], { cwd: context.root, env: childEnv(context.root, {}), log });
    if (m.code !== 0) throw new Error(`pagefind over ${site} failed (exit ${m.code}); the end of ${log}:\n${logTail(log)}`);
    writeFileSync(took, String(m.seconds));
  }
  const indexSeconds = Number(readFileSync(took, 'utf8'));
  mkdirSync(join(dir, 'search'), { recursive: true });
  writeFileSync(join(dir, 'search/index.html'), `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>Pagefind UI</title><link href="/pagefind/pagefind-ui.css" rel="stylesheet"></head>
<body><div id="search"></div><script src="/pagefind/pagefind-ui.js"></script><script>new PagefindUI({ element: '#search', showSubResults: true });</script></body></html>\n`);
  const stop = await serve(context.root, dir, port);
  const browser = await launch();
  try {
    const page = await (await browser.newContext()).newPage();
    const pageLoad = countTraffic(page, dir);
    await page.goto(`http://127.0.0.1:${port}/search/`, { waitUntil: 'networkidle' });
    const load = await pageLoad();
    const type = async (query: string): Promise<{ ms: number; results: number }> => {
      await page.evaluate((q) => {
        const input = document.querySelector<HTMLInputElement>('.pagefind-ui__search-input')!;
        const drawer = document.querySelector('.pagefind-ui')!;
        // The UI empties its results when its search starts (after its pause), then shows placeholders and
        // fills them as each result's data comes in. Done: emptied since the input, then results, every one
        // with its link and no placeholder left.
        let emptied = false;
        const done = () => {
          const results = drawer.querySelectorAll('.pagefind-ui__result').length;
          if (results === 0) emptied = true;
          return emptied && results > 0 && !drawer.querySelector('.pagefind-ui__result .pagefind-ui__loading') && drawer.querySelectorAll('.pagefind-ui__result .pagefind-ui__result-link').length >= results;
        };
        (window as unknown as { shown: Promise<number> }).shown = new Promise((resolve) => {
          const start = performance.now();
          const watch = new MutationObserver(() => {
            if (!done()) return;
            watch.disconnect();
            requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start)));
          });
          watch.observe(drawer, { subtree: true, childList: true, characterData: true, attributes: true });
          input.value = q;
          input.dispatchEvent(new Event('input', { bubbles: true }));
        });
      }, query);
      const ms = await page.evaluate(() => (window as unknown as { shown: Promise<number> }).shown);
      return { ms, results: await page.locator('.pagefind-ui__result').count() };
    };
    const firstTraffic = countTraffic(page, dir);
    const first = await type(FIRST_QUERY);
    await page.waitForLoadState('networkidle');
    const firstQuery = { ...(await firstTraffic()), results: first.results };
    const times: Record<string, number> = {};
    for (const q of LATER) {
      times[q] = (await type(q)).ms;
      await page.waitForTimeout(200);
    }
    const all = Object.values(times);
    return { label, load, firstQuery, resultsMedian: median(all), resultsP90: p90(all), short: Object.fromEntries(SHORT.map((q) => [q, times[q]!])), indexSeconds };
  } finally {
    await browser.close();
    stop();
  }
}

const kb = (n: number) => (n / 1024).toFixed(1);
const ms = (n: number | undefined) => (n === undefined || !Number.isFinite(n) ? '–' : n.toFixed(0));

/** The section's two tables: bytes, and times (the Pagefind UI baseline's rows after the sites'). */
export function renderSearchTables(sites: readonly SiteResult[], baselines: readonly BaselineResult[]): { bytes: string; times: string } {
  const traffic = (label: string, load: Traffic, first: Traffic) => [label, `${kb(load.bytes)} (${kb(load.decoded)})`, `${kb(first.bytes)} (${kb(first.decoded)})`, `${kb(load.bytes + first.bytes)} (${kb(load.decoded + first.decoded)})`, String(first.requests)];
  const bytes = renderTable(
    ['site', 'page load KB (decoded)', 'first query KB (decoded)', 'load + first query KB (decoded)', 'first query requests'],
    [...sites.map((s) => traffic(s.label, s.load, s.firstQuery)), ...baselines.map((b) => traffic(b.label, b.load, b.firstQuery))],
    ['left', 'right', 'right', 'right', 'right'],
  );
  const times = renderTable(
    ['site', 'first query: first results / whole page / complete ms', 'later: first results median ms', 'later: whole page median ms', 'whole page p90 ms', 'complete median ms', `whole page: ${SHORT.join(' / ')} ms`, 'harness median ms', 'of which: index / 2 records / render / 3 more ms', 'queries', 'recall@10', 'MRR'],
    [
      ...sites.map((s) => [s.label, `${ms(s.firstQuery.first)} / ${ms(s.firstQuery.page)} / ${ms(s.firstQuery.complete)}`, ms(s.firstMedian), ms(s.pageMedian), ms(s.pageP90), ms(s.completeMedian), SHORT.map((q) => ms(s.short[q])).join(' / '), ms(s.harnessMedian), ['index', 'records', 'render', 'rest'].map((k) => ms(s.parts[k])).join(' / '), s.queries ? String(s.queries) : '–', s.recall?.toFixed(3) ?? '–', s.mrr?.toFixed(3) ?? '–']),
      ...baselines.map((b) => [b.label, '–', '–', `${ms(b.resultsMedian)} (${ms(b.resultsMedian - UI_DEBOUNCE_MS)})`, `${ms(b.resultsP90)} (${ms(b.resultsP90 - UI_DEBOUNCE_MS)})`, '–', SHORT.map((q) => `${ms(b.short[q])} (${ms(b.short[q]! - UI_DEBOUNCE_MS)})`).join(' / '), '–', '–', '–', '–', '–']),
    ],
    ['left', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'right'],
  );
  return { bytes, times };
}

/** Where a generated site of `size` editions is built (and kept, with `--search-keep`). */
function siteDir(context: BenchContext, size: number): string {
  return join(context.searchKeep ?? context.tmp, `search-gen-${size}`);
}

export const searchBenchmark: Benchmark = {
  heading: 'Search',
  async run(context) {
    const queries = JSON.parse(readFileSync(join(context.root, 'bench/search-queries.json'), 'utf8')) as Query[];
    const load = loadavg()[0]!;
    const sites: SiteResult[] = [];
    const baselines: BaselineResult[] = [];
    context.log('  search: real corpus');
    const realOut = join(context.tmp, 'search-real');
    build(context, join(context.root, 'content'), realOut);
    sites.push(await measureSite(context, 'real (7 editions)', realOut, 4510, queries));
    const sizes = context.searchSizes ?? [Math.max(...context.sizes.filter((n) => n <= 1000), 0) || 1000];
    for (const [i, size] of sizes.entries()) {
      const out = siteDir(context, size);
      if (context.searchKeep && existsSync(join(out, 'pagefind/pagefind-entry.json'))) {
        context.log(`  search: generated corpus of ${size} editions, kept in ${out}`);
      } else {
        context.log(`  search: generated corpus of ${size} editions`);
        const corpus = join(context.tmp, `search-corpus-${size}`);
        generateCorpus(context, size, corpus);
        build(context, corpus, out);
      }
      sites.push(await measureSite(context, `generated (${size} editions)`, out, 4511 + 2 * i, undefined));
      if (size <= (context.baselineMax ?? 5000)) {
        context.log(`  search: Pagefind's default UI over the ${size} editions`);
        baselines.push(await measureBaseline(context, `Pagefind default UI (${size} editions)`, out, 4512 + 2 * i, join(context.searchKeep ?? context.tmp, `pagefind-ui-${size}`)));
      }
    }
    const { bytes, times } = renderSearchTables(sites, baselines);
    return [
      `Load average when the search measures started: ${load.toFixed(1)} (2 CPUs shared with other work: above ~2 every time is inflated, the frames most).`,
      '',
      'Chromium (Debian), a new browser profile (empty cache), the built site served on loopback by scripts/serve.ts `--gzip`, which compresses text as deploy/nginx.conf does (HTML, CSS, JS, JSON; Pagefind’s own files are compressed already). KB are what the browser received (headers and bodies); in brackets, the bodies decoded (what an uncompressed server would send). The page load is everything until the network is idle: HTML, CSS, the page’s script, Pagefind’s runtime, WebAssembly and metadata (nothing else: the filters’ counts before a query are in the page). The first query `四强党支部` counts every response until its search is complete: index chunks, the five editions’ records, and the shards’ filter tables (loaded after the results, for the counts).',
      '',
      bytes,
      '',
      `Times are taken in the page, from the Enter key’s event to the frame painted after the first results (the best two editions, shown as soon as their records are in), the whole page of results (five editions), and the complete search (on a large archive the older years’ shards are searched after the page is shown; then the filters’ counts). Later queries: ${LATER.length}, programme names and phrases, then ${SHORT.join(' and ')} (also on their own). The harness column is the whole page seen from Playwright (Enter sent → results observed). The page’s own \`performance.measure\`s split a query into the index search, loading the first two editions’ records, finding, ranking and rendering their hits, and the other three editions (medians). Quality: the query set \`bench/search-queries.json\` typed into the page; recall@10 = found expected items in the first ten results / min(expected, 10), averaged.`,
      '',
      times,
      '',
      `The baseline rows are Pagefind’s own default UI (\`pagefind-ui.js\` with \`showSubResults\`) over the same site’s edition pages, indexed by the Pagefind CLI as a bare site would be (whole pages, Pagefind’s own Chinese segmentation), in a page of its own served the same way. Its time runs from the input event (it searches as one types) to the frame after it has shown its first five results with their data; it includes its ${UI_DEBOUNCE_MS} ms pause after typing, and in brackets the time without it. ${baselines.map((b) => `Pagefind indexed ${b.label.replace(/^Pagefind default UI \(|\)$/g, '')} in ${b.indexSeconds.toFixed(0)} s.`).join(' ')}`,
      '',
      'Targets: on 1,000 editions the whole page ≤ 50 ms median and the first results ≤ 30 ms, page load + first query ≤ 200 KB; on 20,000 editions the whole page ≤ 100 ms median; 党 and 支部 within the same bounds; recall@10 ≥ 0.95.',
    ].join('\n');
  },
};
