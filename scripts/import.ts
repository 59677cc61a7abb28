/**
 * npm run import -- <raw file> [--issuer-id id] [--issuer-name 名称] [--year 2026] [--title 标题] [--incomplete] [--force] [--dry-run]
 * npm run import -- --check [content/editions/<issuer>/<year>.mdx …]
 *
 * Imports a received text as content/editions/<issuer>/<year>.mdx (keeping the raw file under
 * content/sources/), or proves that existing editions reproduce their sources. Thin: the work is in
 * src/lib/import/.
 */
import { parseArgs } from 'node:util';
import { runCheck, runImport } from '../src/lib/import/cli.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    check: { type: 'boolean' },
    'issuer-id': { type: 'string' },
    'issuer-name': { type: 'string' },
    year: { type: 'string' },
    title: { type: 'string' },
    incomplete: { type: 'boolean' },
    force: { type: 'boolean' },
    'dry-run': { type: 'boolean' },
    root: { type: 'string' },
  },
});

const root = values.root ?? process.cwd();
const code = values.check
  ? runCheck(root, positionals)
  : runImport(root, positionals, {
      issuerId: values['issuer-id'],
      issuerName: values['issuer-name'],
      year: values.year === undefined ? undefined : Number(values.year),
      title: values.title,
      incomplete: values.incomplete,
      force: values.force,
      dryRun: values['dry-run'],
    });
process.exit(code);
