/**
 * Item histories at scale: what lineages and history pages add to the build of a generated archive (by default
 * 5,000 editions: 500 issuers × 10 years), measured two ways in one run:
 * - whole builds of the same corpus with and without them (SKIP_HISTORY=1 leaves out the history pages, the
 *   issuers' overviews and the items' links), alternating: without, with, without, with. Two builds of the
 *   same kind differ by a few percent on this machine, as much as the difference measured, so one of each
 *   would not tell the two apart; the spread of each pair is shown beside the means;
 * - in one Node process, the parts: every consecutive change set (which the change pages compute anyway) and
 *   then the lineages of every issuer (what histories add);
 * and the history pages' weight (gzip -9), for issuers whose items stand in all ten years.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { alignEditions } from '../src/lib/changes/align.ts';
import { issuerHistory } from '../src/lib/changes/lineage.ts';
import { loadEdition } from '../src/lib/edition/load.ts';
import { historyText } from '../src/i18n/zh-CN/history.ts';
import { historyRoute, itemHistoryLinks } from '../src/lib/routes/history.ts';
import { renderHistoryGroups } from '../src/lib/routes/render-history.ts';
import type { IssuerShelf } from '../src/lib/site/catalog.ts';
import type { Edition } from '../src/lib/edition/model.ts';
import type { Benchmark, BenchContext } from './benchmark.ts';
import { childEnv, generateCorpus } from './corpus.ts';
import { renderTable } from './markdown.ts';
import { logTail, runMeasured, type Measurement } from './measure.ts';
import { median } from './stats.ts';

const KB = 1024;

async function build(context: BenchContext, corpus: string, out: string, skipHistory: boolean, log: string): Promise<{ m: Measurement; load: number }> {
  const load = loadavg()[0]!;
  // Cold caches each time (Astro's content store and kept pages, our fonts and search shards), as every
  // measured full build of the build benchmark has: no build reuses another's pages or shards.
  const cache = join(context.tmp, 'history-caches');
  rmSync(cache, { recursive: true, force: true });
  const env = childEnv(context.root, { CONTENT_ROOT: corpus, OUT_DIR: out, SKIP_PDF: '1', SKIP_CARDS: '1', ASTRO_CACHE_DIR: join(cache, 'astro'), YAODIAN_CACHE_DIR: join(cache, 'yaodian'), ...(skipHistory ? { SKIP_HISTORY: '1' } : {}) });
  const m = await runMeasured('npm', ['run', '--silent', 'build'], { cwd: context.root, env, log });
  if (m.code !== 0) throw new Error(`build (${skipHistory ? 'without' : 'with'} histories) failed; the end of ${log}:\n${logTail(log)}`);
  return { m, load };
}

function loadCorpus(dir: string): Edition[] {
  return readdirSync(join(dir, 'editions'), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((f) => loadEdition(readFileSync(join(dir, 'editions', f), 'utf8'), `content/editions/${f}`));
}

export const historyBenchmark: Benchmark = {
  heading: 'Item histories',
  async run(context) {
    const size = Math.max(...context.sizes.filter((n) => n <= 5000), 0) || Math.min(...context.sizes);
    const work = join(context.tmp, `history-${size}`);
    mkdirSync(work, { recursive: true });
    const corpus = join(work, 'corpus');
    context.log(`  ${generateCorpus(context, size, corpus)}`);

    // In process: the parts.
    const editions = loadCorpus(corpus);
    const byIssuer = new Map<string, Edition[]>();
    for (const e of editions) byIssuer.set(e.issuer, [...(byIssuer.get(e.issuer) ?? []), e]);
    for (const list of byIssuer.values()) list.sort((a, b) => a.year - b.year);
    let started = performance.now();
    const sets = new Map([...byIssuer].map(([id, list]) => [id, list.slice(1).map((e, k) => alignEditions(list[k]!, e))]));
    const setsMs = performance.now() - started;
    started = performance.now();
    const histories = [...byIssuer].map(([id, list]) => issuerHistory(list, sets.get(id)!));
    const lineagesMs = performance.now() - started;
    // The history pages' views and HTML (what the page adds beyond Astro's page frame); the issuer is named by its id.
    started = performance.now();
    let pageBytes = 0;
    for (const [k, [id, list]] of [...byIssuer].entries()) {
      const editionsNewestFirst = [...list].reverse();
      const shelf: IssuerShelf = { id, issuer: { name: id } as IssuerShelf['issuer'], editions: editionsNewestFirst, current: editionsNewestFirst[0]! };
      const route = historyRoute(shelf, histories[k]!, '/');
      pageBytes += renderHistoryGroups(route.groups, route.columns, historyText.showDiff).length;
      for (const e of list) itemHistoryLinks(histories[k]!, e, '/');
    }
    const pagesMs = performance.now() - started;
    const pairs = [...sets.values()].reduce((n, s) => n + s.length, 0);
    const lineages = histories.reduce((n, h) => n + h.lineages.length, 0);
    const readded = histories.reduce((n, h) => n + h.lineages.reduce((m, l) => m + l.nodes.filter((x) => x.kind === 'readded').length, 0), 0);

    // Whole builds, alternating: without, with, without, with.
    context.log(`  builds of ${size} editions, alternating: without histories, with, without, with…`);
    const runs: { label: string; history: boolean; m: Measurement; load: number }[] = [];
    let weights: { path: string; gz: number; raw: number }[] = [];
    for (const [k, history] of [false, true, false, true].entries()) {
      const out = join(work, `out-${k}`);
      const r = await build(context, corpus, out, !history, join(work, `build-${k}.log`));
      runs.push({ label: history ? 'with histories' : 'without (SKIP_HISTORY=1)', history, ...r });
      context.log(`    ${runs.at(-1)!.label}: ${r.m.seconds.toFixed(1)} s`);
      if (history && weights.length === 0) {
        // Weigh the history pages of this build before it is removed.
        const pages = readdirSync(out, { withFileTypes: true }).filter((d) => d.isDirectory() && existsSync(join(out, d.name, 'history', 'index.html')));
        weights = pages.map((d) => {
          const bytes = readFileSync(join(out, d.name, 'history', 'index.html'));
          return { path: `/${d.name}/history/`, gz: gzipSync(bytes, { level: 9 }).length, raw: bytes.length };
        });
      }
      rmSync(out, { recursive: true, force: true });
    }
    const without = runs.filter((r) => !r.history).map((r) => r.m.seconds);
    const withs = runs.filter((r) => r.history).map((r) => r.m.seconds);
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    const [base, withH] = [mean(without), mean(withs)];
    const spread = (xs: number[], m: number) => `${(Math.abs(xs[0]! - xs[1]!) / m * 100).toFixed(1)} %`;
    const tenYears = histories.filter((h) => h.years.length >= 10);
    const heaviest = weights.reduce((a, b) => (b.gz > a.gz ? b : a));

    return [
      `Generated corpus of ${editions.length} editions of ${byIssuer.size} issuers (seed ${context.seed}); builds with SKIP_PDF=1 SKIP_CARDS=1, each from empty caches (a full build); load is the 1-minute load average as each build started (2 CPUs: above ~2, other work inflates the figures).`,
      '',
      renderTable(
        ['build', 'seconds', 'peak MB (tree)', 'load'],
        runs.map((r) => [r.label, r.m.seconds.toFixed(1), (r.m.peakTreeBytes / 2 ** 20).toFixed(0), r.load.toFixed(1)]),
        ['left', 'right', 'right', 'right'],
      ),
      '',
      renderTable(
        ['what', 'figure'],
        [
          ['histories add to the build (mean of the two with ÷ mean of the two without)', `${(((withH / base) - 1) * 100).toFixed(1)} % (${withH.toFixed(1)} s against ${base.toFixed(1)} s; the two with differ by ${spread(withs, withH)}, the two without by ${spread(without, base)})`],
          [`in process: all ${pairs} consecutive change sets (the change pages compute them anyway; a build computes each once)`, `${(setsMs / 1000).toFixed(1)} s`],
          [`in process: the lineages of all ${byIssuer.size} issuers (${lineages} lineages, ${readded} items re-added)`, `${(lineagesMs / 1000).toFixed(2)} s (${(lineagesMs / byIssuer.size).toFixed(1)} ms per issuer)`],
          [`in process: the ${byIssuer.size} history pages' views and HTML (${(pageBytes / 2 ** 20).toFixed(0)} M characters) and every edition's links to its items' lineages`, `${(pagesMs / 1000).toFixed(2)} s`],
          [`history pages (${weights.length}), gzip -9: median / largest`, `${(median(weights.map((w) => w.gz)) / KB).toFixed(1)} KB / ${(heaviest.gz / KB).toFixed(1)} KB (\`${heaviest.path}\`, ${(heaviest.raw / KB).toFixed(0)} KB uncompressed)`],
          ['issuers whose editions span ten years', `${tenYears.length} of ${byIssuer.size}`],
        ],
        ['left', 'right'],
      ),
      '',
      'Targets: lineages and history pages add at most 10 % to the build at 5,000 editions; a history page stays under 30 KB compressed for an issuer whose items stand in ten years (the page holds all of an issuer\'s lineages).',
    ].join('\n');
  },
};
