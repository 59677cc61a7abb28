/**
 * Build benchmark: the site built over the real corpus and generated corpora of several sizes, against a bare
 * Astro + MDX baseline over the same files followed by the Pagefind CLI. Measures wall time, peak memory,
 * output size, pages, page weight, and the cost per added edition.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { listEditionFiles } from '../src/lib/content/content-dir.ts';
import { writeBaselineProject } from './baseline.ts';
import { childEnv, generateCorpus } from './corpus.ts';
import type { BenchContext, Benchmark } from './benchmark.ts';
import { renderTable } from './markdown.ts';
import { logTail, runMeasured, type Measurement } from './measure.ts';
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
}

const MB = 2 ** 20;
const KB = 1024;
const fixed = (n: number, digits: number) => (Number.isFinite(n) ? n.toFixed(digits) : '–');

async function measure(what: string, command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv, log: string): Promise<Measurement> {
  const m = await runMeasured(command, args, { cwd, env, log });
  if (m.code !== 0) throw new Error(`${what} failed (exit ${m.code}); the end of ${log}:\n${logTail(log)}`);
  return m;
}

/**
 * Every measured build starts from an empty content store, as the baseline's (fresh project) does. It matters
 * for correctness too: the store keeps an entry whose id and body are unchanged even when it now comes from
 * another directory, so a second corpus with the same ids would be built from the first one's (deleted) files.
 */
function clearContentStore(root: string): void {
  rmSync(join(root, 'node_modules/.astro/data-store.json'), { force: true });
}

/** Builds one corpus both ways and weighs the output. */
async function runCorpus(context: BenchContext, label: string, contentRoot: string, editions: number): Promise<CorpusResult> {
  const { root, tmp } = context;
  const work = join(tmp, `build-${label}`);
  mkdirSync(work, { recursive: true });
  const outOurs = join(work, 'out-site');
  const outBase = join(work, 'out-baseline');
  context.log(`  site build (${editions} editions)…`);
  clearContentStore(root);
  const load = loadavg()[0]!;
  // PDFs and social cards are cached by content hash and skipped here, as the scale targets say.
  const ours = await measure('site build', 'npm', ['run', '--silent', 'build'], root, childEnv(root, { CONTENT_ROOT: contentRoot, OUT_DIR: outOurs, SKIP_PDF: '1', SKIP_CARDS: '1' }), join(work, 'site.log'));
  const dist = distStats(outOurs);
  const weights = samplePages(outOurs).map((p) => weighPage(outOurs, p.type, p.path));
  rmSync(outOurs, { recursive: true, force: true });
  if (editions > (context.baselineMax ?? Infinity)) {
    context.log(`  ${ours.seconds.toFixed(1)} s, ${(ours.peakTreeBytes / MB).toFixed(0)} MB, ${dist.pages} pages; no baseline above ${context.baselineMax} editions`);
    return { label, editions, generated: label !== 'real', ours, load, dist, weights };
  }
  context.log(`  ${ours.seconds.toFixed(1)} s, ${(ours.peakTreeBytes / MB).toFixed(0)} MB, ${dist.pages} pages; baseline build…`);
  const project = join(work, 'baseline');
  mkdirSync(project);
  writeBaselineProject(project, join(contentRoot, 'editions'), join(root, 'node_modules'));
  const baseline = await measure('baseline build', 'npm', ['run', '--silent', 'build'], project, childEnv(root, { OUT_DIR: outBase }), join(work, 'baseline.log'));
  const pagefind = await measure('pagefind', join(root, 'node_modules/.bin/pagefind'), ['--site', outBase], project, childEnv(root, {}), join(work, 'pagefind.log'));
  context.log(`  baseline ${baseline.seconds.toFixed(1)} s + pagefind ${pagefind.seconds.toFixed(1)} s`);
  rmSync(outBase, { recursive: true, force: true });
  return { label, editions, generated: label !== 'real', ours, load, dist, weights, baseline, pagefind };
}

/** Our time over the baseline's (Astro + Pagefind); our peak memory over the baseline's larger peak. */
export function ratios(r: CorpusResult): { time: number; memory: number } {
  return {
    time: r.baseline && r.pagefind ? r.ours.seconds / (r.baseline.seconds + r.pagefind.seconds) : NaN,
    memory: r.baseline && r.pagefind ? r.ours.peakTreeBytes / Math.max(r.baseline.peakTreeBytes, r.pagefind.peakTreeBytes) : NaN,
  };
}

/** The section body: the three tables and how to read them. */
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
  return [
    'Built with `CONTENT_ROOT=<corpus> OUT_DIR=<tmp> npm run build`; generated corpora by `npm run generate` (real items, seeded).',
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
    'Page weight, gzip -9: the HTML and the CSS and JS files it references (fonts excluded).',
    '',
    weight,
  ].join('\n');
}

/** The build benchmark: the real corpus, then each generated size. */
export const buildBenchmark: Benchmark = {
  heading: 'Build benchmark',
  async run(context) {
    const results: CorpusResult[] = [];
    context.log('warm-up build (not measured)…');
    const warm = join(context.tmp, 'warm-up');
    await measure('warm-up build', 'npm', ['run', '--silent', 'build'], context.root, childEnv(context.root, { OUT_DIR: join(warm, 'out') }), `${warm}.log`);
    rmSync(warm, { recursive: true, force: true });
    context.log('corpus real');
    results.push(await runCorpus(context, 'real', join(context.root, 'content'), listEditionFiles({ root: context.root }).length));
    for (const size of context.sizes) {
      context.log(`corpus ${size}`);
      const dir = join(context.tmp, `corpus-${size}`);
      context.log(`  ${generateCorpus(context, size, dir)}`);
      results.push(await runCorpus(context, String(size), dir, size));
      rmSync(dir, { recursive: true, force: true });
    }
    return renderBuildSection(results);
  },
};
