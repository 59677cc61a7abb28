/**
 * Reading a PDF back as positioned text (pdfjs-dist, offline), and measuring its grid: how many lines of body
 * text a page holds and how many characters a full line holds. The tests use it to prove that the PDFs follow
 * GB/T 9704-2012 (22 lines of 28 characters) and that their text is text, not outlines.
 */
import { emWidth } from './characters.ts';

/** A run of text as the PDF places it; y grows upwards from the page's bottom, in pt. */
export interface TextRun {
  str: string;
  x: number;
  y: number;
  width: number;
  /** Font size, pt. */
  size: number;
}

export interface PdfPage {
  /** Page size, pt. */
  width: number;
  height: number;
  runs: TextRun[];
}

/** One line of text: the runs that share a baseline. */
export interface TextLine {
  y: number;
  x0: number;
  x1: number;
  size: number;
  text: string;
}

/** Reads every page's text runs. */
export async function readPdf(data: Uint8Array): Promise<PdfPage[]> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = getDocument({ data, verbosity: 0 });
  const doc = await task.promise;
  const pages: PdfPage[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const { width, height } = page.getViewport({ scale: 1 });
    const content = await page.getTextContent();
    const runs: TextRun[] = [];
    for (const item of content.items) {
      if (!('str' in item) || item.str === '') continue;
      const [a, b, c, d, x, y] = item.transform as number[];
      runs.push({ str: item.str, x: x!, y: y!, width: item.width, size: Math.round(Math.hypot(c!, d!) * 10) / 10 || Math.hypot(a!, b!) });
    }
    pages.push({ width, height, runs });
  }
  await task.destroy();
  return pages;
}

/** Runs grouped into lines by baseline (within `tolerance` pt), top of the page first, each read left to right. */
export function groupLines(runs: TextRun[], tolerance = 1): TextLine[] {
  const groups: TextRun[][] = [];
  for (const run of [...runs].sort((p, q) => q.y - p.y)) {
    const group = groups.find((g) => Math.abs(g[0]!.y - run.y) <= tolerance);
    if (group) group.push(run);
    else groups.push([run]);
  }
  return groups.map((g) => {
    const sorted = [...g].sort((p, q) => p.x - q.x);
    return {
      y: g[0]!.y,
      x0: Math.min(...g.map((r) => r.x)),
      x1: Math.max(...g.map((r) => r.x + r.width)),
      size: Math.max(...g.map((r) => r.size)),
      text: sorted.map((r) => r.str).join(''),
    };
  });
}

/** A page's grid: body lines (set at `size` pt) and the characters of each full line, in em (CJK 1, ASCII ½). */
export interface PageGrid {
  lines: number;
  /** Full lines only: those that reach the right edge of the text (not a paragraph's last line). */
  charsPerLine: number[];
}

/** Measures a page's grid from the positions of its text. */
export function measureGrid(page: PdfPage, size = 16): PageGrid {
  const body = groupLines(page.runs).filter((l) => Math.abs(l.size - size) < 0.6);
  const right = Math.max(...body.map((l) => l.x1));
  const left = Math.min(...body.map((l) => l.x0));
  const full = body.filter((l) => Math.abs(l.x0 - left) < 1 && right - l.x1 < 2);
  return { lines: body.length, charsPerLine: full.map((l) => emWidth(l.text.replace(/\s+/g, ''))) };
}

/**
 * The lines of one column of a two-column page (a 新旧对照表): the runs wholly left of `middle` (x in pt, the
 * page's middle by default), or wholly right of it, grouped into lines top first. Runs that cross the middle
 * (a title, a section heading across the table) belong to neither.
 *
 * columnLines({ width: 595, runs: [甲 at x 80, 乙 at x 320 on the same baseline] }, 'right') → one line, 乙
 */
export function columnLines(page: PdfPage, column: 'left' | 'right', middle = page.width / 2): TextLine[] {
  const runs = page.runs.filter((r) => (column === 'left' ? r.x + r.width <= middle : r.x >= middle));
  return groupLines(runs);
}

/** All the text of the document with white space removed: what a test searches for titles. */
export function documentText(pages: PdfPage[]): string {
  return pages.map((p) => groupLines(p.runs).map((l) => l.text).join('')).join('').replace(/\s+/g, '');
}
