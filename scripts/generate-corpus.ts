/**
 * npm run generate -- --editions 1000 --out /tmp/yaodian-corpus-1000 [--seed 1] [--root .]
 *
 * Writes a synthetic content tree (issuers/, editions/, programmes/) made of the real editions' items, for
 * benchmarks: build it with CONTENT_ROOT=<out> npm run build. The out directory is emptied first. Thin: the
 * work is in bench/generate-corpus.ts.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { generateCorpus } from '../bench/generate-corpus.ts';
import { parseCommand, usageError } from '../src/lib/cli/command.ts';
import { readEditions } from '../src/lib/content/content-dir.ts';

const spec = {
  description: 'Writes a synthetic content tree made of the real editions\' items, for benchmarks (CONTENT_ROOT=<out> npm run build).',
  usage: 'usage: npm run generate -- --editions 1000 --out /tmp/yaodian-corpus-1000 [--seed 1] [--root .]',
  config: { options: { editions: { type: 'string' }, out: { type: 'string' }, seed: { type: 'string', default: '1' }, root: { type: 'string', default: '.' } } },
} as const;
const { values } = parseCommand(spec);
const editions = Number(values.editions);
const seed = Number(values.seed);
if (!values.out || !Number.isInteger(editions) || editions < 1 || !Number.isInteger(seed)) usageError(spec, '--editions (a whole number ≥ 1) and --out are required; --seed is a whole number');
const root = resolve(values.root);
const out = resolve(values.out);
// Emptying the out directory is safe only for a previous corpus or an empty directory.
if (existsSync(out) && readdirSync(out).length > 0 && !existsSync(join(out, 'editions'))) {
  console.error(`${out} is not empty and holds no editions/: refusing to empty it; choose another --out`);
  process.exit(2);
}

const started = performance.now();
const real = readEditions({ root });
const programmesDir = join(root, 'content/programmes');
const copy = existsSync(programmesDir)
  ? readdirSync(programmesDir).filter((f) => f.endsWith('.md')).sort().map((f) => ({ path: `programmes/${f}`, text: readFileSync(join(programmesDir, f), 'utf8') }))
  : [];
const files = generateCorpus(real, { editions, seed, copy });

rmSync(out, { recursive: true, force: true });
let bytes = 0;
for (const f of files) {
  mkdirSync(dirname(join(out, f.path)), { recursive: true });
  writeFileSync(join(out, f.path), f.text);
  bytes += Buffer.byteLength(f.text);
}
const mdx = files.filter((f) => f.path.startsWith('editions/'));
const issuers = files.filter((f) => f.path.startsWith('issuers/')).length;
const notices = mdx.filter((f) => /^notice:$/m.test(f.text)).length;
const incomplete = mdx.filter((f) => /^ {2}complete: false$/m.test(f.text)).length;
console.log(
  `generated ${mdx.length} editions of ${issuers} issuers (${notices} with a notice, ${incomplete} incomplete) + ${copy.length} programmes ` +
    `from ${real.length} real editions, seed ${seed}: ${out} (${(bytes / 1e6).toFixed(1)} MB, ${((performance.now() - started) / 1000).toFixed(1)} s)`,
);
