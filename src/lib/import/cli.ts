import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { loadEdition } from '../edition/load.ts';
import { InputError } from '../errors.ts';
import { checkEdition } from './check.ts';
import { importSource, type ImportResult, type KnownIssuer } from './import-source.ts';
import { renderIssuerYaml } from './issuer-file.ts';

export interface ImportFlags {
  issuerId?: string;
  issuerName?: string;
  year?: number;
  title?: string;
  incomplete?: boolean;
  force?: boolean;
  dryRun?: boolean;
}

/** Issuers already in content/issuers/. */
export function readIssuers(root: string): KnownIssuer[] {
  const dir = join(root, 'content/issuers');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => {
      const data = parseYaml(readFileSync(join(dir, f), 'utf8')) as { name: string; aliases?: string[] };
      return { id: f.replace(/\.yaml$/, ''), name: data.name, aliases: data.aliases ?? [] };
    });
}

/** Every edition file under content/editions/. */
export function listEditionFiles(root: string): string[] {
  const dir = join(root, 'content/editions');
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => join('content/editions', f))
    .sort();
}

/**
 * Imports one raw file. Nothing is written unless the new edition parses and passes the round-trip
 * check; files are written to temporary names and renamed, and removed again if a later write fails.
 */
export function runImport(root: string, files: string[], flags: ImportFlags): number {
  if (files.length !== 1) {
    console.error('usage: npm run import -- <raw file> [--issuer-id id] [--issuer-name 名称] [--year 2026] [--title 标题] [--incomplete] [--force] [--dry-run]\n       npm run import -- --check');
    return 2;
  }
  const file = files[0]!;
  try {
    if (flags.year !== undefined && !Number.isInteger(flags.year)) throw new InputError(file, undefined, '--year must be a year such as 2026', 'pass --year 2026');
    if (!existsSync(file)) throw new InputError(file, undefined, 'no such file', 'give the path of the received text file');
    const bytes = readFileSync(file);
    const result = importSource(bytes, { file, issuers: readIssuers(root), ...flags });
    const edition = loadEdition(result.mdx, result.editionFile);
    const check = checkEdition(edition, bytes);
    if (!check.ok) {
      throw new InputError(file, undefined, `the import would not reproduce the source:\n  ${check.problems.join('\n  ')}`, 'this is an importer bug or an unusual layout: report it with the file, or prepare the text by hand (see /guide/)');
    }
    const target = join(root, result.editionFile);
    if (existsSync(target) && !flags.force) {
      throw new InputError(file, undefined, `${result.editionFile} exists already`, 'pass --force to replace it, or --year / --issuer-id if this is another edition');
    }
    printReport(result);
    if (flags.dryRun) {
      console.log('\n(dry run: nothing written)');
      return 0;
    }
    const writes: [string, string | Uint8Array][] = [
      [join(root, result.sourceFile), bytes],
      [target, result.mdx],
    ];
    const issuerFile = join(root, `content/issuers/${result.issuerId}.yaml`);
    if (result.newIssuer && !existsSync(issuerFile)) writes.push([issuerFile, renderIssuerYaml(result.issuerName, result.draft.notice?.docNumber.text)]);
    writeAll(writes);
    console.log(`\nwrote ${writes.map(([p]) => relative(root, p)).join(', ')}`);
    return 0;
  } catch (error) {
    if (error instanceof InputError) {
      console.error(error.format());
      return 1;
    }
    throw error;
  }
}

/** Writes every file or none: temporary names first, then renames; a failure removes what was renamed. */
function writeAll(writes: [string, string | Uint8Array][]): void {
  const temps = writes.map(([path, data]) => {
    mkdirSync(dirname(path), { recursive: true });
    const tmp = `${path}.tmp-${process.pid}`;
    writeFileSync(tmp, data);
    return [tmp, path] as const;
  });
  const done: string[] = [];
  try {
    for (const [tmp, path] of temps) {
      renameSync(tmp, path);
      done.push(path);
    }
  } catch (error) {
    for (const [tmp] of temps) rmSync(tmp, { force: true });
    for (const path of done) rmSync(path, { force: true });
    throw error;
  }
}

function printReport(r: ImportResult): void {
  const items = r.draft.sections.flatMap((s) => s.items);
  const sections = r.draft.sections.filter((s) => s.number > 0);
  console.log(`${r.editionFile}`);
  console.log(`  issuer   ${r.issuerId} (${r.issuerName})${r.newIssuer ? ' — new issuer' : ''}; from ${r.basis.issuer}`);
  console.log(`  year     ${r.year}; from ${r.basis.year}`);
  console.log(`  source   ${r.encoding}, ${r.layout}, ${r.complete ? 'complete' : 'incomplete (节选 / 原文不完整)'}`);
  console.log(`  notice   ${r.draft.notice ? `${r.draft.notice.docNumber.text}` : 'none'}`);
  console.log(`  structure ${sections.length} sections, items ${items[0]?.number ?? '-'}–${items.at(-1)?.number ?? '-'}` +
    `${items.some((i) => i.outlineOnly) ? `, outline-only: ${items.filter((i) => i.outlineOnly).map((i) => i.number).join(',')}` : ''}` +
    `${items.find((i) => i.truncated) ? `, truncated in item ${items.find((i) => i.truncated)!.number}` : ''}`);
  printRemoved(r.removed);
  const counts = new Map<string, number>();
  for (const c of r.changes) counts.set(c.rule, (counts.get(c.rule) ?? 0) + 1);
  console.log(`  normalised ${[...counts].map(([k, v]) => `${k} ×${v}`).join(', ') || 'nothing'}`);
  for (const w of r.warnings) console.log(`  warning  ${w}`);
}

function printRemoved(removed: { line: number; rule: string; text: string }[]): void {
  if (removed.length === 0) console.log('  removed  nothing');
  for (const r of removed) console.log(`  removed  line ${r.line} (${r.rule}): ${r.text.length > 60 ? `${r.text.slice(0, 60)}…` : r.text}`);
}

/** Proves every listed edition (default: all) against its source; prints what each import removed. */
export function runCheck(root: string, files: string[]): number {
  const targets = files.length > 0 ? files : listEditionFiles(root);
  let failed = 0;
  for (const f of targets) {
    try {
      const edition = loadEdition(readFileSync(join(root, f), 'utf8'), f);
      const source = edition.data.source;
      if (!source) {
        console.log(`—    ${f}  (written by hand: no source to check against)`);
        continue;
      }
      const sourcePath = join(root, source.file);
      if (!existsSync(sourcePath)) throw new InputError(f, undefined, `its source ${source.file} is missing`, 'restore the raw file under content/sources/, or import the text again');
      const report = checkEdition(edition, readFileSync(sourcePath));
      console.log(`${report.ok ? 'ok  ' : 'FAIL'} ${f}  (${edition.sections.filter((s) => s.number > 0).length} sections, ${edition.items.length} items${edition.complete ? '' : ', incomplete'})`);
      for (const p of report.problems) console.log(`  problem  ${p}`);
      printRemoved(source.removed);
      const n = Object.entries(source.normalised);
      console.log(`  normalised ${n.map(([k, v]) => `${k} ×${v}`).join(', ') || 'nothing'}`);
      if (!report.ok) failed++;
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      console.log(`FAIL ${f}\n  ${error.format()}`);
      failed++;
    }
  }
  console.log(`\n${targets.length - failed} of ${targets.length} editions reproduce their sources`);
  return failed === 0 ? 0 : 1;
}
