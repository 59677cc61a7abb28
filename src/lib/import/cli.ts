import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { listEditionFiles, readIssuers } from '../content/content-dir.ts';
import { loadEdition } from '../edition/load.ts';
import { InputError } from '../errors.ts';
import { checkEdition } from './check.ts';
import { collectFiles } from './cli/collect.ts';
import { renderTable } from './cli/table.ts';
import { checkSourceSize, importFile, type FileImport } from './import-file.ts';
import type { ImportOptions, KnownIssuer } from './import-source.ts';
import { renderIssuerYaml } from './issuer-file.ts';

/** What the person importing said on the command line: what the importer may be told, and how to write. */
export interface ImportFlags extends Pick<ImportOptions, 'issuerId' | 'issuerName' | 'year' | 'title' | 'incomplete' | 'anyKind'> {
  force?: boolean;
  dryRun?: boolean;
  verbose?: boolean;
  /** The LibreOffice program for .doc/.wps/.odt; null: behave as if it were not installed (tests). */
  soffice?: string | null;
}

/** The issuers a content tree already has, as the importer matches names against them. */
export function knownIssuers(root: string): KnownIssuer[] {
  return readIssuers({ root }).map(({ id, issuer }) => ({ id, name: issuer.name, aliases: issuer.aliases }));
}

/** One file's outcome, for the summary table. */
interface Outcome {
  file: string;
  edition?: string;
  ok: boolean;
  /** Why it was refused, or what to look at (warnings). */
  note: string;
}

/**
 * Imports received files (a folder means its importable files). Each edition is written whole or not at
 * all, and only if it parses and reproduces its source. One file prints its full report; several print a
 * progress line each (the full reports with --verbose) and a summary table. Returns the exit code: 0 when
 * every file was imported, 1 when one was refused.
 */
export async function runImport(root: string, paths: string[], flags: ImportFlags): Promise<number> {
  const { files, skipped } = collectFiles(paths);
  const many = files.length > 1;
  if (many && (flags.issuerId || flags.issuerName || flags.year !== undefined || flags.title)) {
    console.error('note: --issuer-id, --issuer-name, --year and --title apply to every file of this run');
  }
  const outcomes: Outcome[] = [];
  // Editions written (or, in a dry run, that would be) in this run: a second file for one of them is refused.
  const planned = new Set<string>();
  const issuers = knownIssuers(root);
  for (const [k, file] of files.entries()) {
    const prefix = many ? `[${k + 1}/${files.length}] ${file}` : file;
    try {
      const result = await importOne(root, file, flags, issuers, planned);
      const report = reportLines(result);
      if (!many || flags.verbose) console.log(report.join('\n'));
      const writes = plannedWrites(root, result);
      if (!flags.dryRun) writeAll(writes);
      planned.add(result.editionFile);
      if (result.newIssuer && !issuers.some((i) => i.id === result.issuerId)) issuers.push({ id: result.issuerId, name: result.issuerName, aliases: [] });
      const verb = flags.dryRun ? 'would write' : 'wrote';
      const written = writes.map(([p]) => relative(root, p)).join(', ');
      console.log(many ? `${prefix} → ${result.editionFile} (${structureLine(result)})${result.warnings.length ? `, ${result.warnings.length} warning(s)` : ''}` : `\n${verb} ${written}`);
      if (flags.dryRun && !many) console.log('(dry run: nothing written)');
      outcomes.push({ file, edition: result.editionFile, ok: true, note: result.warnings.length ? `${result.warnings.length} warning(s): ${result.warnings[0]}` : '' });
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      console.error(many ? `${prefix}: refused\n  ${error.format().replace(/\n/g, '\n  ')}` : error.format());
      outcomes.push({ file, ok: false, note: error.reason });
    }
  }
  if (many || skipped.length > 0) printSummary(outcomes, skipped, flags.dryRun);
  return outcomes.every((o) => o.ok) && files.length > 0 ? 0 : 1;
}

/** Reads, imports and proves one file; throws InputError for anything that stops it. */
async function importOne(root: string, file: string, flags: ImportFlags, issuers: KnownIssuer[], planned: Set<string>): Promise<FileImport> {
  if (!existsSync(file)) throw new InputError(file, undefined, 'no such file', 'give the path of the received file (.txt, .docx, .pdf, .html …) or of a folder of them');
  if (statSync(file).isDirectory()) throw new InputError(file, undefined, 'this is a folder with nothing importable in it', 'give the received files, or a folder that holds them');
  checkSourceSize(statSync(file).size, file);
  const { soffice, ...options } = flags;
  const result = await importFile(new Uint8Array(readFileSync(file)), { file, issuers, ...options, ...(soffice !== undefined ? { soffice } : {}) });
  const check = checkEdition(loadEdition(result.mdx, result.editionFile), result.sourceBytes);
  if (!check.ok) {
    throw new InputError(file, undefined, `the import would not reproduce the source:\n  ${check.problems.join('\n  ')}`, 'this is an importer bug or an unusual layout: report it with the file, or prepare the text by hand (see /guide/)');
  }
  if (planned.has(result.editionFile) && !flags.force) {
    throw new InputError(file, undefined, `another file of this run is already ${result.editionFile}`, 'import the two files separately, or pass --year / --issuer-id if this is another edition');
  }
  if (existsSync(join(root, result.editionFile)) && !flags.force) {
    throw new InputError(file, undefined, `${result.editionFile} exists already`, 'pass --force to replace it, or --year / --issuer-id if this is another edition');
  }
  return result;
}

/** The files an import writes: the kept source (and received document), the edition, a new issuer. */
function plannedWrites(root: string, r: FileImport): [string, string | Uint8Array][] {
  const writes: [string, string | Uint8Array][] = [[join(root, r.sourceFile), r.sourceBytes]];
  if (r.originalFile && r.originalBytes) writes.push([join(root, r.originalFile), r.originalBytes]);
  writes.push([join(root, r.editionFile), r.mdx]);
  const issuerFile = join(root, `content/issuers/${r.issuerId}.yaml`);
  if (r.newIssuer && !existsSync(issuerFile)) writes.push([issuerFile, renderIssuerYaml(r.issuerName, r.draft.notice?.docNumber.text)]);
  return writes;
}

/** Writes every file or none: temporary names first, then renames; a failure removes what was renamed. */
function writeAll(writes: [string, string | Uint8Array][]): void {
  const temps: [string, string][] = [];
  const done: string[] = [];
  try {
    for (const [path, data] of writes) {
      mkdirSync(dirname(path), { recursive: true });
      const tmp = `${path}.tmp-${process.pid}`;
      writeFileSync(tmp, data);
      temps.push([tmp, path]);
    }
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

const LEVEL_NAMES = { chinese: '一、', 'paren-chinese': '（一）', arabic: '1.', 'paren-arabic': '（1）' } as const;

/** `4 sections 一、, items 1.–18.`: what the importer found, in one line. */
function structureLine(r: FileImport): string {
  const items = r.draft.sections.flatMap((s) => s.items);
  const sections = r.draft.sections.filter((s) => s.number > 0);
  const levels = [r.levels.section, r.levels.item].filter((l) => l !== undefined).map((l) => LEVEL_NAMES[l]).join(' + ');
  const range = items.length ? `${items.length} items ${items[0]!.marker}…${items.at(-1)!.marker}${r.draft.itemNumbering === 'section' ? ' (numbered afresh in each section)' : ''}` : 'no items';
  return `${levels || 'no numbered parts'}: ${sections.length} sections, ${range}`;
}

/** The full report of one import: what was found, and why. */
function reportLines(r: FileImport): string[] {
  const items = r.draft.sections.flatMap((s) => s.items);
  const out = [
    r.editionFile,
    `  issuer   ${r.issuerId} (${r.issuerName})${r.newIssuer ? ' — new issuer' : ''}; from ${r.basis.issuer}`,
    `  year     ${r.year}; from ${r.basis.year}`,
    `  source   ${r.format === 'txt' ? '' : `${r.format} → text, `}${r.encoding}, ${r.layout}, ${r.complete ? 'complete' : 'incomplete (节选 / 原文不完整)'}`,
    `  notice   ${r.draft.notice ? r.draft.notice.docNumber.text : 'none'}`,
    `  structure ${structureLine(r)}` +
      `${items.some((i) => i.outlineOnly) ? `; outline-only: ${items.filter((i) => i.outlineOnly).map((i) => i.marker).join(' ')}` : ''}` +
      `${items.find((i) => i.truncated) ? `; truncated in item ${items.find((i) => i.truncated)!.marker}` : ''}`,
    ...r.notes.map((n) => `  document ${n}`),
  ];
  out.push(...removedLines([...r.extractionRemoved, ...r.removed]));
  const counts = new Map<string, number>();
  for (const c of r.changes) counts.set(c.rule, (counts.get(c.rule) ?? 0) + 1);
  out.push(`  normalised ${[...counts].map(([k, v]) => `${k} ×${v}`).join(', ') || 'nothing'}`);
  for (const w of r.warnings) out.push(`  warning  ${w}`);
  return out;
}

function removedLines(removed: { line?: number; rule: string; text: string }[]): string[] {
  if (removed.length === 0) return ['  removed  nothing'];
  return removed.map((r) => `  removed  ${r.line === undefined ? '' : `line ${r.line} `}(${r.rule}): ${r.text.length > 60 ? `${r.text.slice(0, 60)}…` : r.text}`);
}

function printSummary(outcomes: Outcome[], skipped: { file: string; reason: string }[], dryRun = false): void {
  const rows = [
    ...outcomes.map((o) => [basename(o.file), o.ok ? (dryRun ? 'would import' : 'imported') : 'refused', o.edition ?? '—', o.note]),
    ...skipped.map((s) => [basename(s.file), 'skipped', '—', s.reason]),
  ];
  const imported = outcomes.filter((o) => o.ok).length;
  console.log(`\n${renderTable(['file', 'result', 'edition', 'why / warnings'], rows)}`);
  console.log(`\n${imported} of ${outcomes.length} file(s) ${dryRun ? 'would be imported (dry run: nothing written)' : 'imported'}${outcomes.length - imported ? `, ${outcomes.length - imported} refused` : ''}${skipped.length ? `, ${skipped.length} skipped` : ''}`);
}

/** Proves every listed edition (default: all) against its source; prints what each import removed. */
export function runCheck(root: string, files: string[]): number {
  const targets = files.length > 0 ? files : listEditionFiles({ root });
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
      const report = checkEdition(edition, readFileSync(sourcePath), source.original && readOriginal(root, f, source.original.file));
      console.log(`${report.ok ? 'ok  ' : 'FAIL'} ${f}  (${edition.sections.filter((s) => s.number > 0).length} sections, ${edition.items.length} items${edition.complete ? '' : ', incomplete'})`);
      for (const p of report.problems) console.log(`  problem  ${p}`);
      console.log(removedLines([...source.removed, ...(source.original?.removed ?? [])]).join('\n'));
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

function readOriginal(root: string, edition: string, file: string): Uint8Array {
  const path = join(root, file);
  if (!existsSync(path)) throw new InputError(edition, undefined, `the received document ${file} is missing`, 'restore it under content/sources/ (it is kept unchanged beside the extracted text), or import the document again');
  return new Uint8Array(readFileSync(path));
}
