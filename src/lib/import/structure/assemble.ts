import { endsClosed } from '../../text/cjk.ts';
import type { DraftItem, DraftSection, Para } from '../draft.ts';
import { joinText } from '../normalise/join-text.ts';
import type { Normalisation } from '../types.ts';
import type { Levels } from './levels.ts';
import type { Piece } from './segment.ts';

/** The longest run-in title: a longer first sentence is the item's text, not its title. */
const MAX_TITLE = 60;
/** The longest section title run into its intro before a space, in a flattened text. */
const MAX_HEADING = 50;
/** The longest item title that stands on its own line, or before a space in a flattened text. */
const MAX_SEPARATE_TITLE = 40;

/** Whether a text reads as a heading alone: short, and no sentence or clause punctuation. */
export function isTitleOnly(text: string): boolean {
  return text.length > 0 && [...text].length <= MAX_SEPARATE_TITLE && !/[。；！？，,;!?]/u.test(text);
}

/** Splits a run-in item's first sentence off as its title: `深化政治机关建设。推动…` → title, body. */
export function splitRunInTitle(text: string): { title: string; body: string } | undefined {
  const m = /^[^。！？!?]*[。！？!?]/u.exec(text);
  if (!m || [...m[0]].length > MAX_TITLE || /\s/u.test(m[0])) return undefined;
  return { title: m[0], body: text.slice(m[0].length).trimStart() };
}

export interface Assembled {
  preamble: Para[];
  sections: DraftSection[];
  changes: Normalisation[];
  warnings: string[];
}

/**
 * Builds preamble, sections, items and their paragraphs from the pieces, in order. A heading's title is
 * what the source set apart: a heading line, a bold run, the first sentence of a run-in item, or (in a
 * flattened text) the words before the first space. A paragraph that does not end a sentence is joined
 * with the next one (a page break split it), unless a hidden-text gap stands between them or `rejoin` is
 * off (the paragraphs are a document's own); each join is reported. Sub-points stay paragraphs of their
 * item, their numbers first.
 */
export function assemble(pieces: Piece[], levels: Levels, { rejoin = true } = {}): Assembled {
  const out: Assembled = { preamble: [], sections: [], changes: [], warnings: [] };
  let section: DraftSection | undefined;
  let item: DraftItem | undefined;
  let last: Para | undefined;
  const container = () => (item ? item.paragraphs : section ? section.intro : out.preamble);
  const push = (list: Para[], p: Para) => {
    list.push(p);
    last = p;
  };

  for (const piece of pieces) {
    if (piece.gapBefore) {
      if (last) last.gapAfter = true;
      else out.warnings.push(`line ${piece.line}: words are hidden before any paragraph; the gap is not marked`);
    }
    if (piece.role === 'section') {
      const { title, rest } = splitHeading(piece);
      section = { number: piece.marker!.number, marker: piece.marker!.marker, style: piece.marker!.style, title: { text: title, line: piece.line }, intro: [], items: [] };
      out.sections.push(section);
      item = undefined;
      if (rest) push(section.intro, { text: rest, line: piece.line });
      continue;
    }
    if (piece.role === 'item') {
      if (!section) {
        section = { number: 0, marker: '', style: levels.section ?? piece.marker!.style, title: { text: '', line: piece.line }, intro: [], items: [] };
        out.sections.push(section);
      }
      const { title, body, separate } = splitItem(piece);
      item = { number: piece.marker!.number, marker: piece.marker!.marker, style: piece.marker!.style, spaced: piece.marker!.spaced, title: { text: title, line: piece.line }, paragraphs: [], separate };
      section.items.push(item);
      if (body) push(item.paragraphs, { text: body, line: piece.line });
      continue;
    }
    const list = container();
    const previous = list.at(-1);
    if (rejoin && !piece.role && previous && previous === last && !previous.gapAfter && !endsClosed(previous.text) && !opensHeadingPoint(previous, piece)) {
      out.changes.push({ line: piece.line, rule: 'page-break-join', detail: `${previous.text.slice(-6)} / ${piece.text.slice(0, 6)}` });
      previous.text = joinText(previous.text, piece.text);
      continue;
    }
    push(list, { text: piece.text, line: piece.line });
  }
  return out;
}

/** A sub-point set as a heading (`1.加强学习` alone on its line) is not a sentence cut by a page break. */
function opensHeadingPoint(previous: Para, piece: Piece): boolean {
  return piece.blockStart && /^(\d{1,3}[.．、]|[（(]\d{1,3}[）)])/u.test(previous.text) && isTitleOnly(previous.text.replace(/^(\d{1,3}[.．、]|[（(]\d{1,3}[）)])\s*/u, ''));
}

/** The text after a piece's number. */
const afterMarker = (piece: Piece) => piece.text.slice(piece.marker!.marker.length).trim();

/** The section's title, and any intro text the source ran into it. */
function splitHeading(piece: Piece): { title: string; rest?: string } {
  const text = afterMarker(piece);
  const bold = boldTitle(piece);
  if (bold) return bold.rest ? { title: bold.title, rest: bold.rest } : { title: bold.title };
  if (piece.whole || piece.heading || (piece.cutOff && !/\s/u.test(text))) return { title: text };
  const space = /\s/u.exec(text);
  const before = space ? text.slice(0, space.index) : '';
  if (space && before && !/[。；！？!?;]/u.test(before) && [...before].length <= MAX_HEADING) {
    return { title: before, rest: text.slice(space.index).trim() };
  }
  return { title: text };
}

/** The item's title and the text that follows it in the same paragraph, and whether the title stood apart. */
function splitItem(piece: Piece): { title: string; body?: string; separate: boolean } {
  const text = afterMarker(piece);
  if (piece.heading) return { title: text, separate: true };
  const bold = boldTitle(piece);
  if (bold) return bold.rest ? { title: bold.title, body: bold.rest, separate: false } : { title: bold.title, separate: true };
  if ((piece.whole || piece.cutOff) && (isTitleOnly(text) || (!/\s/u.test(text) && isTitleOnly(text.replace(/[。！？]$/u, ''))))) return { title: text, separate: true };
  // A first sentence is a title only when more text follows it; an item of one sentence has no title.
  const runIn = splitRunInTitle(text);
  if (runIn?.body) return { title: runIn.title, body: runIn.body, separate: false };
  // A heading run into its text without `。` keeps a space between them in a flattened text.
  const space = /\s/u.exec(text);
  if (space && isTitleOnly(text.slice(0, space.index))) return { title: text.slice(0, space.index), body: text.slice(space.index).trim(), separate: true };
  return { title: '', body: text || undefined, separate: false };
}

/** A bold run at the start of the paragraph, beyond the number: the title the document set in bold. */
function boldTitle(piece: Piece): { title: string; rest: string } | undefined {
  if (!piece.blockStart || !piece.bold || piece.bold <= piece.marker!.marker.length) return undefined;
  const title = piece.text.slice(piece.marker!.marker.length, piece.bold).trim();
  if (!title) return undefined;
  return { title, rest: piece.text.slice(piece.bold).trim() };
}
