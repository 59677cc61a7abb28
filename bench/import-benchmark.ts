/**
 * Import benchmark: how long `npm run import` takes per edition for each received format, over the seven
 * corpus editions. The .txt is each edition's kept source; the .pdf is the one the site prints (built once,
 * cards skipped); the .docx is written here from the edition's paragraphs (a plain Word file, titles bold).
 * Each file is imported (extraction, structure, MDX, and the round-trip check) five times after one warm-up;
 * the per-edition figure is the median of the five, the table gives the median, best and worst edition.
 * The baseline, measured in the same run, is the .txt import of the same editions.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { loadEdition } from '../src/lib/edition/load.ts';
import type { Edition } from '../src/lib/edition/model.ts';
import { editionText, itemHeading } from '../src/lib/edition/plain-text.ts';
import { checkEdition } from '../src/lib/import/check.ts';
import { readEditions } from '../src/lib/content/content-dir.ts';
import { knownIssuers } from '../src/lib/import/cli.ts';
import type { KnownIssuer } from '../src/lib/import/import-source.ts';
import { importFile } from '../src/lib/import/import-file.ts';
import type { Benchmark, BenchContext } from './benchmark.ts';
import { renderTable } from './markdown.ts';
import { median } from './stats.ts';

const RUNS = 5;

/** A plain .docx of an edition: one Word paragraph per paragraph of text, an item's number and title in bold. */
async function plainDocx(edition: Edition): Promise<Uint8Array> {
  const headings = new Set(edition.items.map(itemHeading));
  const paragraphs = editionText(edition).main.map((text) => {
    const bold = [...headings].find((h) => h && text.startsWith(h));
    return new Paragraph({ children: bold ? [new TextRun({ text: bold, bold: true }), new TextRun(text.slice(bold.length))] : [new TextRun(text)] });
  });
  return new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children: paragraphs }] })));
}

/** Builds the site once into the scratch folder (no cards) for its PDFs. */
function buildPdfs(context: BenchContext): string {
  const out = join(context.tmp, 'import-dist');
  context.log('  astro build (for the PDFs)');
  const env: NodeJS.ProcessEnv = { ...process.env, PATH: `${join(context.root, 'node_modules/.bin')}:${process.env.PATH ?? ''}`, OUT_DIR: out, SKIP_CARDS: '1', ASTRO_TELEMETRY_DISABLED: '1' };
  delete env.SKIP_PDF;
  delete env.BASE_PATH;
  const r = spawnSync('astro', ['build'], { cwd: context.root, env, encoding: 'utf8', maxBuffer: 64 * 2 ** 20 });
  if (r.status !== 0) throw new Error(`astro build failed:\n${(r.stdout + r.stderr).split('\n').slice(-30).join('\n')}`);
  return out;
}

/** Milliseconds for one import of a file, proved against its extracted text as the command does. */
async function timeImport(bytes: Uint8Array, file: string, issuerId: string, issuers: KnownIssuer[], title?: string): Promise<number> {
  const started = performance.now();
  const r = await importFile(bytes, { file, issuers, issuerId, ...(title ? { title } : {}) });
  const report = checkEdition(loadEdition(r.mdx, r.editionFile), r.sourceBytes);
  const ms = performance.now() - started;
  if (!report.ok) throw new Error(`${file}: the import does not reproduce its source: ${report.problems.join('; ')}`);
  return ms;
}

export const importBenchmark: Benchmark = {
  heading: 'Import',
  async run(context) {
    const issuers = knownIssuers(context.root);
    const editions = readEditions({ root: context.root }).filter((e) => e.data.source);
    const dist = buildPdfs(context);
    const formats = ['txt', 'docx', 'pdf'] as const;
    const times: Record<(typeof formats)[number], number[]> = { txt: [], docx: [], pdf: [] };
    const first: Partial<Record<(typeof formats)[number], number>> = {};
    for (const e of editions) {
      const inputs = {
        txt: new Uint8Array(readFileSync(join(context.root, e.data.source!.file))),
        docx: await plainDocx(e),
        pdf: new Uint8Array(readFileSync(join(dist, `${e.id}.pdf`))),
      };
      for (const format of formats) {
        const file = `${e.issuer}-${e.year}.${format}`;
        const title = e.titleSupplied && format !== 'pdf' ? e.title : undefined;
        const warm = await timeImport(inputs[format], file, e.issuer, issuers, title);
        first[format] ??= warm;
        const runs: number[] = [];
        for (let k = 0; k < RUNS; k++) runs.push(await timeImport(inputs[format], file, e.issuer, issuers, title));
        times[format].push(median(runs));
      }
      context.log(`  ${e.id}: ${formats.map((f) => `${f} ${times[f].at(-1)!.toFixed(1)} ms`).join(', ')}`);
    }
    const base = median(times.txt);
    const ms = (v: number) => `${v.toFixed(1)} ms`;
    const rows = formats.map((f) => [f === 'txt' ? '.txt (baseline)' : `.${f}`, ms(median(times[f])), ms(Math.min(...times[f])), ms(Math.max(...times[f])), `${(median(times[f]) / base).toFixed(1)}×`, ms(first[f]!)]);
    return [
      renderTable(['received as', 'median per edition', 'fastest edition', 'slowest edition', 'vs .txt', 'first import in the process'], rows, ['left', 'right', 'right', 'right', 'right', 'right']),
      '',
      `${editions.length} corpus editions; each imported ${RUNS} times after a warm-up (extraction, structure, MDX and the round-trip check; no files written), the median of the ${RUNS} per edition.`,
      'The first import in the process includes loading the format\'s reader (pdf.js, the XML parser); the command pays it once per run, not per file.',
    ].join('\n');
  },
};
