import { createHash } from 'node:crypto';
import { endsClosed } from '../text/cjk.ts';
import { InputError } from '../errors.ts';
import { decodeSource } from './decode.ts';
import { inferIssuerName, inferYear, suggestIssuerId, type Inferred } from './infer.ts';
import { buildBlocks, detectLayout, type Layout } from './normalise/blocks.ts';
import { toFullWidth } from './normalise/full-width.ts';
import { extractOutline, type OutlineEntry } from './normalise/outline.ts';
import { extractSourceMetadata, type SourceMetadata } from './normalise/source-metadata.ts';
import { removeDuplicateTitle, removeSiteJunk } from './normalise/site-junk.ts';
import { splitLines } from './normalise/split-lines.ts';
import { removeStraySpaces } from './normalise/stray-space.ts';
import { stripMarkdown } from './normalise/strip-markdown.ts';
import { unflatten } from './normalise/unflatten.ts';
import { recogniseBody, recogniseNotice, recogniseTitle, type DraftEdition, type DraftSection, type Para } from './recognise.ts';
import { noticeFrontmatter, renderBody, renderMdx } from './render-mdx.ts';
import type { Normalisation, Removal } from './types.ts';

/** An issuer the site already has, so an import can find it by name. */
export interface KnownIssuer {
  id: string;
  name: string;
  aliases: string[];
}

/** What the person importing may say instead of letting the importer guess. */
export interface ImportOptions {
  /** The raw file's path, for messages. */
  file: string;
  issuers: KnownIssuer[];
  issuerId?: string;
  issuerName?: string;
  year?: number;
  /** A title for a source that has none (recorded as supplied). */
  title?: string;
  /** Mark the source incomplete even if its last sentence ends cleanly. */
  incomplete?: boolean;
}

/** What an import produced: the MDX, where it goes, and a full report. */
export interface ImportResult {
  issuerId: string;
  issuerName: string;
  /** No issuer file exists yet for this id. */
  newIssuer: boolean;
  year: number;
  /** `content/sources/<issuer>/<year>.<ext>`: where the raw file is kept. */
  sourceFile: string;
  /** `content/editions/<issuer>/<year>.mdx`. */
  editionFile: string;
  mdx: string;
  draft: DraftEdition;
  layout: Layout;
  encoding: string;
  complete: boolean;
  removed: Removal[];
  changes: Normalisation[];
  warnings: string[];
  basis: { issuer: string; year: string; title: string };
}

/**
 * Turns a received text into an edition's MDX. Pure: reads nothing, writes nothing.
 * Throws InputError (file, line, fix) for input it cannot import faithfully.
 */
export function importSource(bytes: Uint8Array, options: ImportOptions): ImportResult {
  const { file } = options;
  const { text, encoding } = decodeSource(bytes, file);
  const removed: Removal[] = [];
  const changes: Normalisation[] = [];
  const warnings: string[] = [];

  let lines = splitLines(text);
  const meta = extractSourceMetadata(lines);
  removed.push(...meta.removed);
  const md = stripMarkdown(meta.lines);
  changes.push(...md.changes);
  const junk = removeSiteJunk(md.lines);
  removed.push(...junk.removed);
  const dup = removeDuplicateTitle(junk.lines);
  removed.push(...dup.removed);
  const flat = unflatten(dup.lines);
  changes.push(...flat.changes);
  lines = flat.lines;

  const layout = detectLayout(lines);
  const built = buildBlocks(lines, layout);
  changes.push(...built.changes);
  const { blocks, outline } = extractOutline(built.blocks);
  for (const e of outline) removed.push({ line: e.line, rule: 'outline', text: lines.find((l) => l.n === e.line)!.text.trim() });

  const { notice, rest } = recogniseNotice(blocks, file);
  const { title, rest: bodyBlocks } = recogniseTitle(rest);
  const body = recogniseBody(bodyBlocks, file);
  changes.push(...body.changes);
  const draft: DraftEdition = { notice, title, preamble: body.preamble, sections: body.sections };
  if (draft.preamble.length + draft.sections.length === 0) {
    throw new InputError(file, undefined, 'no text of a 要点 was found (no paragraphs after the title and notice)', 'check that the file holds the document text, not only its title or notice');
  }
  warnings.push(...mergeOutline(draft, outline));
  const complete = markTruncation(draft) && !meta.metadata?.partial && !options.incomplete;
  changes.push(...normaliseText(draft, warnings));

  const year = options.year !== undefined ? { value: options.year, basis: '--year' } : inferYear(draft, meta.metadata);
  if (!year) {
    throw new InputError(file, draft.title?.line ?? 1, 'no year was found: the title, notice and first paragraph name none', 'pass the year: npm run import -- <file> --year 2026');
  }
  const issuer = resolveIssuer(draft, meta.metadata, options);
  const issuedTitle = draft.title?.text;
  const editionTitle = issuedTitle ?? options.title ?? `${year.value}年${issuer.name}党建工作要点`;
  if (!issuedTitle && !options.title) warnings.push(`the source has no title; supplied "${editionTitle}" (pass --title to choose it)`);

  const ext = file.toLowerCase().endsWith('.md') ? 'md' : 'txt';
  const sourceFile = `content/sources/${issuer.id}/${year.value}.${ext}`;
  const items = draft.sections.flatMap((s) => s.items).filter((i) => !i.outlineOnly);
  const separate = items.filter((i) => i.separate).length;
  const frontmatter = {
    issuer: issuer.id,
    year: year.value,
    title: editionTitle,
    ...(issuedTitle ? {} : { titleSupplied: true }),
    itemLayout: separate > items.length / 2 ? 'separate' : 'run-in',
    ...(notice ? { notice: noticeFrontmatter(notice) } : {}),
    source: {
      file: sourceFile,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      encoding,
      complete,
      layout,
      ...(meta.metadata?.source ? { url: meta.metadata.source } : {}),
      removed: removed.sort((a, b) => a.line - b.line),
      normalised: countByRule(changes),
    },
  };
  return {
    issuerId: issuer.id,
    issuerName: issuer.name,
    newIssuer: issuer.isNew,
    year: year.value,
    sourceFile,
    editionFile: `content/editions/${issuer.id}/${year.value}.mdx`,
    mdx: renderMdx(frontmatter, renderBody(draft)),
    draft,
    layout,
    encoding,
    complete,
    removed,
    changes,
    warnings,
    basis: { issuer: issuer.basis, year: year.basis, title: issuedTitle ? `line ${draft.title!.line}` : 'supplied' },
  };
}

function resolveIssuer(draft: DraftEdition, metadata: SourceMetadata | undefined, options: ImportOptions) {
  const name: Inferred<string> | undefined = options.issuerName ? { value: options.issuerName, basis: '--issuer-name' } : inferIssuerName(draft, metadata);
  const byId = options.issuerId ? options.issuers.find((i) => i.id === options.issuerId) : undefined;
  if (byId) return { id: byId.id, name: byId.name, isNew: false, basis: '--issuer-id' };
  if (!name) {
    throw new InputError(options.file, 1, 'the issuer could not be read from the text (no notice, no source line, no name in the title)', 'pass it: npm run import -- <file> --issuer-id <ascii-id> --issuer-name <发文机关全称>');
  }
  const known = options.issuers.find((i) => i.name === name.value || i.aliases.includes(name.value));
  if (known && (!options.issuerId || options.issuerId === known.id)) return { id: known.id, name: known.name, isNew: false, basis: name.basis };
  const id = options.issuerId ?? suggestIssuerId(name.value);
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) {
    throw new InputError(options.file, undefined, `"${id}" is not a valid issuer id`, 'use lower-case ASCII letters and digits joined by hyphens, e.g. dongguan-szjggw');
  }
  return { id, name: name.value, isNew: true, basis: name.basis };
}

/**
 * Keeps outline entries the body never reaches as outline-only parts, in their outline places;
 * notes where an outline title differs from the body's.
 */
function mergeOutline(draft: DraftEdition, outline: OutlineEntry[]): string[] {
  const warnings: string[] = [];
  let section: DraftSection | undefined;
  for (const e of outline) {
    if (e.kind === 'section') {
      section = draft.sections.find((s) => s.number === e.number);
      if (!section) {
        section = { number: e.number, label: e.label, title: { text: e.title, line: e.line }, intro: [], items: [], outlineOnly: true };
        draft.sections.push(section);
      } else if (!section.title.text.startsWith(e.title)) warnings.push(`outline line ${e.line}: section ${e.label} is titled "${e.title}" in the outline, "${section.title.text}" in the text`);
      continue;
    }
    const found = draft.sections.flatMap((s) => s.items).find((i) => i.number === e.number);
    if (found) {
      if (found.title.text.replace(/[。！？]$/u, '') !== e.title) warnings.push(`outline line ${e.line}: item ${e.number} is titled "${e.title}" in the outline, "${found.title.text}" in the text`);
      continue;
    }
    if (!section) section = draft.sections.at(-1);
    if (!section) continue;
    section.items.push({ number: e.number, mark: e.mark ?? '.', spaced: false, title: { text: e.title, line: e.line }, paragraphs: [], separate: true, outlineOnly: true });
  }
  draft.sections.sort((a, b) => a.number - b.number);
  for (const s of draft.sections) s.items.sort((a, b) => a.number - b.number);
  return warnings;
}

/** Marks the last item whose text stops mid-sentence as truncated. Returns whether the text is complete. */
function markTruncation(draft: DraftEdition): boolean {
  const items = draft.sections.flatMap((s) => s.items).filter((i) => !i.outlineOnly);
  const last = items.at(-1);
  if (!last) {
    const p = draft.preamble.at(-1);
    if (p && !endsClosed(p.text)) draft.preambleTruncated = true;
    return !draft.preambleTruncated && !draft.sections.some((s) => s.outlineOnly);
  }
  const end = last.paragraphs.at(-1)?.text ?? last.title.text;
  if (!endsClosed(end)) last.truncated = true;
  const outlineOnly = draft.sections.some((s) => s.outlineOnly || s.items.some((i) => i.outlineOnly));
  return !last.truncated && !outlineOnly;
}

/** Applies the character-level normalisations to every text of the draft, reporting each place. */
function normaliseText(draft: DraftEdition, warnings: string[]): Normalisation[] {
  const changes: Normalisation[] = [];
  const fix = (p: Para) => {
    const wide = toFullWidth(p.text);
    const spaced = removeStraySpaces(wide.text);
    warnings.push(...wide.warnings.map((w) => `line ${p.line}: ${w}`));
    for (let k = 0; k < wide.count; k++) changes.push({ line: p.line, rule: 'full-width-punctuation', detail: p.text.slice(0, 12) });
    for (let k = 0; k < spaced.count; k++) changes.push({ line: p.line, rule: 'stray-space', detail: p.text.slice(0, 12) });
    p.text = spaced.text;
  };
  const n = draft.notice;
  if (n) [n.banner, n.docNumber, n.title, n.recipients, ...n.body, n.signature].forEach(fix);
  if (draft.title) fix(draft.title);
  draft.preamble.forEach(fix);
  for (const s of draft.sections) {
    fix(s.title);
    s.intro.forEach(fix);
    for (const it of s.items) {
      fix(it.title);
      it.paragraphs.forEach(fix);
    }
  }
  return changes;
}

function countByRule(changes: Normalisation[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const c of changes) counts[c.rule] = (counts[c.rule] ?? 0) + 1;
  return counts;
}
