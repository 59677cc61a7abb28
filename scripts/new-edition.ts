/**
 * npm run new -- <issuer> <year>
 * Starts content/editions/<issuer>/<year>.mdx from the issuer's current edition, as a draft.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { newEditionMdx } from '../src/lib/authoring/new-edition.ts';
import { parseCommand, usageError } from '../src/lib/cli/command.ts';
import { loadEdition } from '../src/lib/edition/load.ts';

const spec = {
  description: 'Starts content/editions/<issuer>/<year>.mdx from the issuer\'s current edition, as a draft to fill in.',
  usage: 'usage: npm run new -- <issuer-id> <year> [--root content]   e.g. npm run new -- kaiping-szjggw 2027',
  config: { allowPositionals: true, options: { root: { type: 'string' } } },
} as const;
const { positionals, values } = parseCommand(spec);
const root = values.root ?? process.env.CONTENT_ROOT ?? 'content';
const [issuer, yearText] = positionals;
const year = Number(yearText);
if (!issuer || !Number.isInteger(year) || positionals.length > 2) usageError(spec, 'give an issuer id and a year, nothing else');
const dir = join(root, 'editions', issuer);
if (!existsSync(dir)) {
  console.error(`${dir}: no such issuer\n  fix: use an id from ${join(root, 'issuers')}/ (the file name without .yaml), or import the issuer's first edition with npm run import`);
  process.exit(1);
}
const target = join(dir, `${year}.mdx`);
if (existsSync(target)) {
  console.error(`${target} exists already\n  fix: edit it, or choose another year`);
  process.exit(1);
}
const years = readdirSync(dir).filter((f) => /^\d{4}\.mdx$/.test(f)).map((f) => Number(f.slice(0, 4))).sort((a, b) => b - a);
const from = join(dir, `${years[0]}.mdx`);
const current = loadEdition(readFileSync(from, 'utf8'), from);
writeFileSync(target, newEditionMdx(current, year));
console.log(`wrote ${target} (draft, from ${from})\n  fill in every 〔待填写〕, the notice's 发文字号 and 成文日期, then set draft: false`);
