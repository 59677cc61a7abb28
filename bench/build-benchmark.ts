/**
 * Build benchmark: the site built over the real corpus and generated corpora of several sizes, against a bare
 * Astro + MDX baseline over the same files followed by the Pagefind CLI. Measures wall time, peak memory,
 * output size, pages, page weight, and the cost per added edition; for the sizes of `rebuildSizes`, right after
 * the full build and with its caches, an unchanged rebuild and a one-edition rebuild (bench/rebuild.ts).
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { listEditionFiles } from '../src/lib/content/content-dir.ts';
import { writeBaselineProject } from './baseline.ts';
import { childEnv, generateCorpus } from './corpus.ts';
import type { BenchContext, Benchmark } from './benchmark.ts';
import { renderTable } from './markdown.ts';
import { logTail, runMeasured, type Measurement } from './measure.ts';
import { changeOneCharacter, medianRun, parseBuildCounts, pickEditionToChange, renderRebuildTable, type Rebuild, type RebuildResult } from './rebuild.ts';
import { distStats, samplePages, weighPage, type DistStats, type PageWeight } from './site-stats.ts';
import { slopes } from './stats.ts';

/** Everything measured for one corpus. */
export interface CorpusResult {
  /** `real` or the generated size. */
  label: string;
  editions: number;
  generated: boolean;
  ours: Measurement;
  /** 1-minute load average when the site build started: other work on the machine skews every figure. */
  load: number;
  dist: DistStats;
  weights: PageWeight[];
  /** The bare build, when the corpus is not above the baseline limit. */
  baseline?: Measurement;
  pagefind?: Measurement;
  /** The unchanged and one-edition rebuilds, for the sizes that measure them. */
  rebuild?: RebuildResult;
}

/** Generated sizes whose rebuilds are measured unless the context names them: 1,000 to 5,000 editions. */
export const REBUILD_SIZES = { min: 1000, max: 5000 };

const MB = 2 ** 20;
const KB = 1024;
const fixed = (n: number, digits: number) => (Number.isFinite(n) ? n.toFixed(digits) : '–');

async function measure(what: string, command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv, log: string): Promise<Measurement> {
  const m = await runMeasured(command, args, { cwd, env, log });
  if (m.code !== 0) throw new Error(`${what} failed (exit ${m.code}); the end of ${log}:\n${logTail(log)}`);
  return m;
}

/**
 * The caches a build of one corpus uses, under `dir`: Astro's cacheDir (its content store, its incremental-build
 * manifest and page copies) and ours (font subsets, PDFs, cards, search shards). Each corpus has its own, empty
 * before its full build, so every full build is cold, as the baseline's (a fresh project) is. It matters for
 * correctness too: the content store keeps an entry whose id and body are unchanged even when it now comes
 * from another directory, so a second corpus with the same ids would be built from the first one's files.
 */
function cacheEnv(dir: string): Record<string, string> {
  rmSync(dir, { recursive: true, force: true });
  return { ASTRO_CACHE_DIR: join(dir, 'astro'), YAODIAN_CACHE_DIR: join(dir, 'yaodian') };
}

/** One build of our site, measured, and what its log says it rendered and reused. */
async function measureBuild(what: string, root: string, env: NodeJS.ProcessEnv, log: string): Promise<Rebuild> {
  const load = loadavg()[0]!;
  const measurement = await measure(what, 'npm', ['run', '--silent', 'build'], root, env, log);
  return { measurement, load, counts: parseBuildCounts(readFileSync(log, 'utf8'), `${what} (${log})`) };
}

/**
 * Right after the full build, with its environment, caches and output directory: `npm run build` with nothing
 * changed, then after one character of one edition changed (`contentRoot` is the corpus's own copy, changed
 * in place). Checks that the full build reused nothing and that the changed edition's page was written anew.
 */
async function runRebuilds(context: BenchContext, corpus: { label: string; contentRoot: string; editions: number }, fullBuild: { measurement: Measurement; load: number; log: string }, env: NodeJS.ProcessEnv, out: string, work: string): Promise<RebuildResult> {
  const { root } = context;
  const { label, contentRoot, editions } = corpus;
  const full: Rebuild = { measurement: fullBuild.measurement, load: fullBuild.load, counts: parseBuildCounts(readFileSync(fullBuild.log, 'utf8'), `site build (${fullBuild.log})`) };
  if (full.counts.pagesReused !== 0) throw new Error(`the full build of ${label} reused ${full.counts.pagesReused} pages: its caches were not empty`);
  context.log('  unchanged rebuild…');
  const unchanged = await measureBuild('unchanged rebuild', root, env, join(work, 'rebuild-unchanged.log'));
  const path = pickEditionToChange(listEditionFiles({ root: contentRoot, dir: '.' }).map((f) => f.replace(/^\.\//, '')));
  const original = readFileSync(join(contentRoot, path), 'utf8');
  const changed = path.replace(/^editions\//, '').replace(/\.mdx$/, '');
  const page = join(out, changed, 'index.html');
  if (!existsSync(page)) throw new Error(`the full build of ${label} wrote no ${page}`);
  // Three runs, each of a text no build has seen (another paragraph changed each time, from the original), so
  // no run finds its edition's parsed model, pages or search shard kept from an earlier one.
  const oneEditionRuns: Rebuild[] = [];
  try {
    for (let run = 0; run < 3; run++) {
      const before = readFileSync(page, 'utf8');
      const edit = changeOneCharacter(original, run);
      writeFileSync(join(contentRoot, path), edit.text);
      context.log(`  one-edition rebuild ${run + 1} of 3 (${path} line ${edit.line}: ${edit.from} → ${edit.to})…`);
      oneEditionRuns.push(await measureBuild('one-edition rebuild', root, env, join(work, `rebuild-one-edition-${run + 1}.log`)));
      if (readFileSync(page, 'utf8') === before) throw new Error(`the one-edition rebuild of ${label} left ${page} as it was after changing ${path}`);
    }
  } finally {
    writeFileSync(join(contentRoot, path), original);
  }
  const oneEdition = medianRun(oneEditionRuns);
  const pct = (b: Rebuild) => `${((100 * b.measurement.seconds) / full.measurement.seconds).toFixed(1)} %`;
  context.log(`  rebuilds: unchanged ${unchanged.measurement.seconds.toFixed(1)} s (${pct(unchanged)}, ${unchanged.counts.pagesRendered} pages rendered), one edition ${oneEdition.measurement.seconds.toFixed(1)} s median of ${oneEditionRuns.map((b) => b.measurement.seconds.toFixed(1)).join(', ')} (${pct(oneEdition)}, ${oneEdition.counts.pagesRendered} pages rendered)`);
  return { label, editions, full, changed, unchanged, oneEdition, oneEditionRuns };
}

/** Builds one corpus both ways and weighs the output; with `rebuild`, measures the rebuilds too (changing the corpus). */
async function runCorpus(context: BenchContext, label: string, contentRoot: string, editions: number, rebuild = false): Promise<CorpusResult> {
  const { root, tmp } = context;
  const work = join(tmp, `build-${label}`);
  mkdirSync(work, { recursive: true });
  const outOurs = join(work, 'out-site');
  const outBase = join(work, 'out-baseline');
  const cache = join(work, 'cache');
  context.log(`  site build (${editions} editions)…`);
  const load = loadavg()[0]!;
  // PDFs and social cards are cached by content hash and skipped here, as the scale targets say.
  const env = childEnv(root, { CONTENT_ROOT: contentRoot, OUT_DIR: outOurs, SKIP_PDF: '1', SKIP_CARDS: '1', ...cacheEnv(cache) });
  const log = join(work, 'site.log');
  const ours = await measure('site build', 'npm', ['run', '--silent', 'build'], root, env, log);
  const dist = distStats(outOurs);
  const weights = samplePages(outOurs).map((p) => weighPage(outOurs, p.type, p.path));
  context.log(`  ${ours.seconds.toFixed(1)} s, ${(ours.peakTreeBytes / MB).toFixed(0)} MB, ${dist.pages} pages`);
  const rebuilds = rebuild ? await runRebuilds(context, { label, contentRoot, editions }, { measurement: ours, load, log }, env, outOurs, work) : undefined;
  rmSync(outOurs, { recursive: true, force: true });
  rmSync(cache, { recursive: true, force: true });
  if (editions > (context.baselineMax ?? Infinity)) {
    context.log(`  no baseline above ${context.baselineMax} editions`);
    return { label, editions, generated: label !== 'real', ours, load, dist, weights, rebuild: rebuilds };
  }
  context.log('  baseline build…');
  const project = join(work, 'baseline');
  mkdirSync(project);
  writeBaselineProject(project, join(contentRoot, 'editions'), join(root, 'node_modules'));
  const baseline = await measure('baseline build', 'npm', ['run', '--silent', 'build'], project, childEnv(root, { OUT_DIR: outBase }), join(work, 'baseline.log'));
  const pagefind = await measure('pagefind', join(root, 'node_modules/.bin/pagefind'), ['--site', outBase], project, childEnv(root, {}), join(work, 'pagefind.log'));
  context.log(`  baseline ${baseline.seconds.toFixed(1)} s + pagefind ${pagefind.seconds.toFixed(1)} s`);
  rmSync(outBase, { recursive: true, force: true });
  return { label, editions, generated: label !== 'real', ours, load, dist, weights, baseline, pagefind, rebuild: rebuilds };
}

/** Our time over the baseline's (Astro + Pagefind); our peak memory over the baseline's larger peak. */
export function ratios(r: CorpusResult): { time: number; memory: number } {
  return {
    time: r.baseline && r.pagefind ? r.ours.seconds / (r.baseline.seconds + r.pagefind.seconds) : NaN,
    memory: r.baseline && r.pagefind ? r.ours.peakTreeBytes / Math.max(r.baseline.peakTreeBytes, r.pagefind.peakTreeBytes) : NaN,
  };
}

/** The section body: the tables (rebuilds when measured) and how to read them. */
export function renderBuildSection(results: readonly CorpusResult[]): string {
  const build = renderTable(
    ['corpus', 'editions', 'pages', 'build s', 'peak MB (tree)', 'peak MB (1 proc)', 'dist MB', 'baseline astro s', 'astro MB', 'pagefind s', 'pagefind MB', 'time ratio', 'memory ratio', 'load'],
    results.map((r) => {
      const q = ratios(r);
      const mb = (b: number) => fixed(b / MB, 0);
      return [r.label, String(r.editions), String(r.dist.pages), fixed(r.ours.seconds, 1), mb(r.ours.peakTreeBytes), mb(r.ours.peakProcessBytes), fixed(r.dist.bytes / MB, 1),
        fixed(r.baseline?.seconds ?? NaN, 1), mb(r.baseline?.peakTreeBytes ?? NaN), fixed(r.pagefind?.seconds ?? NaN, 1), mb(r.pagefind?.peakTreeBytes ?? NaN), Number.isFinite(q.time) ? `${fixed(q.time, 2)}×` : '–', Number.isFinite(q.memory) ? `${fixed(q.memory, 2)}×` : '–', fixed(r.load, 1)];
    }),
    ['left', ...Array<'right'>(13).fill('right')],
  );
  const weight = renderTable(
    ['corpus', 'page', 'path', 'HTML KB', 'CSS KB', 'JS KB', 'total KB'],
    results.flatMap((r) => r.weights.map((w) => [r.label, w.type, `\`${w.path}\``, fixed(w.html / KB, 1), fixed(w.css / KB, 1), fixed(w.js / KB, 1), fixed((w.html + w.css + w.js) / KB, 1)])),
    ['left', 'left', 'left', 'right', 'right', 'right', 'right'],
  );
  const generated = results.filter((r) => r.generated);
  const slope = (pick: (r: CorpusResult) => number) => slopes(generated.map((r) => ({ size: r.editions, value: pick(r) })));
  const perEdition = [slope((r) => r.ours.seconds), slope((r) => r.ours.peakTreeBytes / MB), slope((r) => r.dist.bytes / KB), slope((r) => (r.baseline && r.pagefind ? r.baseline.seconds + r.pagefind.seconds : NaN)), slope((r) => (r.baseline?.peakTreeBytes ?? NaN) / MB)];
  const slopesTable = renderTable(
    ['editions', 'build s/edition', 'peak MB/edition', 'dist KB/edition', 'baseline s/edition (astro + pagefind)', 'baseline MB/edition (astro)'],
    perEdition[0]!.map((s, i) => [`${s.from} → ${s.to}`, ...perEdition.map((col, k) => fixed(col[i]!.perUnit, k === 2 ? 1 : 4))]),
    ['left', 'right', 'right', 'right', 'right', 'right'],
  );
  const rebuilt = results.flatMap((r) => (r.rebuild ? [r.rebuild] : []));
  return [
    'Built with `CONTENT_ROOT=<corpus> OUT_DIR=<tmp> SKIP_PDF=1 SKIP_CARDS=1 npm run build`, each corpus with caches of its own (`ASTRO_CACHE_DIR`, `YAODIAN_CACHE_DIR`), empty before its build: every build below is cold, font subsets included; generated corpora by `npm run generate` (real items, seeded).',
    'The baseline is a bare Astro + `@astrojs/mdx` project over the same MDX files (permissive schema, one page per edition rendering `<Content />`), then `pagefind --site`.',
    'Peak MB (tree) sums VmRSS over the whole process tree (npm, Astro, the Pagefind binary), sampled every 100 ms; peak MB (1 proc) is GNU time `%M`, the largest single process among those waited for (it misses the Pagefind service binary that the search integration starts).',
    'Time ratio = build s / (baseline astro s + pagefind s); memory ratio = peak tree MB / the larger baseline peak. One run each, after one unmeasured warm-up build; load is the 1-minute load average as the site build started (2 CPUs: above ~2 the figures are inflated by other work).',
    '',
    build,
    '',
    'Cost of each added edition (generated corpora):',
    '',
    perEdition[0]!.length > 0 ? slopesTable : '(needs two generated sizes)',
    '',
    ...(rebuilt.length > 0 ? [renderRebuildTable(rebuilt), ''] : []),
    'Page weight, gzip -9: the HTML and the CSS and JS files it references (fonts excluded).',
    '',
    weight,
  ].join('\n');
}

/** The build benchmark: the real corpus, then each generated size (with its rebuilds, for `rebuildSizes`). */
export const buildBenchmark: Benchmark = {
  heading: 'Build benchmark',
  async run(context) {
    const results: CorpusResult[] = [];
    context.log('warm-up build (not measured)…');
    const warm = join(context.tmp, 'warm-up');
    // Caches of its own too, so the benchmark leaves the project's (node_modules/.astro, node_modules/.cache) alone.
    await measure('warm-up build', 'npm', ['run', '--silent', 'build'], context.root, childEnv(context.root, { OUT_DIR: join(warm, 'out'), ...cacheEnv(join(warm, 'cache')) }), `${warm}.log`);
    rmSync(warm, { recursive: true, force: true });
    context.log('corpus real');
    results.push(await runCorpus(context, 'real', join(context.root, 'content'), listEditionFiles({ root: context.root }).length));
    const rebuildSizes = context.rebuildSizes ?? context.sizes.filter((n) => n >= REBUILD_SIZES.min && n <= REBUILD_SIZES.max);
    for (const size of context.sizes) {
      context.log(`corpus ${size}`);
      const dir = join(context.tmp, `corpus-${size}`);
      context.log(`  ${generateCorpus(context, size, dir)}`);
      results.push(await runCorpus(context, String(size), dir, size, rebuildSizes.includes(size)));
      rmSync(dir, { recursive: true, force: true });
    }
    return renderBuildSection(results);
  },
};
