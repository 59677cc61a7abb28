/**
 * npm run bench [-- --sizes 100,1000,5000 | --quick] [--seed 1] [--keep] [--file BENCHMARKS.md] [--only programme,import,search,pdfs,build,item] [--baseline-max 5000] [--search-sizes 1000,20000] [--search-keep DIR]
 *
 * Runs the benchmarks (programme linking and change sets, import per received format, search, PDFs and cards, the build at scale, item histories), prints each
 * section and writes it into BENCHMARKS.md, replacing the section of the same heading. Thin: the work is in
 * bench/.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseCommand, runCommand, usageError } from '../src/lib/cli/command.ts';
import type { Benchmark } from '../bench/benchmark.ts';
import { buildBenchmark } from '../bench/build-benchmark.ts';
import { featuresBenchmark } from '../bench/features-benchmark.ts';
import { historyBenchmark } from '../bench/history-benchmark.ts';
import { importBenchmark } from '../bench/import-benchmark.ts';
import { searchBenchmark } from '../bench/search-benchmark.ts';
import { printBenchmark } from '../bench/print-benchmark.ts';
import { machineFacts } from '../bench/machine.ts';
import { replaceSection } from '../bench/markdown.ts';

const ALL: Benchmark[] = [featuresBenchmark, importBenchmark, searchBenchmark, printBenchmark, buildBenchmark, historyBenchmark];

const spec = {
  description: 'Runs the benchmarks and writes each section into BENCHMARKS.md.',
  usage: `usage: npm run bench -- [options]
  --sizes 100,1000,5000   generated corpus sizes (build benchmark; search uses the largest up to 1,000; item histories the largest up to 5,000)
  --quick                 one corpus of 20 editions (its rebuilds measured too; otherwise those of 1,000–5,000)
  --seed 1                seed of the generated corpora
  --only search,build     run these sections only (headings matched by their first word:
                          ${ALL.map((b) => b.heading.split(' ')[0]!.toLowerCase()).join(', ')})
  --baseline-max 5000     largest corpus also measured against a bare Astro + Pagefind baseline
  --search-sizes 1000,20000  generated sites the search benchmark measures
  --search-keep DIR       keep the search benchmark's generated sites in DIR and reuse them next time
                          (delete them after changing the site or its search index)
  --file BENCHMARKS.md    the file whose sections are replaced
  --keep                  keep the scratch directory
  --help                  this text`,
  config: {
    options: {
      sizes: { type: 'string', default: '100,1000,5000' },
      quick: { type: 'boolean' },
      seed: { type: 'string', default: '1' },
      keep: { type: 'boolean' },
      file: { type: 'string', default: 'BENCHMARKS.md' },
      only: { type: 'string' },
      'baseline-max': { type: 'string', default: '5000' },
      'search-sizes': { type: 'string' },
      'search-keep': { type: 'string' },
    },
  },
} as const;
const { values } = parseCommand(spec);
// --only search,features runs some sections (headings matched case-insensitively by their first word).
const BENCHMARKS = values.only ? ALL.filter((b) => values.only!.split(',').some((w) => b.heading.toLowerCase().startsWith(w.toLowerCase()))) : ALL;
if (BENCHMARKS.length === 0) usageError(spec, `--only ${values.only}: no benchmark heading starts with that (headings: ${ALL.map((b) => b.heading).join('; ')})`);
const sizes = (values.quick ? '20' : values.sizes).split(',').map(Number);
const searchSizes = values['search-sizes']?.split(',').map(Number);
if ([...sizes, ...(searchSizes ?? [])].some((n) => !Number.isInteger(n) || n < 1)) usageError(spec, 'sizes are comma-separated whole numbers of editions');

const root = process.cwd();
const tmp = mkdtempSync(join(tmpdir(), 'yaodian-bench-'));
const file = resolve(values.file);
await runCommand(async () => {
  const started = performance.now();
  try {
    for (const benchmark of BENCHMARKS) {
      console.log(`▶ ${benchmark.heading}`);
      const body = await benchmark.run({ root, tmp, sizes, seed: Number(values.seed), baselineMax: Number(values['baseline-max']), rebuildSizes: values.quick ? sizes : undefined, searchSizes, searchKeep: values['search-keep'] ? resolve(values['search-keep']) : undefined, log: (m) => console.log(m) });
      const section = `${machineFacts(root)}\n\n${body}`;
      console.log(`\n## ${benchmark.heading}\n\n${section}\n`);
      const before = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n\nWritten by `npm run bench`; each section is replaced when its benchmark runs again.\n';
      writeFileSync(file, replaceSection(before, benchmark.heading, section));
    }
    console.log(`wrote ${file} in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  } finally {
    if (values.keep) console.log(`kept ${tmp}`);
    else rmSync(tmp, { recursive: true, force: true });
  }
});
