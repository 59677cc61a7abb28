import { readNumbered, type LevelStyle } from '../../text/numbering.ts';
import type { DraftEdition, DraftSection } from '../draft.ts';
import type { Levels } from '../structure/levels.ts';
import type { Block } from '../types.ts';

/** One entry of a 目录 / 提纲 (outline) printed before the text. */
export interface OutlineEntry {
  style: LevelStyle;
  number: number;
  /** The number with its marks as printed: `一、`, `12.`, `（三）`. */
  marker: string;
  title: string;
  line: number;
}

/** What an outline takes out of the text: its entries, and the lines to report as removed. */
export interface Outline {
  entries: OutlineEntry[];
  /** Every block of the outline, its heading line (`【提纲】`) included. */
  lines: Block[];
}

const MAX_ENTRY = 40;
/** A line that announces an outline: `【提纲】`, `目录`, `提 纲`, `目  录：`. */
const OUTLINE_HEADING = /^[【〔［[]?\s*(提\s*纲|目\s*录)\s*[】〕］\]]?[：:]?$/u;

function entryOf(b: Block): OutlineEntry | undefined {
  const t = b.text.trim();
  if (b.line !== b.endLine || [...t].length > MAX_ENTRY || /[。；！？]/u.test(t)) return undefined;
  const n = readNumbered(t);
  return n && n.title ? { style: n.style, number: n.number, marker: n.marker, title: n.title, line: b.line } : undefined;
}

/**
 * Takes a 目录 / 提纲 out of the text: short numbered lines (no sentence punctuation) either at the very
 * front, three or more whose first number comes again after them (the text itself starting over), or
 * after a `【提纲】` / `目录` line among the first paragraphs. The entries are returned so that those the
 * body never reaches can be kept as outline-only parts; the lines are reported as removed.
 */
export function extractOutline(blocks: Block[]): { blocks: Block[]; outline: Outline } {
  const none = { blocks, outline: { entries: [], lines: [] } };
  const heading = blocks.slice(0, 12).findIndex((b) => OUTLINE_HEADING.test(b.text.trim()));
  const start = heading >= 0 ? heading + 1 : 0;
  const entries: OutlineEntry[] = [];
  for (const b of blocks.slice(start)) {
    const e = entryOf(b);
    if (!e) break;
    entries.push(e);
  }
  const first = entries[0];
  const after = blocks.slice(start + entries.length);
  const startsOver = first && after.some((b) => readNumbered(b.text)?.marker === first.marker);
  if (heading < 0 && (entries.length < 3 || !startsOver)) return none;
  if (heading >= 0 && entries.length === 0) return none;
  const end = start + entries.length;
  return { blocks: [...blocks.slice(0, Math.max(heading, 0)), ...blocks.slice(end)], outline: { entries, lines: blocks.slice(Math.max(heading, 0), end) } };
}

/**
 * Keeps the outline entries the body never reaches as outline-only parts, in their outline places, and
 * notes where an outline title differs from the body's. Entries below the item level are only reported.
 */
export function mergeOutline(draft: DraftEdition, entries: OutlineEntry[], levels: Levels): string[] {
  const warnings: string[] = [];
  let section: DraftSection | undefined = draft.sections.find((s) => s.number === 0);
  for (const e of entries) {
    if (e.style === levels.section) {
      section = draft.sections.find((s) => s.number === e.number);
      if (!section) {
        section = { number: e.number, marker: e.marker, style: e.style, title: { text: e.title, line: e.line }, intro: [], items: [], outlineOnly: true };
        draft.sections.push(section);
      } else if (!section.title.text.startsWith(e.title)) warnings.push(`outline line ${e.line}: section ${e.marker} is titled "${e.title}" in the outline, "${section.title.text}" in the text`);
      continue;
    }
    if (e.style !== levels.item) continue;
    const scope = draft.itemNumbering === 'section' && section ? section.items : draft.sections.flatMap((s) => s.items);
    const found = scope.find((i) => i.number === e.number);
    if (found) {
      if (found.title.text.replace(/[。！？]$/u, '') !== e.title) warnings.push(`outline line ${e.line}: item ${e.marker} is titled "${e.title}" in the outline, "${found.title.text}" in the text`);
      continue;
    }
    section ??= draft.sections.at(-1);
    if (!section) continue;
    section.items.push({ number: e.number, marker: e.marker, style: e.style, spaced: false, title: { text: e.title, line: e.line }, paragraphs: [], separate: true, outlineOnly: true });
  }
  draft.sections.sort((a, b) => a.number - b.number);
  for (const s of draft.sections) s.items.sort((a, b) => a.number - b.number);
  return warnings;
}
