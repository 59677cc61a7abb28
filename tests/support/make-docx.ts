/**
 * Test support: writes real .docx files with the `docx` library, the way Word or WPS would save them, so the
 * importer's .docx reader is tested on WordprocessingML it did not write itself.
 * - makeDocx(blocks): any case from a small description (runs with bold/colour/size, heading styles,
 *   automatic list numbering, tables, tracked changes);
 * - editionToDocx(edition): an edition of this site as an office issues it (red 版头, notice, title, parts, items).
 */
import {
  AlignmentType, DeletedTextRun, Document, HeadingLevel, InsertedTextRun, LevelFormat, Packer, Paragraph, Table, TableCell,
  TableRow, TextRun,
} from 'docx';
import JSZip from 'jszip';
import type { Edition } from '../../src/lib/edition/model.ts';
import { itemHeading } from '../../src/lib/edition/plain-text.ts';
import { formatChineseDate } from '../../src/lib/text/date.ts';
import { levelDepth, markerFor, type LevelStyle } from '../../src/lib/text/numbering.ts';

export interface RunSpec {
  text: string;
  bold?: boolean;
  /** Hex colour, e.g. 'FF0000'. */
  color?: string;
  /** Font size in points. */
  size?: number;
  font?: string;
  /** A tracked change: inserted text is visible, deleted text is not. */
  revision?: 'inserted' | 'deleted';
}

export interface ParagraphSpec {
  /** Runs in order; a string is a plain run. */
  runs: (RunSpec | string)[];
  /** Built-in Heading 1..6 style. */
  heading?: 1 | 2 | 3 | 4 | 5 | 6;
  /** A paragraph style id, one of `options.styles` (or a built-in id). */
  style?: string;
  align?: 'left' | 'center' | 'right';
  /** Word automatic numbering: a level of a list definition; `instance` > 0 starts the list again (a new w:num). */
  list?: { reference: string; level: number; instance?: number };
}

export interface TableSpec {
  /** Rows of cells; a cell is its paragraphs (a string is one plain paragraph). */
  rows: (string | ParagraphSpec)[][][];
}

export type Block = string | ParagraphSpec | TableSpec;

export interface ListDefinition {
  reference: string;
  levels: { text: string; format: 'chineseCounting' | 'decimal' | 'bullet' | 'none'; start?: number }[];
}

export interface StyleDefinition {
  id: string;
  name: string;
  basedOn?: string;
  bold?: boolean;
}

/** The four levels of GB/T 9704 §7.3.3 as a Word list: 一、 → （一） → 1. → （1）. */
export const GONGWEN_LIST: ListDefinition = {
  reference: 'gongwen',
  levels: [
    { text: '%1、', format: 'chineseCounting' },
    { text: '（%2）', format: 'chineseCounting' },
    { text: '%3.', format: 'decimal' },
    { text: '（%4）', format: 'decimal' },
  ],
};
export const BULLET_LIST: ListDefinition = { reference: 'bullets', levels: [{ text: '●', format: 'bullet' }, { text: '○', format: 'bullet' }] };

const FORMATS = { chineseCounting: LevelFormat.CHINESE_COUNTING, decimal: LevelFormat.DECIMAL, bullet: LevelFormat.BULLET, none: LevelFormat.NONE };
const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT };
const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5, HeadingLevel.HEADING_6];

/** A .docx of the given blocks. The gongwen and bullet lists are always defined; `lists` adds more. */
export async function makeDocx(blocks: Block[], options: { lists?: ListDefinition[]; styles?: StyleDefinition[] } = {}): Promise<Uint8Array> {
  const lists = [GONGWEN_LIST, BULLET_LIST, ...(options.lists ?? [])];
  let revision = 1;
  const run = (r: RunSpec | string) => {
    const spec = typeof r === 'string' ? { text: r } : r;
    const props = { text: spec.text, bold: spec.bold, color: spec.color, size: spec.size === undefined ? undefined : spec.size * 2, font: spec.font };
    const change = { id: revision++, author: '审核人', date: '2026-03-01T09:00:00Z' };
    if (spec.revision === 'inserted') return new InsertedTextRun({ ...props, ...change });
    if (spec.revision === 'deleted') return new DeletedTextRun({ ...props, ...change });
    return new TextRun(props);
  };
  const paragraph = (b: string | ParagraphSpec) => {
    const p = typeof b === 'string' ? { runs: [b] } : b;
    return new Paragraph({
      children: p.runs.map(run),
      heading: p.heading ? HEADINGS[p.heading - 1] : undefined,
      style: p.style,
      alignment: p.align ? ALIGN[p.align] : undefined,
      numbering: p.list ? { reference: p.list.reference, level: p.list.level, instance: p.list.instance ?? 0 } : undefined,
    });
  };
  const children = blocks.map((b) =>
    typeof b === 'object' && 'rows' in b
      ? new Table({ rows: b.rows.map((cells) => new TableRow({ children: cells.map((cell) => new TableCell({ children: cell.map(paragraph) })) })) })
      : paragraph(b));
  const doc = new Document({
    creator: 'yaodian tests',
    styles: {
      paragraphStyles: (options.styles ?? []).map((s) => ({ id: s.id, name: s.name, basedOn: s.basedOn, run: s.bold ? { bold: true } : undefined })),
    },
    numbering: {
      config: lists.map((l) => ({
        reference: l.reference,
        levels: l.levels.map((v, level) => ({ level, text: v.text, format: FORMATS[v.format], start: v.start ?? 1, alignment: AlignmentType.LEFT })),
      })),
    },
    sections: [{ children }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

/** Rewrites one part of a .docx package (e.g. word/numbering.xml), for cases the docx library does not write. */
export async function rewriteDocxPart(bytes: Uint8Array, part: string, edit: (xml: string) => string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  zip.file(part, edit(await zip.file(part)!.async('string')));
  return zip.generateAsync({ type: 'uint8array' });
}

/**
 * An edition as an office writes it in Word: the notice (red 版头 in a large font, 发文字号, title, 主送, body,
 * 落款, date), the 要点's title (unless an editor supplied it), preamble, each part heading, part intro and
 * item; a run-in item is one paragraph whose bold run is its number and title. Outline-only parts are not in
 * the issued body: when there are any, the document opens with the 目录 they were known from (a `目录` line,
 * then every part's heading), as the source did. Its other paragraph texts are exactly `editionText(edition).main`.
 *
 * `autoNumbering`: part and item numbers as Word automatic list numbering (GONGWEN_LIST) instead of typed text.
 */
export async function editionToDocx(edition: Edition, options: { autoNumbering?: boolean } = {}): Promise<Uint8Array> {
  const body = (text: string): ParagraphSpec => ({ runs: [{ text, font: '仿宋_GB2312', size: 16 }] });
  const blocks: ParagraphSpec[] = [];
  const n = edition.notice;
  if (n) {
    blocks.push(
      { runs: [{ text: n.banner, color: 'FF0000', size: 36, font: '方正小标宋简体' }], align: 'center' },
      { runs: [{ text: n.docNumber, size: 16 }], align: 'center' },
      { runs: [{ text: n.title, size: 22, font: '方正小标宋简体' }], align: 'center' },
      body(n.recipients),
      ...n.body.map(body),
      { ...body(n.signature), align: 'right' },
      { ...body(formatChineseDate(n.date)), align: 'right' },
    );
  }
  if (edition.sections.some((x) => x.outlineOnly || x.items.some((i) => i.outlineOnly))) {
    blocks.push({ runs: ['目录'], align: 'center' });
    for (const x of edition.sections) {
      if (x.number > 0) blocks.push(body(x.heading));
      blocks.push(...x.items.map((i) => body(itemHeading(i).replace(/[。！？]$/u, ''))));
    }
  }
  if (!edition.titleSupplied) blocks.push({ runs: [{ text: edition.title, size: 22, font: '方正小标宋简体' }], align: 'center' });
  blocks.push(...edition.preamble.map((p) => body(p.text)));

  // Automatic numbering: each run of consecutive numbers at a level is one list, started at its first number.
  const lists: ListDefinition[] = [];
  const next = new Map<LevelStyle, { reference: string; expect: number }>();
  const numbered = (style: LevelStyle, number: number, full: string): { list?: ParagraphSpec['list']; text: string } => {
    const marker = markerFor(style, number);
    if (!options.autoNumbering || !full.startsWith(marker)) return { text: full };
    let current = next.get(style);
    if (!current || current.expect !== number) {
      const reference = `gongwen-${lists.length + 1}`;
      lists.push({ reference, levels: GONGWEN_LIST.levels.map((l, k) => (k === levelDepth(style) ? { ...l, start: number } : l)) });
      current = { reference, expect: number };
      next.set(style, current);
    }
    current.expect = number + 1;
    return { list: { reference: current.reference, level: levelDepth(style) }, text: full.slice(marker.length) };
  };

  for (const s of edition.sections) {
    if (s.number > 0 && !s.outlineOnly) {
      const { list, text } = numbered(s.style, s.number, s.heading);
      blocks.push({ runs: [{ text, font: '黑体', size: 16 }], list });
    }
    blocks.push(...s.intro.map((p) => body(p.text)));
    for (const it of s.items) {
      if (it.outlineOnly) continue;
      const { list, text } = numbered(it.style, it.issued, itemHeading(it));
      const title: RunSpec = { text, bold: true, font: '楷体_GB2312', size: 16 };
      const [first, ...rest] = it.paragraphs.map((p) => p.text);
      if (edition.itemLayout === 'run-in' && first !== undefined) {
        blocks.push({ runs: [title, { text: first, font: '仿宋_GB2312', size: 16 }], list }, ...rest.map(body));
      } else {
        blocks.push({ runs: [title], list }, ...it.paragraphs.map((p) => body(p.text)));
      }
    }
  }
  return makeDocx(blocks, { lists });
}
