/**
 * A received .pdf (one with a text layer) → paragraphs. pdf.js (pdfjs-dist) reads the text runs and where
 * they are drawn; this file only decides what a line and a paragraph are, the way a reader would:
 * - runs on one baseline form a line; a 公文 is single-column, so lines are read top to bottom;
 * - GB/T 9704-2012 indents each paragraph's first line by two characters and justifies the rest, so a new
 *   paragraph starts at an indented, centred or right-aligned line, after a line that stops short of the
 *   right edge, after a larger gap, or where the font size changes (banner, title, body);
 * - page numbers, running headers/footers and the 版记 (抄送/印发 lines) are page furniture: left out and
 *   reported in `removed`, never silently dropped;
 * - a paragraph that runs over a page break is joined again.
 * PDFs without a text layer (scans), password-protected and damaged files are refused with an InputError
 * that says what to ask the sender for.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { InputError } from '../../errors.ts';
import { isCJK } from '../../text/cjk.ts';
import { finish, type Extracted, type ExtractedParagraph } from './extract.ts';

/** One run of text as drawn: page coordinates with y growing downwards, y at the baseline. */
export interface Run {
  text: string;
  x: number;
  y: number;
  width: number;
  /** Font size: the height of the text matrix (a condensed banner keeps its height). */
  size: number;
  /** pdf.js's id of the font: the same id is the same font (body, 黑体 heading, bold run-in title…). */
  font: string;
}

/** The text of one page: its size and runs; `skipped` is text left out before layout (rotated, off the page). */
export interface PageText {
  width: number;
  height: number;
  runs: Run[];
  skipped: { rule: string; text: string }[];
  /** Radical look-alikes replaced by ideographs (⻛ → 风). */
  radicals: number;
}

/** A line of text on a page: runs on one baseline, left to right. */
interface Line {
  page: number;
  y: number;
  x: number;
  end: number;
  size: number;
  /** The text as read: no spaces between CJK characters. */
  text: string;
  /** The text with wide gaps (separate fields, e.g. 印发 organ and date) shown as a space: for reports. */
  shown: string;
  runs: Run[];
  letterSpaced: boolean;
}

/** The layout of the body text, measured from the lines that are not page furniture. */
interface Metrics {
  bodySize: number;
  bodyFont: string;
  /** Baseline-to-baseline distance of body lines. */
  pitch: number;
  /** Per page: the text block's left and right edges. */
  left: number[];
  right: number[];
}

/** How far from the top/bottom edge (fraction of the page height) running headers and page numbers sit. */
const BAND = 0.15;

// ---------------------------------------------------------------------------------------------------
// Reading the file with pdf.js
// ---------------------------------------------------------------------------------------------------

type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
type TextItem = import('pdfjs-dist/types/src/display/api').TextItem;

/** pdf.js's own folders (CMaps for CJK fonts that are not embedded, standard fonts, wasm): no network. */
function pdfjsFolder(): string {
  return dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
}

let loaded: Promise<Pdfjs> | undefined;

/** The legacy build is the one for Node. Node has no web worker: pdf.js runs its worker code in this thread. */
function pdfjs(): Promise<Pdfjs> {
  loaded ??= import('pdfjs-dist/legacy/build/pdf.mjs').then((lib) => {
    lib.GlobalWorkerOptions.workerSrc ||= pathToFileURL(join(pdfjsFolder(), 'legacy/build/pdf.worker.mjs')).href;
    return lib;
  });
  return loaded;
}

/** Reads a received PDF. Throws InputError for a scan, a password-protected, damaged or non-PDF file. */
export async function extractPdf(bytes: Uint8Array, file: string): Promise<Extracted> {
  checkSignature(bytes, file);
  const pages = await readPages(bytes, file);
  return layoutPages(pages, file);
}

/** Loads the document and returns each page's text runs; always destroys the document. */
async function readPages(bytes: Uint8Array, file: string): Promise<PageText[]> {
  const lib = await pdfjs();
  const folder = pdfjsFolder();
  const task = lib.getDocument({
    // A copy: pdf.js takes over the buffer it is given and refuses Node Buffers.
    data: new Uint8Array(bytes),
    cMapUrl: join(folder, 'cmaps') + '/',
    cMapPacked: true,
    standardFontDataUrl: join(folder, 'standard_fonts') + '/',
    wasmUrl: join(folder, 'wasm') + '/',
    iccUrl: join(folder, 'iccs') + '/',
    useSystemFonts: false,
    disableFontFace: true,
    useWorkerFetch: false,
    stopAtErrors: false,
    verbosity: lib.VerbosityLevel.ERRORS,
  });
  // Only pdf.js's own failures mean a bad file; an error in the layout code below is a bug and stays one.
  const fromPdfjs = <T>(promise: Promise<T>) => promise.catch((error: unknown) => {
    throw unreadable(file, error);
  });
  try {
    const doc = await fromPdfjs(task.promise);
    const pages: PageText[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await fromPdfjs(doc.getPage(n));
      const viewport = page.getViewport({ scale: 1 });
      const content = await fromPdfjs(page.getTextContent());
      const items = content.items.filter((i): i is TextItem => 'str' in i);
      pages.push(pageText(items, viewport.transform, viewport.width, viewport.height, lib.Util.transform));
      page.cleanup();
    }
    return pages;
  } finally {
    await task.destroy().catch(() => undefined);
  }
}

/** A pdf.js failure as an InputError that says what to do; never a pdf.js message or stack. */
function unreadable(file: string, error: unknown): InputError {
  const name = (error as { name?: string } | null)?.name;
  if (name === 'PasswordException') {
    return new InputError(file, undefined, 'this PDF is password-protected (encrypted), so its text cannot be read',
      'open it with its password in a PDF reader and save an unprotected copy (Print → Save as PDF), or ask the sender for the .docx');
  }
  return new InputError(file, undefined,
    name === 'InvalidPDFException' ? 'this PDF is damaged: its structure cannot be read' : 'this PDF is damaged or incomplete and cannot be read',
    'check that it opens in a PDF reader; download or copy it again, or ask the sender for the .docx');
}

const startsWith = (bytes: Uint8Array, ...sig: number[]) => sig.every((b, i) => bytes[i] === b);

/** Refuses what is not a PDF before pdf.js sees it, naming what it is (a renamed .docx, a web page, a photo). */
function checkSignature(bytes: Uint8Array, file: string): void {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  if (head.includes('%PDF-')) {
    const tail = new TextDecoder('latin1').decode(bytes.subarray(Math.max(0, bytes.byteLength - 16384)));
    if (!tail.includes('%%EOF')) {
      throw new InputError(file, undefined, 'this PDF is incomplete: it stops before its end-of-file marker, so pages may be missing',
        'download or copy the file again; if it opens fully in a PDF reader, print it to a new PDF (Print → Save as PDF) and import that');
    }
    return;
  }
  const fix = 'check that this is the right file; save or export the document as PDF again, or import the original (.docx, .doc, .wps, .html) under its own extension';
  let what = 'it does not start with the %PDF- header';
  if (bytes.byteLength === 0) what = 'the file is empty';
  else if (startsWith(bytes, 0x50, 0x4b, 0x03, 0x04)) what = 'it is a zip package (a .docx or .odt renamed to .pdf?)';
  else if (startsWith(bytes, 0xd0, 0xcf, 0x11, 0xe0)) what = 'it is an old Word or WPS document (.doc/.wps renamed to .pdf?)';
  else if (startsWith(bytes, 0x89, 0x50, 0x4e, 0x47) || startsWith(bytes, 0xff, 0xd8, 0xff)) what = 'it is an image (a photo or scan), which has no text';
  else if (/^\s*</.test(head.replace(/^\uFEFF|^ï»¿/, ''))) what = 'it is a web page (HTML)';
  throw new InputError(file, undefined, `this file is not a PDF: ${what}`, fix);
}

// ---------------------------------------------------------------------------------------------------
// Runs of one page
// ---------------------------------------------------------------------------------------------------

/**
 * Radicals that look like ideographs (Kangxi ⼀⽇⼯, supplement ⻛⻓⻔): a font that draws 日 and ⽇ with one
 * glyph may name the radical in the PDF's ToUnicode map (Word's PDFs, Chromium's Type3 fonts), so the text
 * reads 作⻛ for 作风. Kangxi radicals have a compatibility mapping (NFKC); the supplement's simplified forms
 * are listed here. A 公文 never uses the radicals themselves.
 */
const RADICALS = /[\u2e80-\u2eff\u2f00-\u2fdf]/gu;
const SUPPLEMENT: Record<string, string> = {
  '\u2e93': '幺', '\u2e9d': '月', '\u2e9f': '母', '\u2ea0': '民', '\u2ea9': '王', '\u2eac': '示', '\u2eaf': '糸',
  '\u2eb0': '纟', '\u2ebc': '月', '\u2ebd': '臼', '\u2ec1': '虎', '\u2ec4': '西', '\u2ec5': '见', '\u2ec6': '角',
  '\u2ec8': '讠', '\u2ec9': '贝', '\u2ecb': '车', '\u2ed1': '長', '\u2ed3': '长', '\u2ed4': '门', '\u2ed7': '雨',
  '\u2ed8': '青', '\u2ed9': '韦', '\u2eda': '页', '\u2edb': '风', '\u2edc': '飞', '\u2edd': '食', '\u2ee0': '饣',
  '\u2ee2': '马', '\u2ee3': '骨', '\u2ee4': '鬼', '\u2ee5': '鱼', '\u2ee6': '鸟', '\u2ee7': '卤', '\u2ee8': '麦',
  '\u2ee9': '黄', '\u2eec': '齐', '\u2eee': '齿', '\u2ef0': '龙', '\u2ef3': '龟',
};

/** Replaces radical look-alikes by the ideographs; returns the text and how many were replaced. */
export function fixRadicals(text: string): { text: string; count: number } {
  let count = 0;
  const fixed = text.replace(RADICALS, (ch) => {
    const to = SUPPLEMENT[ch] ?? ch.normalize('NFKC');
    if (to !== ch) count++;
    return to;
  });
  return { text: fixed, count };
}

/**
 * pdf.js items → runs in page coordinates (the viewport: rotation and crop box applied, y downwards).
 * Horizontal text only: rotated or vertical text in a 公文 is a watermark or a stamp, reported instead.
 */
function pageText(items: TextItem[], viewport: number[], width: number, height: number,
  multiply: (a: number[], b: number[]) => number[]): PageText {
  const runs: Run[] = [];
  const skipped: PageText['skipped'] = [];
  let radicals = 0;
  for (const item of items) {
    if (item.str === '') continue;
    const m = multiply(viewport, item.transform);
    const [a = 0, b = 0, c = 0, d = 0, x = 0, y = 0] = m;
    const { text, count } = fixRadicals(item.str);
    radicals += count;
    if (a <= 0 || Math.abs(b) > 0.05 * Math.abs(a)) {
      if (text.trim()) skipped.push({ rule: 'rotated-text', text: text.trim() });
      continue;
    }
    const size = Math.hypot(c, d);
    if (x > width || x + item.width < 0 || y < 0 || y - size > height) {
      if (text.trim()) skipped.push({ rule: 'off-page', text: text.trim() });
      continue;
    }
    runs.push({ text, x, y, width: item.width, size, font: item.fontName });
  }
  return { width, height, runs, skipped, radicals };
}

// ---------------------------------------------------------------------------------------------------
// Characters and spaces
// ---------------------------------------------------------------------------------------------------

const LATIN = /[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}0-9]/u;
/** A Latin/Greek/Cyrillic letter or an ASCII digit: between two of these a gap is a word space. */
const isLatin = (ch: string | undefined) => ch !== undefined && LATIN.test(ch);
const WS = /[\s\u3000\u00a0]/u;
/** A gap wider than this many characters separates two fields on one line, not two words. */
const FIELD_GAP = 2.5;

/**
 * Whether pdf.js put a space between most characters of the line: it does so for letter-spaced text
 * (a spaced-out banner, a justified line with few characters), where the gaps are layout, not spaces.
 */
export function isLetterSpaced(text: string): boolean {
  const chars = [...text.trim()];
  let spaced = 0;
  let solid = 0;
  for (let i = 1; i < chars.length; i++) {
    if (WS.test(chars[i]!)) continue;
    if (WS.test(chars[i - 1]!)) spaced++;
    else solid++;
  }
  return spaced >= 3 && spaced >= 0.4 * (spaced + solid);
}

/**
 * Spaces the way Chinese text has them: none between two CJK characters; in letter-spaced text none beside
 * a CJK character either (`党 50 年` in ordinary text keeps its spaces, `中 共 开 平` loses them).
 */
export function tidySpaces(text: string, letterSpaced = isLetterSpaced(text)): string {
  return text
    .replace(/(?<=(.))[\s\u3000\u00a0]+(?=(.))/gu, (_m, prev: string, next: string) =>
      (isCJK(prev) && isCJK(next)) || (letterSpaced && (isCJK(prev) || isCJK(next))) ? '' : ' ')
    .replace(/^[\s\u3000\u00a0]+|[\s\u3000\u00a0]+$/gu, '');
}

/**
 * Joins a line's runs (left to right). A gap between two runs becomes a space only between Latin letters or
 * digits; with `fields`, a very wide gap (two fields on one line, e.g. organ and date of the 印发 line) too.
 */
function joinRuns(runs: Run[], fields = false): string {
  let out = '';
  let prev: Run | undefined;
  for (const run of runs) {
    if (prev) {
      const gap = run.x - (prev.x + prev.width);
      const size = Math.max(prev.size, run.size);
      const last = [...out.trimEnd()].pop();
      const first = [...run.text.trimStart()][0];
      if ((fields && gap > FIELD_GAP * size) || (gap > 0.15 * size && isLatin(last) && isLatin(first))) out += ' ';
    }
    out += run.text;
    if (run.text.trim() !== '') prev = run;
  }
  return out;
}

/** Lines joined inside a paragraph: nothing between Chinese, one space between two Latin letters/digits. */
function joinLines(lines: Line[]): string {
  let out = '';
  for (const line of lines) {
    if (out && isLatin([...out].pop()) && isLatin([...line.text][0])) out += ' ';
    out += line.text;
  }
  return tidySpaces(out, false);
}

// ---------------------------------------------------------------------------------------------------
// Lines
// ---------------------------------------------------------------------------------------------------

const nonBlank = (r: Run) => r.text.trim() !== '';
const squash = (s: string) => s.replace(/[\s\u3000\u00a0]/gu, '');
const charCount = (s: string) => [...s.replace(/[\s\u3000\u00a0]/gu, '')].length;

/** The value that covers most weight (e.g. the font size of most characters). */
function dominant<T>(pairs: [T, number][]): T | undefined {
  const totals = new Map<T, number>();
  for (const [k, w] of pairs) totals.set(k, (totals.get(k) ?? 0) + w);
  let best: T | undefined;
  let most = -1;
  for (const [k, w] of totals) if (w > most) [best, most] = [k, w];
  return best;
}

/** Removes a run drawn twice at (almost) the same place: fake bold by over-printing. */
function dedupe(runs: Run[]): Run[] {
  const byText = new Map<string, Run[]>();
  return runs.filter((r) => {
    const same = byText.get(r.text) ?? [];
    if (same.some((k) => Math.abs(k.x - r.x) < 0.2 * r.size && Math.abs(k.y - r.y) < 0.2 * r.size)) return false;
    byText.set(r.text, [...same, r]);
    return true;
  });
}

/** Groups a page's runs into lines by baseline (tolerance relative to the font size), top to bottom. */
function toLines(runs: Run[], page: number): Line[] {
  const sorted = dedupe(runs).sort((p, q) => p.y - q.y || p.x - q.x);
  const groups: Run[][] = [];
  let baseline = Number.NaN;
  let size = 0;
  for (const run of sorted) {
    const current = groups.at(-1);
    if (current && Math.abs(run.y - baseline) <= 0.4 * Math.min(run.size, size)) {
      current.push(run);
    } else {
      groups.push([run]);
      baseline = run.y;
      size = run.size;
    }
  }
  return groups.map((g) => makeLine(g.sort((p, q) => p.x - q.x), page)).filter((l): l is Line => l !== undefined);
}

function makeLine(runs: Run[], page: number): Line | undefined {
  const solid = runs.filter(nonBlank);
  const first = solid[0];
  if (!first) return undefined;
  const raw = joinRuns(runs);
  const letterSpaced = isLetterSpaced(raw);
  // Leading spaces typed into the text (　　 indentation) push the visible start to the right.
  const chars = [...first.text];
  const lead = chars.length - [...first.text.trimStart()].length;
  const x = first.x + (lead > 0 ? (first.width * lead) / chars.length : 0);
  return {
    page,
    y: dominant(solid.map((r): [number, number] => [r.y, charCount(r.text)]))!,
    x,
    end: Math.max(...solid.map((r) => r.x + r.width)),
    size: dominant(solid.map((r): [number, number] => [Math.round(r.size * 2) / 2, charCount(r.text)]))!,
    text: tidySpaces(raw, letterSpaced),
    shown: tidySpaces(joinRuns(runs, true), letterSpaced),
    runs: solid,
    letterSpaced,
  };
}

// ---------------------------------------------------------------------------------------------------
// Page furniture
// ---------------------------------------------------------------------------------------------------

type Furniture = Map<Line, string>;

/** `— 1 —`, `-1-`, `第 1 页`, `第1页 共8页`, `1/8`, `Page 1 of 8`: 'bare' for a lone number. */
export function pageNumberKind(text: string): 'decorated' | 'bare' | undefined {
  const t = text.replace(/[\s\u3000\u00a0]/gu, '');
  if (/^\d{1,4}$/.test(t)) return 'bare';
  if (/^[-－—–‒―_~～·•.]+\d{1,4}[-－—–‒―_~～·•.]+$/u.test(t)) return 'decorated';
  if (/^第\d{1,4}页([，,/]?共\d{1,4}页)?$/u.test(t) || /^共\d{1,4}页[，,/]?第\d{1,4}页$/u.test(t)) return 'decorated';
  if (/^第[一二三四五六七八九十百零〇]{1,4}页$/u.test(t)) return 'decorated';
  if (/^\d{1,4}\/\d{1,4}$/.test(t) || /^page\d{1,4}(of\d{1,4})?$/i.test(t)) return 'decorated';
  return undefined;
}

/** The texts of a line's fields: runs split where the gap is wider than FIELD_GAP. */
function segments(line: Line): string[] {
  const parts: Run[][] = [];
  for (const run of line.runs) {
    const last = parts.at(-1)?.at(-1);
    if (last && run.x - (last.x + last.width) <= FIELD_GAP * Math.max(run.size, last.size)) parts.at(-1)!.push(run);
    else parts.push([run]);
  }
  return parts.map((p) => tidySpaces(joinRuns(p)));
}

/** What the furniture rules need to know of the pages: their size and the pitch of the body lines. */
interface Sheet {
  width: number;
  height: number;
  pitch: number;
}

/** The lines nearest the top and bottom edges that lie in the margin bands, and their gap to the next line inwards. */
function edgeLines(lines: Line[], sheet: Sheet, taken: Furniture): { line: Line; inward: Line | undefined; gap: number }[] {
  const free = lines.filter((l) => !taken.has(l));
  const out: { line: Line; inward: Line | undefined; gap: number }[] = [];
  const add = (i: number, j: number) => {
    const inward = free[j];
    if (!out.some((o) => o.line === free[i])) out.push({ line: free[i]!, inward, gap: inward ? Math.abs(inward.y - free[i]!.y) : Infinity });
  };
  for (let i = 0; i < Math.min(2, free.length); i++) if (free[i]!.y < BAND * sheet.height) add(i, i + 1);
  for (let i = free.length - 1; i >= Math.max(0, free.length - 2); i--) if (free[i]!.y > (1 - BAND) * sheet.height) add(i, i - 1);
  return out;
}

/**
 * Page numbers in the margin bands. A decorated number (`— 3 —`, `第 3 页`) is enough. A lone number must
 * also stand apart from the text (more than a line pitch away) and look like furniture (another font size,
 * centred on the page, or far away), so that a number that ends a paragraph stays text.
 */
function findPageNumbers(pages: Line[][], sheets: Sheet[], taken: Furniture): void {
  pages.forEach((lines, p) => {
    const sheet = sheets[p]!;
    for (const { line, inward, gap } of edgeLines(lines, sheet, taken)) {
      const kinds = [line.text, ...segments(line)].map(pageNumberKind);
      const centred = Math.abs((line.x + line.end) / 2 - sheet.width / 2) < 0.08 * sheet.width;
      const otherSize = inward !== undefined && Math.abs(line.size - inward.size) > 0.1 * inward.size;
      const apart = gap >= 1.25 * sheet.pitch && (gap >= 2 * sheet.pitch || otherSize || centred);
      if (kinds.includes('decorated') || (kinds.includes('bare') && apart)) taken.set(line, 'page-number');
    }
  });
}

/**
 * A running header or footer: the same text (numbers aside) at about the same height on at least half of the
 * pages, 3 or more, set apart from the body by more than a line pitch.
 */
function findRunningHeaders(pages: Line[][], sheets: Sheet[], taken: Furniture): void {
  if (pages.length < 3) return;
  const byKey = new Map<string, Line[]>();
  pages.forEach((lines, p) => {
    for (const { line, gap } of edgeLines(lines, sheets[p]!, taken)) {
      if (gap < 1.25 * sheets[p]!.pitch) continue;
      const key = squash(line.text).replace(/\d+/g, '#');
      byKey.set(key, [...(byKey.get(key) ?? []), line]);
    }
  });
  for (const lines of byKey.values()) {
    const ys = lines.map((l) => l.y).sort((a, b) => a - b);
    const middle = ys[Math.floor(ys.length / 2)]!;
    const near = lines.filter((l) => Math.abs(l.y - middle) <= Math.max(3, 0.5 * l.size));
    const onPages = new Set(near.map((l) => l.page)).size;
    if (onPages >= 3 && onPages >= pages.length / 2) for (const l of near) taken.set(l, 'running-header');
  }
}

const COLOPHON_START = /^(抄送|抄报|主送|分送|发送|报送)[:：]/u;
const COLOPHON_PRINT = /^[^，。；！？]{2,40}?(\d{4}|[〇零一二三四五六七八九]{4})年.{1,3}月.{1,3}日印发$/u;
const COLOPHON_COUNT = /^[（(]?共印\d+份[）)]?$/u;

/**
 * The 版记 at the end of a 公文: 抄送 lines (with their continuation lines) and the 印发 line (organ and
 * date), maybe 共印N份, at the bottom of the last page with text. Only when every line from the first of
 * them to the end is one of these, so that a sentence of the body that mentions 印发 is never taken.
 */
function findColophon(pages: Line[][], taken: Furniture): void {
  const last = [...pages].reverse().find((lines) => lines.some((l) => !taken.has(l)));
  if (!last) return;
  const lines = last.filter((l) => !taken.has(l));
  const kind = (l: Line) => {
    const t = squash(l.shown);
    if (COLOPHON_START.test(t)) return 'start';
    if (COLOPHON_PRINT.test(t)) return 'print';
    if (COLOPHON_COUNT.test(t)) return 'count';
    return undefined;
  };
  const start = lines.findIndex((l) => kind(l) !== undefined);
  if (start < 0) return;
  let inStart = false;
  for (let i = start; i < lines.length; i++) {
    const k = kind(lines[i]!);
    if (k === undefined && !(inStart && i > start && lines[i]!.y - lines[i - 1]!.y <= 2 * lines[i]!.size)) return;
    if (k !== undefined) inStart = k === 'start';
  }
  for (let i = start; i < lines.length; i++) taken.set(lines[i]!, 'colophon');
}

// ---------------------------------------------------------------------------------------------------
// The text block
// ---------------------------------------------------------------------------------------------------

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)] : undefined;
};

/** The leftmost x where at least two body lines start (one-off indents and centred lines aside). */
function leftEdge(lines: Line[], em: number): number | undefined {
  const xs = lines.map((l) => l.x).sort((a, b) => a - b);
  for (const x of xs) if (xs.filter((o) => Math.abs(o - x) <= 0.3 * em).length >= 2) return x;
  return undefined;
}

/** The font size of most characters. */
function bodySizeOf(lines: Line[]): number {
  return dominant(lines.map((l): [number, number] => [l.size, charCount(l.text)])) ?? 16;
}

/** The usual baseline-to-baseline distance of consecutive body-size lines. */
function pitchOf(pages: Line[][], bodySize: number): number {
  const isBody = (l: Line) => Math.abs(l.size - bodySize) <= 0.12 * bodySize;
  const steps: number[] = [];
  for (const lines of pages) {
    for (let i = 1; i < lines.length; i++) {
      const dy = lines[i]!.y - lines[i - 1]!.y;
      if (isBody(lines[i]!) && isBody(lines[i - 1]!) && dy > 0 && dy < 3 * bodySize) steps.push(dy);
    }
  }
  return median(steps) ?? 1.75 * bodySize;
}

/** Measures the body text: its size and font, line pitch and each page's text block. */
function measure(pages: Line[][]): Metrics {
  const all = pages.flat();
  const bodySize = bodySizeOf(all);
  const isBody = (l: Line) => Math.abs(l.size - bodySize) <= 0.12 * bodySize;
  const bodyFont = dominant(all.filter(isBody).flatMap((l) => l.runs.map((r): [string, number] => [r.font, charCount(r.text)]))) ?? '';
  const pitch = pitchOf(pages, bodySize);

  const found = pages.map((lines) => leftEdge(lines.filter(isBody), bodySize));
  const fallback = (p: number) => {
    // Mirrored margins: odd and even pages have their own left edge; borrow from the nearest page of the same parity.
    for (let d = 2; d < pages.length + 2; d += 2) {
      for (const q of [p - d, p + d]) if (found[q] !== undefined) return found[q]!;
    }
    return found.find((x) => x !== undefined) ?? Math.min(...pages[p]!.map((l) => l.x), Infinity);
  };
  const left = found.map((x, p) => x ?? fallback(p));

  // The full line width: the width most body lines that start at the left edge reach (justified text).
  const widths = pages.flatMap((lines, p) => lines.filter((l) => isBody(l) && Math.abs(l.x - left[p]!) <= 0.3 * bodySize).map((l) => l.end - left[p]!));
  const sorted = [...widths].sort((a, b) => b - a);
  const full = sorted.find((w) => sorted.filter((o) => Math.abs(o - w) <= 0.25 * bodySize).length >= Math.min(3, sorted.length)) ?? sorted[0] ?? 0;
  return { bodySize, bodyFont, pitch, left, right: left.map((x) => x + full) };
}

// ---------------------------------------------------------------------------------------------------
// Paragraphs
// ---------------------------------------------------------------------------------------------------

const LABEL = /^([一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d+[.．、](?!\d))/u;

/** Where a line sits in its page's text block, in units of its own font size. */
function place(line: Line, m: Metrics) {
  const em = line.size;
  const indent = (line.x - m.left[line.page]!) / em;
  const short = (m.right[line.page]! - line.end) / em;
  return { indent, short };
}

/** Whether `line` starts a new paragraph after `prev` (see the file comment for the rules). */
function startsParagraph(prev: Line | undefined, line: Line, m: Metrics): boolean {
  if (!prev) return true;
  if (Math.abs(line.size - prev.size) > 0.12 * Math.min(line.size, prev.size)) return true;
  if (prev.page === line.page && line.y - prev.y > 1.5 * m.pitch * (Math.max(line.size, prev.size) / m.bodySize)) return true;
  const a = place(prev, m);
  const b = place(line, m);
  // A title over two or more centred lines stays one paragraph (a larger font, or clearly inset on both sides).
  // The first line of a long title may fill the line: symmetric, then, with no inset.
  const symmetric = (p: typeof a) => Math.abs(p.indent - p.short) <= 0.6 && p.indent > -0.3 && p.short > -0.3;
  const titleLike = (p: typeof a) => symmetric(p) && (line.size >= 1.15 * m.bodySize || (p.indent >= 2.5 && p.short >= 2.5));
  if (titleLike(a) && titleLike(b)) return false;
  if (b.indent > 1.2) return true;
  if (a.short > 1.5) return true;
  // A section label in another font at the left edge (headings set flush left).
  if (LABEL.test(line.text) && line.runs[0]!.font !== prev.runs.at(-1)!.font) return true;
  return false;
}

/** The docNumber line: 开直工委通〔2026〕6号, 东直〔2025〕3号. */
const DOC_NUMBER = /[〔［\[(（]\s*\d{4}\s*[〕］\])）]\s*\d+\s*号/u;

/** Heading and bold hints from sizes and fonts: a title, a 一、 heading in 黑体/bold, a run-in item title. */
function hints(group: Line[], text: string, next: string | undefined, first: boolean, m: Metrics): ExtractedParagraph {
  const paragraph: ExtractedParagraph = { text };
  const size = dominant(group.map((l): [number, number] => [l.size, charCount(l.text)]))!;
  const runs = group.flatMap((l) => l.runs);
  const banner = first && group[0]!.page === 0 && size >= 1.2 * m.bodySize && (/文件$/u.test(text) || (next !== undefined && DOC_NUMBER.test(next)));
  if (!banner && size >= 1.2 * m.bodySize) paragraph.heading = 1;
  const otherFont = runs.every((r) => r.font !== m.bodyFont);
  if (!paragraph.heading && otherFont && /^[一二三四五六七八九十]+、/u.test(text)) paragraph.heading = 2;
  if (Math.abs(size - m.bodySize) <= 0.12 * m.bodySize) {
    const lead = runs.findIndex((r) => r.font === m.bodyFont);
    const prefix = lead < 0 ? text : tidySpaces(joinRuns(runs.slice(0, lead)), false);
    if (prefix && text.startsWith(prefix) && (lead < 0 || /[。：:！？]$/u.test(prefix))) paragraph.boldPrefix = prefix.length;
  }
  return paragraph;
}

/** Splits the kept lines (in reading order) into paragraphs and gives each its hints. */
function toParagraphs(lines: Line[], m: Metrics): ExtractedParagraph[] {
  const groups: Line[][] = [];
  let prev: Line | undefined;
  for (const line of lines) {
    if (startsParagraph(prev, line, m)) groups.push([line]);
    else groups.at(-1)!.push(line);
    prev = line;
  }
  const texts = groups.map(joinLines);
  return groups.map((g, i) => hints(g, texts[i]!, texts[i + 1], i === 0, m));
}

// ---------------------------------------------------------------------------------------------------
// The whole document
// ---------------------------------------------------------------------------------------------------

const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** Lays out the pages' runs into paragraphs, removing page furniture. Pure: the tests feed it runs directly. */
export function layoutPages(pages: PageText[], file: string): Extracted {
  const chars = pages.map((p) => p.runs.reduce((n, r) => n + charCount(r.text), 0));
  const total = chars.reduce((a, b) => a + b, 0);
  if (total < 20 || total < 10 * pages.length) {
    throw new InputError(file, undefined, 'this PDF has no text layer: it is a scanned image of the pages, without text',
      'ask the sender for the .docx (or .wps/.doc), or run OCR on the PDF (e.g. in WPS or Acrobat) and import the recognised text as .txt');
  }
  const unreadableChars = pages.flatMap((p) => p.runs.flatMap((r) => [...r.text])).filter((c) => /[\ue000-\uf8ff\ufffd\u0000-\u0008\u000e-\u001f]/u.test(c)).length;
  if (unreadableChars > 0.3 * total) {
    throw new InputError(file, undefined, 'the text of this PDF cannot be read: its fonts do not say which characters they draw (the text comes out as symbols)',
      'ask the sender for the .docx (or .wps/.doc), or run OCR on the PDF and import the recognised text as .txt');
  }

  const lines = pages.map((p, i) => toLines(p.runs, i));
  const taken: Furniture = new Map();
  // The pitch before furniture is known: a few header and footer lines do not move the median.
  const pitch = pitchOf(lines, bodySizeOf(lines.flat()));
  const sheets = pages.map((p) => ({ width: p.width, height: p.height, pitch }));
  findPageNumbers(lines, sheets, taken);
  findRunningHeaders(lines, sheets, taken);
  findColophon(lines, taken);

  const kept = lines.map((ls) => ls.filter((l) => !taken.has(l)));
  const metrics = measure(kept);
  const paragraphs = toParagraphs(kept.flat(), metrics);

  // In page order: what was left out of each page, then its furniture from the top down.
  const removed = pages.flatMap((p, i) => [
    ...p.skipped,
    ...lines[i]!.filter((l) => taken.has(l)).map((l) => ({ rule: taken.get(l)!, text: l.shown })),
  ]);
  const totalLines = lines.reduce((n, ls) => n + ls.length, 0);
  const notes = [`pdf: ${count(pages.length, 'page')}, ${count(totalLines, 'line')} → ${count(paragraphs.length, 'paragraph')}`];
  const labels: Record<string, string> = {
    'page-number': 'page numbers removed',
    'running-header': 'running header/footer lines removed',
    colophon: '版记 (抄送/印发) lines removed',
    'rotated-text': 'rotated text (watermark, stamp) left out',
    'off-page': 'text outside the page left out',
  };
  for (const [rule, label] of Object.entries(labels)) {
    const n = removed.filter((r) => r.rule === rule).length;
    if (n > 0) notes.push(`${label} ×${n}`);
  }
  const radicals = pages.reduce((n, p) => n + p.radicals, 0);
  if (radicals > 0) notes.push(`radical look-alikes read as ideographs (⻛ → 风) ×${radicals}`);
  const spaced = lines.flat().filter((l) => !taken.has(l) && l.letterSpaced).length;
  if (spaced > 0) notes.push(`letter-spaced lines read without their spaces ×${spaced}`);
  const empty = chars.map((n, i) => (n === 0 ? i + 1 : 0)).filter((n) => n > 0);
  if (empty.length > 0) notes.push(`no text on page ${empty.join(', ')} (blank, or a scanned image whose content is not imported)`);
  return finish('pdf', paragraphs, removed, notes);
}
