import { readNumbered } from '../../text/numbering.ts';
import type { Block, Normalisation, SourceLine } from '../types.ts';
import { joinText } from './join-text.ts';
import { looksLikeTitle } from './title.ts';

/** How a source separates its paragraphs. */
export type Layout = 'blank-lines' | 'line-per-paragraph' | 'hard-wrapped';

/**
 * Tells how the source lays out paragraphs:
 * - `blank-lines`: paragraphs separated by blank lines (Word or Markdown exports);
 * - `hard-wrapped`: a PDF extraction, most lines cut at about the same width;
 * - `line-per-paragraph`: each line a paragraph (web scrapes).
 */
export function detectLayout(lines: SourceLine[]): Layout {
  const idx = lines.flatMap((l, i) => (l.text.trim() ? [i] : []));
  if (idx.length < 2) return 'line-per-paragraph';
  let gaps = 0;
  for (let k = 1; k < idx.length; k++) if (idx[k]! - idx[k - 1]! > 1) gaps++;
  if (gaps >= (idx.length - 1) / 2) return 'blank-lines';
  const lengths = idx.map((i) => [...lines[i]!.text.trim()].length).sort((a, b) => a - b);
  const width = lengths[Math.floor(lengths.length * 0.9)]!;
  const near = lengths.filter((n) => n >= width - 4 && n <= width).length;
  return idx.length >= 8 && width <= 60 && near >= lengths.length * 0.6 ? 'hard-wrapped' : 'line-per-paragraph';
}

/** Whether a line opens a part of the document (a heading, a title, a section or an item). */
function opensPart(line: SourceLine): boolean {
  const t = line.text.trim();
  return Boolean(line.heading || looksLikeTitle(t) || readNumbered(t));
}

/**
 * Groups lines into paragraphs (blocks) according to the layout, joining the lines of one paragraph.
 * Hard-wrapped lines are joined only after a full line (one ending well short of the wrap width ends its
 * paragraph or is a heading) and unless the next line opens a part; each join is reported. A line after a
 * hidden-text gap, or marked as a heading, always starts a block.
 */
export function buildBlocks(lines: SourceLine[], layout: Layout): { blocks: Block[]; changes: Normalisation[] } {
  const changes: Normalisation[] = [];
  const blocks: Block[] = [];
  const width = layout === 'hard-wrapped' ? wrapWidth(lines) : 0;
  let cur: Block | undefined;
  let prev: SourceLine | undefined;
  let gap = false;
  for (const line of lines) {
    const text = line.text.trim();
    gap ||= Boolean(line.gapBefore);
    if (text === '') {
      if (layout === 'blank-lines') cur = undefined;
      prev = undefined;
      continue;
    }
    let join = false;
    if (cur && prev && !cur.heading && !line.heading && !gap) {
      if (layout === 'blank-lines') join = true;
      else if (layout === 'hard-wrapped') {
        const full = [...prev.text.trim()].length >= width - 3;
        join = full && !opensPart(line) && !looksLikeTitle(prev.text.trim());
      }
    }
    if (join && cur) {
      changes.push({ line: line.n, rule: 'line-join', detail: `${cur.text.slice(-6)} / ${text.slice(0, 6)}` });
      cur.text = joinText(cur.text, text);
      cur.endLine = line.n;
    } else {
      cur = { line: line.n, endLine: line.n, text, ...(line.heading ? { heading: true } : {}), ...(line.bold ? { bold: line.bold - leading(line.text) } : {}), ...(gap ? { gapBefore: true } : {}) };
      blocks.push(cur);
    }
    gap = false;
    prev = line;
  }
  return { blocks, changes };
}

/** Spaces before the text, which trimming takes off (a bold count is of the untrimmed line). */
const leading = (text: string) => text.length - text.trimStart().length;

function wrapWidth(lines: SourceLine[]): number {
  const lengths = lines.map((l) => [...l.text.trim()].length).filter((n) => n > 0).sort((a, b) => a - b);
  return lengths[Math.floor(lengths.length * 0.9)] ?? 0;
}
