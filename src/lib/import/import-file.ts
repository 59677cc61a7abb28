import { createHash } from 'node:crypto';
import { InputError } from '../errors.ts';
import { extractText, MAX_SOURCE_BYTES, type SourceFormat } from './formats/extract.ts';
import { importSource, type ImportOptions, type ImportResult } from './import-source.ts';

/**
 * An import of a received file of any importable format. `sourceBytes` is what the edition's `source.file`
 * holds and what the round-trip check compares against: the received bytes for a text, the extracted text
 * (UTF-8, a line per paragraph) for a document, whose own bytes go to `originalFile` unchanged.
 */
export interface FileImport extends ImportResult {
  format: SourceFormat;
  sourceBytes: Uint8Array;
  /** The received document, for a document. */
  originalBytes?: Uint8Array;
  /** What extraction noticed (pages, list numbers restored), for the report. */
  notes: string[];
  /** What extraction left out of a document (page numbers, running headers, 版记, site navigation …). */
  extractionRemoved: { rule: string; text: string }[];
}

/** Refuses a file over the size limit before anything reads it whole. */
export function checkSourceSize(size: number, file: string): void {
  if (size <= MAX_SOURCE_BYTES) return;
  const mb = (n: number) => (n / (1024 * 1024)).toFixed(n < 10 * 1024 * 1024 ? 1 : 0);
  throw new InputError(file, undefined, `the file is ${mb(size)} MB; the limit is ${mb(MAX_SOURCE_BYTES)} MB`,
    'a 要点 is far smaller: check that this is the right file, or save only its text (.txt or .docx without pictures) and import that');
}

/**
 * Imports a received file: a text as it is, a document (.docx, .pdf, .html, .doc …) through the text
 * extracted from it, with what the document showed (bold titles, heading styles) as hints. Pure like
 * importSource, except that extraction of .doc/.wps/.odt runs LibreOffice.
 */
export async function importFile(bytes: Uint8Array, options: ImportOptions & { soffice?: string | null }): Promise<FileImport> {
  const { soffice, ...rest } = options;
  checkSourceSize(bytes.length, options.file);
  const extracted = await extractText(bytes, options.file, { soffice });
  if (extracted.format === 'txt') return { ...importSource(bytes, rest), format: 'txt', sourceBytes: bytes, notes: [], extractionRemoved: [] };
  const paragraphs = extracted.paragraphs ?? [];
  const text = new TextEncoder().encode(`${paragraphs.map((p) => p.text).join('\n')}\n`);
  const result = importSource(text, {
    ...rest,
    hints: paragraphs.map((p) => ({ bold: p.boldPrefix, heading: p.heading })),
    layout: 'line-per-paragraph',
    keepParagraphs: !extracted.mayBeSplit,
    original: {
      format: extracted.format,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      extension: extensionOf(options.file, extracted.format),
      removed: extracted.removed,
    },
  });
  return { ...result, format: extracted.format, sourceBytes: text, originalBytes: bytes, notes: extracted.notes, extractionRemoved: extracted.removed };
}

/** The original keeps its own extension (a saved page may be .htm), lower-cased. */
function extensionOf(file: string, format: SourceFormat): string {
  const ext = /\.(\w+)$/.exec(file)?.[1]?.toLowerCase();
  return ext && ext !== 'txt' ? ext : format;
}
