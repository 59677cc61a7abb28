/**
 * Incremental builds make what a full build makes (issue 16): the fixture site is built four times on a copy of
 * its content, with caches of its own (ASTRO_CACHE_DIR: Astro's content store, incremental manifest and page
 * copies; YAODIAN_CACHE_DIR: PDFs, cards, font subsets, search shards). A, B and C build into one output folder,
 * as the build machine does (kept between builds: src/lib/incremental/out-dir.ts), each copied aside after it
 * for the comparisons; D builds into a folder of its own:
 *
 *   A  a full build from empty caches;
 *   B  the same again, nothing changed: no page rendered, no PDF printed, no card drawn, no search shard built,
 *      and the same files as A;
 *   C  one item of one edition reworded (an edition between its issuer's oldest and newest, so that two change
 *      pages involve it): a few pages rendered, exactly that edition's PDFs printed, the other search shards reused;
 *   D  a full build (`--force`) of the reworded content from new, empty caches; C and D hold the same files with
 *      the same bytes, apart from the moment each PDF was printed (and the ids Chromium gives a PDF's table
 *      headers, which count the nodes of its print session: see normalisePdf in ./support.ts).
 *
 * PDFs and cards are on, so that "prints no PDF, draws no card" is proven. SEARCH_SHARD_EDITIONS=2 splits the
 * fixture's eleven years into several search shards, so that reusing the unchanged ones is proven too.
 * `npm test` runs this file as a stage of its own (scripts/test.ts); alone:
 *
 *   node_modules/.bin/node --test tests/build/incremental.test.ts
 *
 * (about four minutes on two cores; KEEP_INCREMENTAL_TMP=1 keeps the temporary folder with the four outputs and
 * their logs, build-<a–d>.log, for a look at a failure).
 */
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { changesPdfPath, pdfPath } from '../../src/lib/print/paths.ts';
import { changedFiles, compareTrees, describeDifferences, listTree, parseBuildLog, runBuild, type BuildReport, type BuildRun } from './support.ts';

const FIXTURE_CONTENT = 'tests/fixtures/site/content';
/** The edition reworded for build C: shili-lishi runs 2016–2025, so 2020 has an older and a newer edition. */
const EDITED = { issuer: 'shili-lishi', year: 2020 };
/** The rewording: a few characters more in item 2's text, all of them already in the edition (so no font subset changes). */
const BEFORE = '结合实际培育积极健康的党内政治文化';
const AFTER = '结合工作实际培育积极健康的党内政治文化';
/** Shards of at most two editions: 2026 | 2025 | 2023-2024 | 2021-2022 | 2019-2020 | 2017-2018 | 2016. */
const SHARD_EDITIONS = '2';
/** A build of the fixture site takes a few minutes on two busy cores; a cold one with PDFs and cards the longest. */
const BUILD_TIMEOUT_MS = 30 * 60_000;

let tmp = '';
let content = '';
const runs: Partial<Record<'a' | 'b' | 'c' | 'd', BuildRun & { report: BuildReport }>> = {};

/**
 * One build of the copy of the fixture content, with the caches under `caches`: A, B and C into `<tmp>/out` (A
 * and B then copied to `<tmp>/out-a`, `<tmp>/out-b`, which their runs name as their output), D into `<tmp>/out-d`.
 */
async function build(name: 'a' | 'b' | 'c' | 'd', caches: string, args: string[] = []): Promise<BuildRun & { report: BuildReport }> {
  const out = join(tmp, name === 'd' ? 'out-d' : 'out');
  const run = await runBuild(name.toUpperCase(), {
    env: {
      CONTENT_ROOT: content,
      OUT_DIR: out,
      ASTRO_CACHE_DIR: join(caches, 'astro'),
      YAODIAN_CACHE_DIR: join(caches, 'yaodian'),
      SEARCH_SHARD_EDITIONS: SHARD_EDITIONS,
    },
    args,
    logFile: join(tmp, `build-${name}.log`),
    timeoutMs: BUILD_TIMEOUT_MS,
  });
  const done = { ...run, report: parseBuildLog(run.log) };
  if (name === 'a' || name === 'b') {
    const aside = join(tmp, `out-${name}`);
    cpSync(out, aside, { recursive: true, preserveTimestamps: true });
    done.outDir = aside;
  }
  runs[name] = done;
  return done;
}

/** A build that an earlier test made, or this test is skipped (the earlier failure says why). */
function needs(t: { skip: (why: string) => void }, ...names: ('a' | 'b' | 'c' | 'd')[]): boolean {
  const missing = names.filter((n) => !runs[n]);
  if (missing.length) t.skip(`build ${missing.map((n) => n.toUpperCase()).join(', ')} did not run`);
  return missing.length === 0;
}

/** The numbers a build must have printed; a missing summary line is a failure that says which line. */
function reported<K extends 'pages' | 'pdf' | 'cards' | 'search' | 'editions' | 'mentions'>(run: { name: string; report: BuildReport; log: string }, key: K): NonNullable<BuildReport[K]> {
  const value = run.report[key];
  assert.ok(value, `build ${run.name} printed no "${key}" summary line; its log:\n${run.log.slice(-4000)}`);
  return value as NonNullable<BuildReport[K]>;
}

/** Files of a cache folder (the content-addressed artifacts: a new file is an artifact made). */
function cacheFiles(dir: string): Set<string> {
  return new Set(existsSync(dir) ? readdirSync(dir) : []);
}

/**
 * Whether the page at `page` (as Astro lists it) can show the reworded edition: its own pages, the two change
 * pages that compare it, its issuer's pages (each edition page shows the issuer's other editions, 现行 and item
 * histories), its year's page and the next one's (which lists the changes since), and the site-wide pages (home,
 * search, compare, programmes, feed, sitemap). Not: another issuer's pages, other years, the guide, 404.
 */
function involves(page: string): boolean {
  const { issuer, year } = EDITED;
  const own = new RegExp(`^/${issuer}/(\\d+)/(.*)$`).exec(page);
  if (own) {
    const [y, rest] = [Number(own[1]), own[2]!];
    if (y === year) return true;
    if (y === year + 1 && /^changes\/(table\/)?index\.html$/.test(rest)) return true;
    return rest === 'index.html';
  }
  if ([`/${issuer}/index.html`, `/${issuer}/history/index.html`, `/${issuer}/build-artifacts.json`].includes(page)) return true;
  if (page === `/years/${year}/index.html` || page === `/years/${year + 1}/index.html`) return true;
  return ['/index.html', '/search/index.html', '/compare/index.html', '/feed.xml', '/sitemap.xml', '/build-artifacts.json'].includes(page) || page.startsWith('/programmes/');
}

const durations = () => Object.entries(runs).map(([n, r]) => `${n.toUpperCase()} ${(r.ms / 1000).toFixed(0)} s`).join(', ');

describe('incremental build: a rebuild after a change equals a full build', { timeout: 4 * BUILD_TIMEOUT_MS }, () => {
  before(() => {
    tmp = mkdtempSync(join(tmpdir(), 'yaodian-incremental-'));
    content = join(tmp, 'content');
    cpSync(FIXTURE_CONTENT, content, { recursive: true });
    mkdirSync(join(tmp, 'caches'));
  });
  after(() => {
    if (Object.keys(runs).length) console.log(`# build times: ${durations()}`);
    if (tmp && !process.env.KEEP_INCREMENTAL_TMP) rmSync(tmp, { recursive: true, force: true });
    else if (tmp) console.log(`# kept ${tmp}`);
  });

  test('A: a full build from empty caches renders every page, prints every PDF and draws every card', async () => {
    const a = await build('a', join(tmp, 'caches'));
    const pages = reported(a, 'pages');
    assert.equal(pages.reused, 0, 'a build from empty caches reused pages');
    assert.ok(pages.rendered > 0);
    const pdf = reported(a, 'pdf');
    assert.equal(pdf.cached, 0, 'a build from empty caches found PDFs in the cache');
    assert.ok(pdf.printed > 0);
    const cards = reported(a, 'cards');
    assert.equal(cards.cached, 0, 'a build from empty caches found cards in the cache');
    assert.ok(cards.rendered > 0);
    const search = reported(a, 'search');
    assert.equal(search.reused, 0, 'a build from empty caches reused search shards');
    const editions = reported(a, 'editions');
    assert.ok(editions.parsed > 1 && editions.reused === 0, `editions: every one parsed (${JSON.stringify(editions)})`);
    assert.deepEqual(reported(a, 'mentions'), { reused: 0, found: editions.parsed });
    assert.ok(search.built > 1, `SEARCH_SHARD_EDITIONS=${SHARD_EDITIONS} should split the fixture into several shards`);
  });

  test('B: an unchanged rebuild renders no page, prints no PDF, draws no card, builds no search shard, and writes the same files', async (t) => {
    if (!needs(t, 'a')) return;
    const b = await build('b', join(tmp, 'caches'));
    const a = runs.a!;
    assert.deepEqual(reported(b, 'pages'), { rendered: 0, reused: reported(a, 'pages').rendered }, 'pages: every page reused');
    assert.deepEqual(reported(b, 'pdf'), { printed: 0, cached: reported(a, 'pdf').printed }, 'pdf: every PDF from the cache');
    assert.deepEqual(reported(b, 'cards'), { rendered: 0, cached: reported(a, 'cards').rendered }, 'cards: every card from the cache');
    assert.deepEqual(reported(b, 'search'), { built: 0, reused: reported(a, 'search').built }, 'search: every shard reused');
    assert.deepEqual(b.report.searchBuilt, []);
    const editions = reported(a, 'editions').parsed;
    assert.deepEqual(reported(b, 'editions'), { reused: editions, parsed: 0 }, 'editions: every one read back, none parsed');
    assert.deepEqual(reported(b, 'mentions'), { reused: editions, found: 0 }, 'programme mentions: all read back');
    assert.match(b.log, /: kept from the last build; 0 file\(s\) no longer part of the site removed/, 'the output folder is kept, not emptied and copied back');
    const differences = compareTrees({ name: 'A', dir: a.outDir }, { name: 'B', dir: b.outDir });
    assert.equal(differences.length, 0, `the unchanged rebuild B differs from the full build A: ${describeDifferences(differences)}`);
    // Not even the PDFs' dates differ: each is A's, copied from the cache.
    assert.deepEqual(changedFiles(a.outDir, b.outDir), []);
  });

  test('C: after one item of one edition changes, only what involves that edition is made again', async (t) => {
    if (!needs(t, 'a', 'b')) return;
    const file = join(content, 'editions', EDITED.issuer, `${EDITED.year}.mdx`);
    const mdx = readFileSync(file, 'utf8');
    assert.equal(mdx.split(BEFORE).length, 2, `${file} should hold "${BEFORE}" once`);
    const added = [...AFTER].filter((c) => !mdx.includes(c));
    assert.deepEqual(added, [], 'the rewording should use only characters the edition already has (a new one would change every font subset, so every page)');
    writeFileSync(file, mdx.replace(BEFORE, AFTER));

    const caches = join(tmp, 'caches');
    const cardsBefore = cacheFiles(join(caches, 'yaodian', 'cards'));
    const c = await build('c', caches);
    const b = runs.b!;
    const total = reported(b, 'pages').reused;

    const pages = reported(c, 'pages');
    assert.match(c.log, /: kept from the last build;/, 'the output folder is kept, not emptied and copied back');
    t.diagnostic(`C: ${pages.rendered} of ${pages.rendered + pages.reused} pages rendered: ${c.report.renderedPages.join(' ')}`);
    assert.equal(pages.rendered + pages.reused, total, 'the site has as many pages as before');
    assert.equal(c.report.renderedPages.length, pages.rendered, 'the pages Astro lists as rendered are as many as the summary says');
    const { issuer, year } = EDITED;
    for (const page of [`/${issuer}/${year}/index.html`, `/${issuer}/${year}/source/index.html`, `/${issuer}/${year}/changes/index.html`, `/${issuer}/${year}/changes/table/index.html`, `/${issuer}/${year + 1}/changes/index.html`, `/${issuer}/${year + 1}/changes/table/index.html`]) {
      assert.ok(c.report.renderedPages.includes(page), `${page} shows the reworded item but was not rendered again`);
    }
    const uninvolved = c.report.renderedPages.filter((page) => !involves(page));
    assert.deepEqual(uninvolved, [], 'pages that cannot show the reworded edition were rendered again');
    assert.ok(pages.rendered * 2 < total, `${pages.rendered} of ${total} pages rendered: not far fewer than all`);

    // A PDF printed again has this print's date; one copied from the cache is byte for byte the one of A and B.
    const printed = changedFiles(b.outDir, c.outDir, (f) => f.endsWith('.pdf'));
    const expected = [pdfPath(EDITED.issuer, EDITED.year), changesPdfPath(EDITED.issuer, EDITED.year), changesPdfPath(EDITED.issuer, EDITED.year + 1)].sort();
    assert.deepEqual(printed, expected, "exactly the edition's PDF and the 对照表 PDFs of the two change pages that involve it are printed again");
    assert.deepEqual(reported(c, 'pdf'), { printed: expected.length, cached: reported(b, 'pdf').cached - expected.length });

    // A card shows a page's title and numbers, not an item's words: only the change pages' cards (their counts of
    // reworded items) may be drawn again, and the log agrees with what the cache gained and the output changed.
    const cards = reported(c, 'cards');
    const drawn = [...cacheFiles(join(caches, 'yaodian', 'cards'))].filter((f) => !cardsBefore.has(f));
    assert.equal(cards.rendered, drawn.length, `cards: the log says ${cards.rendered} drawn, the cache gained ${drawn.length}`);
    const redrawn = changedFiles(b.outDir, c.outDir, (f) => f.startsWith('og/'));
    assert.equal(redrawn.length, cards.rendered, `cards: ${cards.rendered} drawn, but these changed: ${redrawn.join(', ')}`);
    const mayChange = [`og/${issuer}/${year}.png`, `og/${issuer}/${year}/changes.png`, `og/${issuer}/${year + 1}/changes.png`];
    assert.deepEqual(redrawn.filter((f) => !mayChange.includes(f)), [], 'cards of pages that do not show the reworded edition changed');
    t.diagnostic(`C: cards ${cards.rendered} drawn (${redrawn.join(', ')}), ${cards.cached} from the cache`);

    const search = reported(c, 'search');
    const mine = runs.a!.report.searchBuilt.find((key) => {
      const [from, to = from] = key.split('-').map(Number);
      return from! <= year && year <= to!;
    });
    assert.ok(mine, `build A named no search shard holding ${EDITED.year}: ${runs.a!.report.searchBuilt.join(', ')}`);
    assert.deepEqual(c.report.searchBuilt, [mine], `only the search shard of ${EDITED.year} is built again`);
    assert.deepEqual(search, { built: 1, reused: reported(b, 'search').reused - 1 });
    const editions = reported(b, 'editions').reused;
    assert.deepEqual(reported(c, 'editions'), { reused: editions - 1, parsed: 1 }, 'only the changed edition is parsed again');
    assert.deepEqual(reported(c, 'mentions'), { reused: editions - 1, found: 1 });
  });

  test("D equals C: a full build of the changed content from empty caches writes the same files, same bytes apart from the PDFs' print times and session ids", async (t) => {
    if (!needs(t, 'c')) return;
    const d = await build('d', join(tmp, 'caches-fresh'), ['--force']);
    const c = runs.c!;
    const pages = reported(d, 'pages');
    assert.equal(pages.reused, 0, 'the full build D reused pages');
    assert.equal(pages.rendered, reported(c, 'pages').rendered + reported(c, 'pages').reused);
    assert.equal(reported(d, 'pdf').cached, 0);
    assert.equal(reported(d, 'cards').cached, 0);
    assert.equal(reported(d, 'search').reused, 0);
    assert.equal(reported(d, 'editions').reused, 0);
    const differences = compareTrees({ name: 'C (incremental)', dir: c.outDir }, { name: 'D (full)', dir: d.outDir });
    assert.equal(differences.length, 0, `the incremental build C differs from the full build D: ${describeDifferences(differences)}`);
    t.diagnostic(`C and D: ${listTree(c.outDir).length} files each, equal; build times: ${durations()}`);
  });
});
