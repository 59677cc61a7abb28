import { InputError } from '../../errors.ts';
import { findMarkers, levelDepth, PointTracker, type LevelStyle, type Marker, type Numbered } from '../../text/numbering.ts';
import type { Block, Normalisation } from '../types.ts';
import type { Levels } from './levels.ts';

/** What a numbered piece opens. */
export type Role = 'section' | 'item' | 'point';

/** A paragraph of the body, or the part of one that a number opens. */
export interface Piece {
  line: number;
  /** The text as issued, its number (if any) included. */
  text: string;
  role?: Role;
  /** The number that opens the piece, for a section, item or point. */
  marker?: Numbered;
  /** The piece is a whole paragraph of the source (nothing cut off before or after it). */
  whole: boolean;
  /** The piece starts its paragraph: the paragraph's hints (heading, bold, gap) apply to it. */
  blockStart: boolean;
  /** The next number in the same paragraph cut the piece off (a heading run into what follows it). */
  cutOff: boolean;
  heading?: boolean;
  bold?: number;
  gapBefore?: boolean;
}

export interface Segmented {
  pieces: Piece[];
  changes: Normalisation[];
  warnings: string[];
  /** Anchors of parts whose number skips one, kept as issued. */
  skips: string[];
}

/** The longest text a heading runs into the next number with (`一、加强政治建设（一）深化…`). */
const MAX_RUN_IN_HEADING = 50;

/**
 * Cuts the body into pieces at the numbers that open sections, items and sub-points, reading the numbers
 * themselves rather than the line breaks: a paragraph that holds several parts (a text flattened onto one
 * line, items separated by spaces or run into one another after `。`) is split at each, and each split is
 * reported as `unflatten`. A number counts only where it continues its level's sequence: at the start of
 * a paragraph or after white space (where a skip of a number or two is kept and warned about, or any skip
 * after a hidden-text gap); after `。` only when it is exactly the next; right after other text only when
 * that text is a heading. Numbers inside sentences (`包括：1.…；2.…`) are text.
 *
 * Throws InputError for a section or item number at the start of a paragraph that repeats or goes back.
 */
export function segment(blocks: Block[], levels: Levels, file: string): Segmented {
  const state = new Sequence(levels, file);
  const pieces: Piece[] = [];
  const changes: Normalisation[] = [];
  for (const b of blocks) {
    if (b.gapBefore) state.gap = true;
    const cuts = state.cutsIn(b);
    const starts = cuts.length && cuts[0]!.marker.at === 0 ? cuts : [{ marker: undefined, role: undefined }, ...cuts];
    starts.forEach((cut, k) => {
      const from = cut.marker?.at ?? 0;
      const to = starts[k + 1]?.marker?.at ?? b.text.length;
      if (from > 0) changes.push({ line: b.line, rule: 'unflatten', detail: `${b.text.slice(Math.max(0, from - 6), from)} / ${b.text.slice(from, from + 8)}` });
      const text = b.text.slice(from, to).trim();
      if (!text) return;
      const piece: Piece = { line: b.line, text, whole: from === 0 && to === b.text.length, blockStart: from === 0, cutOff: to < b.text.length };
      if (cut.role) Object.assign(piece, { role: cut.role, marker: cut.marker });
      if (from === 0) Object.assign(piece, pick(b));
      pieces.push(piece);
    });
  }
  return { pieces, changes, warnings: state.warnings, skips: [...state.skips] };
}

function pick(b: Block): Partial<Piece> {
  return { ...(b.heading ? { heading: true } : {}), ...(b.bold ? { bold: b.bold } : {}), ...(b.gapBefore ? { gapBefore: true } : {}) };
}

/** Where each level's numbering has got to, and the rules for taking the next number. */
class Sequence {
  warnings: string[] = [];
  skips = new Set<string>();
  /** A hidden-text gap came since the last section or item: any number may follow it. */
  gap = false;
  private nextSection = 1;
  private section = 0;
  private nextItem = 1;
  private points: PointTracker | undefined;
  private readonly levels: Levels;
  private readonly file: string;
  constructor(levels: Levels, file: string) {
    this.levels = levels;
    this.file = file;
  }

  private roleOf(style: LevelStyle): Role | undefined {
    if (style === this.levels.section) return 'section';
    if (style === this.levels.item) return 'item';
    if (this.points && this.levels.item && levelDepth(style) > levelDepth(this.levels.item)) return 'point';
    return undefined;
  }

  /** The numbers in a paragraph that open parts, in order (taking each advances the sequence). */
  cutsIn(b: Block): { marker: Marker; role: Role }[] {
    const cuts: { marker: Marker; role: Role }[] = [];
    // Lists counting from 1 inside a sentence here (`包括：1.…；2.…`): the number each would take next.
    const inline = new Map<LevelStyle, number>();
    for (const m of findMarkers(b.text)) {
      const role = this.roleOf(m.style);
      const firm = m.place === 'start' || m.place === 'space';
      const listed = !firm && inline.get(m.style) === m.number;
      const taken = role !== undefined && m.place !== 'list' && !listed && this.take(m, role, b, cuts.at(-1)?.marker);
      if (taken) {
        cuts.push({ marker: m, role: role! });
        inline.clear();
      } else if (listed || (m.number === 1 && m.place !== 'start')) inline.set(m.style, m.number + 1);
    }
    return cuts;
  }

  private take(m: Marker, role: Role, b: Block, previous: Marker | undefined): boolean {
    if (m.place === 'run' && !headingRunsInto(b.text, previous, m)) return false;
    const firm = m.place === 'start' || m.place === 'space';
    const { expected, anchor } = this.expect(m, role);
    if (m.number < expected) {
      if (m.place === 'start' && role !== 'point') throw numberingError(this.file, b.line, role, m, expected);
      return false;
    }
    if (m.number > expected) {
      const small = m.number - expected <= 2;
      const skipOk = role === 'point' ? m.place === 'start' && small : m.place === 'start' || (m.place === 'space' && (small || this.gap));
      if (!firm || !skipOk) return false;
      this.skips.add(anchor);
      this.warnings.push(`line ${b.line}: ${describe(role)} ${m.marker} skips a number (expected ${expected}); kept as issued${this.gap ? ' (words are hidden just before it)' : ''}`);
    }
    this.advance(m, role, anchor, b.text.slice(m.at));
    return true;
  }

  private expect(m: Marker, role: Role): { expected: number; anchor: string } {
    if (role === 'section') return { expected: this.nextSection, anchor: `part-${m.number}` };
    if (role === 'item') {
      const bySection = this.levels.itemNumbering === 'section' && this.section > 0;
      return { expected: this.nextItem, anchor: bySection ? `item-${this.section}-${m.number}` : `item-${m.number}` };
    }
    return this.points!.expect(m)!;
  }

  private advance(m: Marker, role: Role, anchor: string, text: string): void {
    if (role === 'point') {
      this.points!.open(text, this.skips);
      return;
    }
    this.gap = false;
    if (role === 'section') {
      this.section = m.number;
      this.nextSection = m.number + 1;
      if (this.levels.itemNumbering === 'section') this.nextItem = 1;
      this.points = undefined;
    } else {
      this.nextItem = m.number + 1;
      this.points = new PointTracker(m.style, anchor);
    }
  }
}

/** A number right after text opens a part only when that text is a heading just opened in this paragraph. */
export function headingRunsInto(text: string, previous: Marker | undefined, m: Marker): boolean {
  if (!previous) return false;
  const heading = text.slice(previous.at + previous.marker.length, m.at).trim();
  return heading.length > 0 && [...heading].length <= MAX_RUN_IN_HEADING && !/[。；！？!?;]/u.test(heading);
}

const describe = (role: Role) => (role === 'section' ? '部分 (section)' : role === 'item' ? '条 (item)' : 'sub-point');

function numberingError(file: string, line: number, role: Role, m: Numbered, expected: number): InputError {
  const problem = m.number === expected - 1 ? 'repeats' : 'goes back';
  return new InputError(
    file,
    line,
    `${describe(role)} number ${m.marker} ${problem}: expected ${role === 'section' ? 'section' : 'item'} ${expected}`,
    'number the parts as issued (each level counts 1, 2, 3 …; items run on through the text or start again in each section), or, if this line only looks like a numbered part, join it to the paragraph before it',
  );
}
