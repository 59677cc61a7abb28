import { fromChineseNumeral, toChineseNumeral } from './cjk.ts';

/**
 * How numbered parts look in issued texts. GB/T 9704-2012 §7.3.3 gives four levels of 结构层次, in this
 * order: `一、` → `（一）` → `1.` → `（1）`; an edition uses a run of them in that order (`一、`+`1.`,
 * `一、`+`（一）`+`1.`, `（一）` alone…). The importer (over raw text) and the edition parser (over heading
 * and paragraph text) read numbers only through this module, so they agree on what a number is.
 */

/** The four numbering levels, shallowest first. */
export const LEVEL_STYLES = ['chinese', 'paren-chinese', 'arabic', 'paren-arabic'] as const;
export type LevelStyle = (typeof LEVEL_STYLES)[number];

/** A number at the start of a text: `（三）加强…` → { style: 'paren-chinese', number: 3, marker: '（三）', … }. */
export interface Numbered {
  style: LevelStyle;
  number: number;
  /** The numeral as issued: `三` or `14`. */
  numeral: string;
  /** The number with its marks as issued: `三、`, `（三）`, `14.`, `(1)`. */
  marker: string;
  /** Whether white space stood between the marker and the text (`1. 标题` vs `1.标题`). */
  spaced: boolean;
  /** The text after the marker (and the space after it). */
  title: string;
}

const CN = '[一二三四五六七八九十]{1,3}';
// What may follow a number: Chinese text or an opening quote/bracket, never a digit or a unit, so that
// `5.5亿元`, `1-2个` and `（2025）` are not parts. `一、` and `（一）` are never followed by a digit either.
const TEXT_START = '[\\u3400-\\u9fff\\uf900-\\ufaff“‘《（(「『〔【"]';
const MARKER: Record<LevelStyle, string> = {
  chinese: `(${CN})、`,
  'paren-chinese': `[（(](${CN})[）)]`,
  arabic: '(\\d{1,3})[.．、]',
  'paren-arabic': '[（(](\\d{1,3})[）)]',
};
// A Chinese numeral is never part of a larger number, so `一、2025年…` is a part; an Arabic one may be.
const AFTER: Record<LevelStyle, string> = { chinese: '[^\\s、，。；]', 'paren-chinese': '[^\\s、，。；]', arabic: TEXT_START, 'paren-arabic': TEXT_START };
const AT_START: Record<LevelStyle, RegExp> = Object.fromEntries(
  LEVEL_STYLES.map((s) => [s, new RegExp(`^${MARKER[s]}([ \\t\\u3000]*)(?=${AFTER[s]}|$)`, 'u')]),
) as Record<LevelStyle, RegExp>;

/** Reads a number of any of the four levels at the start of a text; `styles` limits which are tried. */
export function readNumbered(text: string, styles: readonly LevelStyle[] = LEVEL_STYLES): Numbered | undefined {
  const t = text.trim();
  for (const style of styles) {
    const m = AT_START[style].exec(t);
    if (!m) continue;
    const numeral = m[1]!;
    const number = isChineseStyle(style) ? fromChineseNumeral(numeral) : Number(numeral);
    if (!number) continue;
    const marker = m[0].slice(0, m[0].length - m[2]!.length);
    return { style, number, numeral, marker, spaced: m[2]!.length > 0, title: t.slice(m[0].length).trim() };
  }
  return undefined;
}

const isChineseStyle = (style: LevelStyle) => style === 'chinese' || style === 'paren-chinese';

/** The depth of a style: 0 for `一、` … 3 for `（1）`. */
export function levelDepth(style: LevelStyle): number {
  return LEVEL_STYLES.indexOf(style);
}

/** The marker a style gives a number, in its usual full-width form: 3 → `三、`, `（三）`, `3.`, `（3）`. */
export function markerFor(style: LevelStyle, n: number): string {
  switch (style) {
    case 'chinese':
      return `${toChineseNumeral(n)}、`;
    case 'paren-chinese':
      return `（${toChineseNumeral(n)}）`;
    case 'arabic':
      return `${n}.`;
    case 'paren-arabic':
      return `（${n}）`;
  }
}

/** How a citation names a numbered part at a style: `第14条`, `第三条`, `第（三）项`, `第（3）项`. */
export function citeNumbered(style: LevelStyle, numeral: string): string {
  return style === 'paren-chinese' || style === 'paren-arabic' ? `第（${numeral}）项` : `第${numeral}条`;
}

/**
 * How firmly the place a number stands in says "a new part starts here":
 * - `start`: at the start of a paragraph;
 * - `space`: after white space (a text flattened onto one line keeps a space between its parts);
 * - `stop`: right after the end of a sentence (`。` `；` `！` `？`, through closing quotes);
 * - `list`: after `、` `，` `：` (an enumeration inside a sentence: `第一、二季度`, `包括：1.…`);
 * - `run`: right after other text (a heading run into what follows it without punctuation).
 */
export type MarkerPlace = 'start' | 'space' | 'stop' | 'list' | 'run';

/** A number found inside a text, where it stands, and how firmly. */
export interface Marker extends Numbered {
  /** Offset (UTF-16) of the marker in the text. */
  at: number;
  place: MarkerPlace;
}

const SCAN = new RegExp(`(?:${LEVEL_STYLES.map((s) => MARKER[s]).join('|')})`, 'gu');
const NUMERAL_BEFORE = /[一二三四五六七八九十百千零〇两第\d.．A-Za-z]/u;
const CLOSERS = /[”’」』》）)"']/u;

/**
 * Every number of the four levels that could open a part inside a text, in order, with its place.
 * Numbers that are part of a larger numeral or a reference (`十一、` read as `一、`, `第一、二`, `第（三）项`,
 * `3.5万`, `A1.`) are left out.
 * @example findMarkers('总要求。 一、走好第一方阵 1.深化建设。') // 一、 (space), 1. (space)
 */
export function findMarkers(text: string): Marker[] {
  const out: Marker[] = [];
  for (const m of text.matchAll(SCAN)) {
    const at = m.index;
    const before = text.slice(0, at);
    const prev = [...before].at(-1);
    if (prev && NUMERAL_BEFORE.test(prev)) continue;
    const n = readNumbered(text.slice(at));
    // readNumbered trims, so a match must start exactly here (not at a later marker of the trimmed text).
    if (!n || !text.startsWith(n.marker, at)) continue;
    out.push({ ...n, at, place: placeOf(before) });
  }
  return out;
}

function placeOf(before: string): MarkerPlace {
  if (before.trim() === '') return 'start';
  if (/\s$/u.test(before)) return 'space';
  const chars = [...before];
  let i = chars.length - 1;
  while (i > 0 && CLOSERS.test(chars[i]!)) i--;
  if (/[。！？；!?;]/u.test(chars[i]!)) return 'stop';
  if (/[、，,：:]/u.test(chars[i]!)) return 'list';
  return 'run';
}

/** A numbered sub-point inside an item (`1.` or `（1）` under a `（一）` item): the levels below the item's. */
export interface Point {
  style: LevelStyle;
  number: number;
  /** The number with its marks as issued: `1.`, `（2）`. */
  marker: string;
  /** 1 for the first level below the item, 2 below that. */
  depth: number;
  /** `item-14-2`, `item-2-3-1-2`: the item's anchor and the numbers down to this point. */
  anchor: string;
}

/**
 * Follows the numbered sub-points of one item as its paragraphs come, the way GB/T 9704 nests them: a
 * deeper level starts at 1 under the point above it; the same level runs on; a shallower level closes the
 * deeper ones. A paragraph opens a point only when its number is the next one (or a skip the edition lists
 * in `numberingSkips`); any other paragraph that happens to start with a number is text.
 * The importer and the parser both use it, so they agree on which paragraphs are points.
 */
export class PointTracker {
  private readonly stack: { style: LevelStyle; number: number }[] = [];
  private readonly itemStyle: LevelStyle;
  private readonly itemAnchor: string;
  constructor(itemStyle: LevelStyle, itemAnchor: string) {
    this.itemStyle = itemStyle;
    this.itemAnchor = itemAnchor;
  }

  /** Where a number would go: the number expected there and the anchor it would get; undefined if not a point. */
  expect(n: Numbered): { expected: number; anchor: string } | undefined {
    if (levelDepth(n.style) <= levelDepth(this.itemStyle)) return undefined;
    const stack = this.stack.filter((s) => levelDepth(s.style) <= levelDepth(n.style));
    const top = stack.at(-1);
    const same = top?.style === n.style;
    const path = [...(same ? stack.slice(0, -1) : stack).map((s) => s.number), n.number];
    return { expected: same ? top!.number + 1 : 1, anchor: `${this.itemAnchor}-${path.join('-')}` };
  }

  /** Opens the point a paragraph starts with, if it is one (`skips`: anchors whose number may skip). */
  open(text: string, skips: ReadonlySet<string>): Point | undefined {
    const n = readNumbered(text);
    const e = n && this.expect(n);
    if (!n || !e || !(n.number === e.expected || (n.number > e.expected && skips.has(e.anchor)))) return undefined;
    while (this.stack.length && levelDepth(this.stack.at(-1)!.style) >= levelDepth(n.style)) this.stack.pop();
    this.stack.push({ style: n.style, number: n.number });
    return { style: n.style, number: n.number, marker: n.marker, depth: this.stack.length, anchor: e.anchor };
  }
}
