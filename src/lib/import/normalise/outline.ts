import { readItemNumber, readSectionLabel } from '../../text/numbering.ts';
import type { Block } from '../types.ts';

/** One entry of a 目录 (outline) printed before the text. */
export interface OutlineEntry {
  kind: 'section' | 'item';
  number: number;
  /** The label as printed: `一` for sections, `12` for items. */
  label: string;
  /** For items: the mark after the number (`.`). */
  mark?: string;
  title: string;
  line: number;
}

const MAX_ENTRY = 40;

/**
 * Takes a 目录 off the front of the text: three or more short numbered lines (sections `一、…`, items
 * `1.…`, no sentence punctuation) before anything else. Their entries are returned so that those never
 * reached by the body can be kept as outline-only parts; the lines themselves are reported as removed.
 */
export function extractOutline(blocks: Block[]): { blocks: Block[]; outline: OutlineEntry[] } {
  const outline: OutlineEntry[] = [];
  for (const b of blocks) {
    const t = b.text.trim();
    if (b.line !== b.endLine || [...t].length > MAX_ENTRY || /[。；！？]/u.test(t)) break;
    const sec = readSectionLabel(t);
    const item = sec ? undefined : readItemNumber(t);
    if (sec) outline.push({ kind: 'section', number: sec.number, label: sec.label, title: sec.title, line: b.line });
    else if (item) outline.push({ kind: 'item', number: item.number, label: String(item.number), mark: item.mark, title: item.title, line: b.line });
    else break;
  }
  if (outline.length < 3 || !outline.some((e) => e.kind === 'section')) return { blocks, outline: [] };
  return { blocks: blocks.slice(outline.length), outline };
}
