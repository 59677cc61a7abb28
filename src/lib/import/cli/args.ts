import { parseArgs } from 'node:util';
import type { ImportFlags } from '../cli.ts';
import { displayWidth } from './table.ts';

/** Every flag, with the one line --help prints for it; the parser is built from this list, so help cannot miss one. */
const FLAGS = [
  { name: 'issuer-id', value: 'id', help: 'the ASCII id of a new issuer (its URL), or naming an existing one' },
  { name: 'issuer-name', value: '名称', help: 'the issuer\'s name, when the name read from the text is not it' },
  { name: 'year', value: '2026', help: 'the year, when the text names none' },
  { name: 'title', value: '标题', help: 'a title for a text that has none (recorded as supplied)' },
  { name: 'incomplete', help: 'mark the text an excerpt although its last sentence ends cleanly' },
  { name: 'any-kind', help: 'import a text that does not read as a 工作要点 (a 方案, a report …) all the same' },
  { name: 'force', help: 'replace an existing edition (or a second file in this run for the same edition)' },
  { name: 'dry-run', help: 'print the report and the files that would be written; write nothing' },
  { name: 'verbose', help: 'print the full report for every file when importing several' },
  { name: 'soffice', value: 'path', help: 'the LibreOffice program that converts .doc/.wps/.odt (default: soffice on PATH)' },
  { name: 'check', help: 'prove that editions (default: all) reproduce their sources; no import' },
  { name: 'root', value: 'dir', help: 'the project folder (default: the current folder)' },
  { name: 'help', short: 'h', help: 'print this help' },
] as const satisfies readonly { name: string; value?: string; short?: string; help: string }[];

export const USAGE = 'usage: npm run import -- <file or folder>… [--issuer-id id] [--issuer-name 名称] [--year 2026] [--title 标题] [--incomplete] [--any-kind] [--force] [--dry-run] [--verbose] [--soffice path]\n'
  + '       npm run import -- --check [content/editions/<issuer>/<year>.mdx …]\n'
  + '       npm run import -- --help';

export function helpText(): string {
  const label = (f: (typeof FLAGS)[number]) => `${'short' in f ? `-${f.short}, ` : ''}--${f.name}${'value' in f ? ` <${f.value}>` : ''}`;
  const width = Math.max(...FLAGS.map((f) => displayWidth(label(f))));
  return [
    'Imports received 要点 as content/editions/<issuer>/<year>.mdx, keeping what was received under content/sources/.',
    '',
    USAGE,
    '',
    'Files: .txt and .md (UTF-8 or GBK), .docx, .pdf with a text layer, .html/.htm saved pages,',
    '.doc/.wps/.odt (through LibreOffice). A folder means every importable file in it (not its subfolders).',
    '',
    'Flags:',
    ...FLAGS.map((f) => `  ${label(f)}${' '.repeat(width - displayWidth(label(f)))}  ${f.help}`),
    '',
    'Exit: 0 every file imported, 1 a file refused, 2 a usage error. See README.md, "Importing a new edition".',
  ].join('\n');
}

export type Command =
  | { kind: 'help' }
  | { kind: 'check'; root: string; files: string[] }
  | { kind: 'import'; root: string; paths: string[]; flags: ImportFlags };

/** A command line that cannot run; the CLI prints the message and the usage line and exits 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** Parses the command line; throws UsageError for anything a person typed wrong. */
export function parseCommandLine(args: string[], cwd: string): Command {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: Object.fromEntries(FLAGS.map((f) => [f.name, { type: 'value' in f ? 'string' : 'boolean', ...('short' in f ? { short: f.short } : {}) }] as const)),
    });
  } catch (error) {
    // parseArgs explains itself well but suggests `--` quoting; the first sentence is what matters.
    if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) throw new UsageError(error.message.replace(/\. To specify a positional[\s\S]*$/, ''));
    throw error;
  }
  const v = parsed.values as Record<string, string | boolean | undefined>;
  const str = (name: string) => v[name] as string | undefined;
  const bool = (name: string) => v[name] as boolean | undefined;
  if (bool('help')) return { kind: 'help' };
  const root = str('root') ?? cwd;
  if (bool('check')) return { kind: 'check', root, files: parsed.positionals };
  if (parsed.positionals.length === 0) throw new UsageError('no file or folder to import');
  const year = str('year');
  if (year !== undefined && !/^\d{4}$/.test(year.trim())) throw new UsageError(`--year must be a year such as 2026, not "${year}"`);
  for (const name of ['issuer-id', 'issuer-name', 'title', 'soffice', 'root']) {
    if (str(name)?.trim() === '') throw new UsageError(`--${name} needs a value`);
  }
  return {
    kind: 'import',
    root,
    paths: parsed.positionals,
    flags: {
      issuerId: str('issuer-id'),
      issuerName: str('issuer-name'),
      year: year === undefined ? undefined : Number(year),
      title: str('title'),
      incomplete: bool('incomplete'),
      anyKind: bool('any-kind'),
      force: bool('force'),
      dryRun: bool('dry-run'),
      verbose: bool('verbose'),
      soffice: str('soffice'),
    },
  };
}
