import { createHash } from 'node:crypto';
import { InputError } from '../errors.ts';
import { endsClosed } from '../text/cjk.ts';
import { decodeSource } from './decode.ts';
import type { DraftEdition, Para } from './draft.ts';
import { inferIssuerName, inferYear, suggestIssuerId, type Inferred } from './infer.ts';
import { classifyDocument, type DocumentKind } from './kind.ts';
import { buildBlocks, detectLayout, type Layout } from './normalise/blocks.ts';
import { readEditorialMarks, type EditorialMarks } from './normalise/editorial.ts';
import { toFullWidth } from './normalise/full-width.ts';
import { extractOutline, mergeOutline } from './normalise/outline.ts';
import { removeDuplicateTitle, removeHiddenMarkers, removeSiteJunk } from './normalise/site-junk.ts';
import { extractSourceMetadata, type SourceMetadata } from './normalise/source-metadata.ts';
import { splitLines } from './normalise/split-lines.ts';
import { removeStraySpaces } from './normalise/stray-space.ts';
import { stripMarkdown } from './normalise/strip-markdown.ts';
import { recogniseBody, recogniseNotice, recogniseTitle } from './recognise.ts';
import { noticeFrontmatter, renderBody, renderMdx } from './render-mdx.ts';
import type { Levels } from './structure/levels.ts';
import type { Normalisation, Removal, SourceLine } from './types.ts';

/** An issuer the site already has, so an import can find it by name. */
export interface KnownIssuer {
  id: string;
  name: string;
  aliases: string[];
}

/** What the received document (not a plain text) was, when the text was extracted from one. */
export interface Original {
  format: 'docx' | 'pdf' | 'html' | 'doc' | 'wps' | 'odt';
  /** sha256 of the document's bytes. */
  sha256: string;
  /** The extension it is kept with (`htm` for a page saved as .htm). */
  extension: string;
  /** What extraction left out (page numbers, running headers, 版记, site navigation …). */
  removed: { rule: string; text: string }[];
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
  /** Import a text that does not read as a 工作要点 (a 方案, a report …). */
  anyKind?: boolean;
  /** For a text extracted from a document: what the document showed of each line (k-th hint for line k+1). */
  hints?: { bold?: number; heading?: number }[];
  /** How the text lays out its paragraphs, when known (a document's extracted text: a line per paragraph). */
  layout?: Layout;
  /** The text's paragraphs are the document's own: never rejoin two of them as a page-break split. */
  keepParagraphs?: boolean;
  /** The document the text was extracted from. */
  original?: Original;
}

/** What an import produced: the MDX, where it goes, and a full report. */
export interface ImportResult {
  issuerId: string;
  issuerName: string;
  /** No issuer file exists yet for this id. */
  newIssuer: boolean;
  year: number;
  /** `content/sources/<issuer>/<year>.<ext>`: where the raw (or extracted) text is kept. */
  sourceFile: string;
  /** `content/sources/<issuer>/<year>.docx` …: where the received document is kept, when there was one. */
  originalFile?: string;
  /** `content/editions/<issuer>/<year>.mdx`. */
  editionFile: string;
  mdx: string;
  draft: DraftEdition;
  levels: Levels;
  kind: DocumentKind;
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

  const cleaned = cleanLines(withHints(splitLines(text), options.hints), removed, changes);
  const layout = options.layout ?? detectLayout(cleaned.lines);
  const built = buildBlocks(cleaned.lines, layout);
  changes.push(...built.changes);
  const { blocks, outline } = extractOutline(built.blocks);
  for (const b of outline.lines) for (let n = b.line; n <= b.endLine; n++) removed.push({ line: n, rule: 'outline', text: cleaned.lines.find((l) => l.n === n)!.text.trim() });

  const { notice, rest } = recogniseNotice(blocks, file);
  const titled = recogniseTitle(rest);
  changes.push(...titled.changes);
  const body = recogniseBody(titled.rest, file, { rejoin: !options.keepParagraphs });
  changes.push(...body.changes);
  warnings.push(...body.warnings);
  const draft: DraftEdition = { notice, title: titled.title, preamble: body.preamble, sections: body.sections, itemNumbering: body.levels.itemNumbering, skips: body.skips };
  if (draft.preamble.length + draft.sections.length === 0) {
    throw new InputError(file, undefined, 'no text of a 要点 was found (no paragraphs after the title and notice)', 'check that the file holds the document text, not only its title or notice');
  }
  const kind = classifyDocument(draft);
  if (!kind.yaodian && !options.anyKind) {
    throw new InputError(file, draft.title?.line ?? notice?.title.line, `this does not read as a 工作要点: ${kind.reason}`, 'import only 党建工作要点 (or 主要工作 / 重点工作); if this text really is one, pass --any-kind to import it anyway');
  }
  if (!kind.yaodian) warnings.push(`imported although ${kind.reason} (--any-kind)`);
  warnings.push(...mergeOutline(draft, [...outline.entries, ...cleaned.editorial.outline], body.levels));
  const complete = markTruncation(draft) && !cleaned.metadata?.partial && !cleaned.editorial.incomplete && !options.incomplete;
  changes.push(...normaliseText(draft, warnings));

  const year = options.year !== undefined ? { value: options.year, basis: '--year' } : inferYear(draft, cleaned.metadata);
  if (!year) {
    throw new InputError(file, draft.title?.line ?? 1, 'no year was found: the title, notice and first paragraph name none', 'pass the year: npm run import -- <file> --year 2026');
  }
  const issuer = resolveIssuer(draft, cleaned.metadata, options);
  const issuedTitle = draft.title?.text;
  const suppliedTitle = options.title ?? cleaned.editorial.suppliedTitle;
  const editionTitle = issuedTitle ?? suppliedTitle ?? `${year.value}年${issuer.name}党建工作要点`;
  if (!issuedTitle && !suppliedTitle) warnings.push(`the source has no title; supplied "${editionTitle}" (pass --title to choose it)`);

  const base = `content/sources/${issuer.id}/${year.value}`;
  const sourceFile = `${base}.${options.original ? 'txt' : file.toLowerCase().endsWith('.md') ? 'md' : 'txt'}`;
  const originalFile = options.original && `${base}.${options.original.extension}`;
  const items = draft.sections.flatMap((s) => s.items).filter((i) => !i.outlineOnly);
  const separate = items.filter((i) => i.separate).length;
  const frontmatter = {
    issuer: issuer.id,
    year: year.value,
    title: editionTitle,
    ...(issuedTitle ? {} : { titleSupplied: true }),
    itemLayout: separate > items.length / 2 ? 'separate' : 'run-in',
    ...(draft.itemNumbering === 'section' ? { itemNumbering: 'section' } : {}),
    ...(draft.skips.length ? { numberingSkips: draft.skips } : {}),
    ...(notice ? { notice: noticeFrontmatter(notice) } : {}),
    source: {
      file: sourceFile,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      encoding,
      complete,
      layout,
      ...(cleaned.metadata?.source ? { url: cleaned.metadata.source } : {}),
      removed: removed.sort((a, b) => a.line - b.line),
      normalised: countByRule(changes),
      ...(options.original ? { original: { file: originalFile, format: options.original.format, sha256: options.original.sha256, removed: options.original.removed } } : {}),
    },
  };
  return {
    issuerId: issuer.id,
    issuerName: issuer.name,
    newIssuer: issuer.isNew,
    year: year.value,
    sourceFile,
    ...(originalFile ? { originalFile } : {}),
    editionFile: `content/editions/${issuer.id}/${year.value}.mdx`,
    mdx: renderMdx(frontmatter, renderBody(draft)),
    draft,
    levels: body.levels,
    kind,
    layout,
    encoding,
    complete,
    removed,
    changes,
    warnings,
    basis: { issuer: issuer.basis, year: year.basis, title: issuedTitle ? `line ${draft.title!.line}` : 'supplied' },
  };
}

/** Gives each line what the document showed of it: a heading style, a bold run. */
function withHints(lines: SourceLine[], hints: ImportOptions['hints']): SourceLine[] {
  if (!hints) return lines;
  return lines.map((l, k) => {
    const h = hints[k];
    return h ? { ...l, ...(h.heading ? { heading: true } : {}), ...(h.bold ? { bold: h.bold } : {}) } : l;
  });
}

/**
 * Line-level clean-up, each step reported: metadata line, Markdown marks, site junk, hidden-text markers,
 * this site's own editorial marks (in a copy printed or saved from it), a repeated title.
 */
function cleanLines(lines: SourceLine[], removed: Removal[], changes: Normalisation[]): { lines: SourceLine[]; metadata?: SourceMetadata; editorial: EditorialMarks } {
  const meta = extractSourceMetadata(lines);
  removed.push(...meta.removed);
  const md = stripMarkdown(meta.lines);
  changes.push(...md.changes);
  const junk = removeSiteJunk(md.lines);
  removed.push(...junk.removed);
  const hidden = removeHiddenMarkers(junk.lines);
  removed.push(...hidden.removed);
  const editorial = readEditorialMarks(hidden.lines);
  removed.push(...editorial.removed);
  const dup = removeDuplicateTitle(editorial.lines);
  removed.push(...dup.removed);
  return { lines: dup.lines, metadata: meta.metadata, editorial };
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
