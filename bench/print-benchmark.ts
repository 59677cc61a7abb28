/**
 * Print benchmark: the site built twice with an empty artifact cache of its own (YAODIAN_CACHE_DIR), then once
 * more under a base path. Reports the font subsetting time, PDF time per edition and card time per page of the
 * cold build, and proves the cache: the unchanged rebuild and the base-path build print no PDF and draw no card.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import type { BenchContext, Benchmark } from './benchmark.ts';
import { renderTable } from './markdown.ts';
import { readBuildStats, type PrintBuildStats } from '../src/lib/print/build-stats.ts';

function build(context: BenchContext, cache: string, label: string, extra: Record<string, string>): PrintBuildStats & { wallMs: number } {
  context.log(`  astro build (${label})`);
  const started = performance.now();
  const env: NodeJS.ProcessEnv = { ...process.env, PATH: `${join(context.root, 'node_modules/.bin')}:${process.env.PATH ?? ''}`, ASTRO_TELEMETRY_DISABLED: '1' };
  for (const name of ['SKIP_PDF', 'SKIP_CARDS', 'BASE_PATH']) delete env[name];
  Object.assign(env, { OUT_DIR: join(context.tmp, 'print-dist'), YAODIAN_CACHE_DIR: cache }, extra);
  const r = spawnSync('astro', ['build'], { cwd: context.root, env, encoding: 'utf8', maxBuffer: 64 * 2 ** 20 });
  if (r.status !== 0) throw new Error(`astro build (${label}) failed:\n${(r.stdout + r.stderr).split('\n').slice(-30).join('\n')}`);
  return { ...readBuildStats(cache), wallMs: performance.now() - started };
}

const each = (ms: number, n: number) => (n ? `${Math.round(ms / n)} ms` : '–');

export const printBenchmark: Benchmark = {
  heading: 'PDFs and social cards',
  async run(context) {
    const cache = join(context.tmp, 'print-cache');
    const runs = [
      ['cold (empty cache)', build(context, cache, 'cold', {})],
      ['unchanged rebuild', build(context, cache, 'unchanged', {})],
      ['same site under /dangjian/yaodian/', build(context, cache, 'base path', { BASE_PATH: '/dangjian/yaodian/' })],
    ] as const;
    const rows = runs.map(([label, s]) => [
      label,
      `${s.fonts.made} made, ${s.fonts.cached} cached (${s.fonts.ms} ms)`,
      `${s.pdf?.rendered ?? 0} printed, ${s.pdf?.cached ?? 0} cached`,
      each(s.pdf?.renderMs ?? 0, s.pdf?.rendered ?? 0),
      `${s.cards?.rendered ?? 0} drawn, ${s.cards?.cached ?? 0} cached`,
      each(s.cards?.renderMs ?? 0, s.cards?.rendered ?? 0),
      `${(s.wallMs / 1000).toFixed(1)} s`,
    ]);
    return [
      renderTable(['build', 'font subsets', 'PDFs', 'per edition', 'cards', 'per card', 'wall'], rows),
      '',
      'PDF time is page load plus `page.pdf` in one Chromium page (the browser launch is not in it); card time is Satori plus resvg.',
      'A PDF is keyed by its page and stylesheets with the base path taken out, so the base-path build reuses the first build\'s PDFs.',
    ].join('\n');
  },
};
