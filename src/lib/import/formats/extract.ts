/**
 * The "received formats" door of the importer: turns a .docx, .pdf, saved web page or .doc/.wps/.odt into
 * plain paragraphs that the text importer (import-source.ts) then reads as if someone had typed them out.
 * Each format is read by a well-kept library; this layer only decides what is a paragraph and what is
 * page furniture (page numbers, 版记, site navigation), and reports everything it leaves out.
 */
import { InputError } from '../../errors.ts';

export type SourceFormat = 'txt' | 'docx' | 'pdf' | 'html' | 'doc' | 'wps' | 'odt';

export interface ExtractedParagraph {
  text: string;
  /** Characters at the start that were bold in the source (a run-in item title), when known. */
  boldPrefix?: number;
  /** Heading level from a Word heading style / HTML h1-h6, when known. */
  heading?: number;
}

export interface Extracted {
  format: SourceFormat;
  /** For 'txt': undefined (the caller decodes the bytes itself, GBK etc.). Otherwise the paragraphs, in reading order. */
  paragraphs?: ExtractedParagraph[];
  /** The text the importer reads: paragraphs joined by '\n' (line k+1 is paragraphs[k]); for txt undefined. */
  text?: string;
  /** What extraction left out, each reported to the user. */
  removed: { rule: string; text: string }[];
  /** Short notes for the report, e.g. "Word list numbering restored ×18". */
  notes: string[];
  /**
   * Paragraph breaks may fall inside a sentence (a web page's `<br>` in mid-sentence): the importer may
   * rejoin two paragraphs as a page-break split. Otherwise the paragraphs are the document's own.
   */
  mayBeSplit?: boolean;
}

export const MAX_SOURCE_BYTES = 20 * 1024 * 1024;

const EXTENSIONS: Record<string, SourceFormat> = {
  txt: 'txt', md: 'txt', text: 'txt',
  docx: 'docx', pdf: 'pdf', html: 'html', htm: 'html',
  doc: 'doc', wps: 'wps', odt: 'odt',
};

/** The format a file is in, by its extension; undefined when the importer cannot read it. */
export function formatOf(file: string): SourceFormat | undefined {
  const match = /\.([A-Za-z0-9]+)$/.exec(file);
  return match ? EXTENSIONS[match[1]!.toLowerCase()] : undefined;
}

/** Paragraphs → the text the importer reads, with empty paragraphs dropped (they carry nothing). */
export function finish(format: SourceFormat, paragraphs: ExtractedParagraph[], removed: Extracted['removed'], notes: string[]): Extracted {
  const kept = paragraphs
    .map((p) => ({ ...p, text: p.text.replace(/[\r\n\u2028\u2029]+/g, ' ').trim() }))
    .filter((p) => p.text !== '');
  return { format, paragraphs: kept, text: kept.map((p) => p.text).join('\n'), removed, notes };
}

/**
 * Reads a received file into paragraphs. `options.soffice`: the LibreOffice binary for .doc/.wps/.odt
 * (found on PATH when absent; null means "not installed", for tests). Throws InputError for input it cannot read.
 */
export async function extractText(bytes: Uint8Array, file: string, options: { soffice?: string | null } = {}): Promise<Extracted> {
  const format = formatOf(file);
  if (format === undefined) {
    throw new InputError(file, undefined, 'this kind of file cannot be imported',
      'save it as one of: .txt or .md (text), .docx, .doc, .wps, .odt (Word/WPS/LibreOffice), .pdf, .html or .htm (a saved web page)');
  }
  if (bytes.byteLength > MAX_SOURCE_BYTES) {
    throw new InputError(file, undefined, `the file is ${(bytes.byteLength / 1024 / 1024).toFixed(1)} MB, over the 20 MB limit`,
      'a 工作要点 is a few pages: check it is the right file, or save only the text (e.g. as .txt or .docx without pictures)');
  }
  switch (format) {
    case 'txt':
      return { format, removed: [], notes: [] };
    case 'docx':
      return (await import('./docx.ts')).extractDocx(bytes, file);
    case 'pdf':
      return (await import('./pdf.ts')).extractPdf(bytes, file);
    case 'html':
      return (await import('./html.ts')).extractHtml(bytes, file);
    case 'doc':
    case 'wps':
    case 'odt':
      return (await import('./convert.ts')).extractConverted(bytes, file, format, options.soffice);
  }
}
