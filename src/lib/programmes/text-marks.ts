/**
 * Marks in issued text that decide where a programme name may be found: quote marks, and the marks
 * that normalisation drops without them ending a phrase. Shared by the matcher, the registry and
 * candidate discovery.
 */

/** Opening quote marks: a name set in quotes starts right after one (“四风”, 「四风」, "四风"). */
export const OPENING_QUOTES = new Set(['“', '‘', '「', '『', '"', "'", '＂', '＇']);
/** Closing quote marks. Straight quotes open and close. */
export const CLOSING_QUOTES = new Set(['”', '’', '」', '』', '"', "'", '＂', '＇']);
const PAIRS = new Map([
  ['“', '”'],
  ['‘', '’'],
  ['「', '」'],
  ['『', '』'],
  ['"', '"'],
  ["'", "'"],
  ['＂', '＂'],
  ['＇', '＇'],
]);

/**
 * Marks that normalisation drops and that may stand inside a name: quotes, brackets, the middle dot of
 * `红岩先锋·四强支部` and `7·29`, dashes. Every other dropped mark (，、；。：！？, spaces, `+` …) ends a phrase:
 * a name is never found across it unless it is written in the name itself.
 */
const SOFT = new Set([...OPENING_QUOTES, ...CLOSING_QUOTES, '（', '）', '(', ')', '【', '】', '〔', '〕', '《', '》', '〈', '〉', '·', '・', '•', '‧', '-', '－', '–', '—']);

/** Of the characters normalisation drops, whether this one separates phrases (a comma does; a quote mark does not). */
export function isSeparator(ch: string): boolean {
  return !SOFT.has(ch);
}

/**
 * For the normalised form of `text` given by its `map` (normaliseWithMap, one entry per normalised code
 * point): `result[k]` is 1 when a separator stands in `text` between normalised characters k−1 and k.
 * One pass over the text.
 */
export function separatorsBefore(text: string, map: readonly number[]): Uint8Array {
  const out = new Uint8Array(map.length);
  for (let k = 1; k < map.length; k++) {
    // Original characters strictly between the two kept ones were all dropped by normalisation.
    const from = map[k - 1]! + charLength(text, map[k - 1]!);
    for (let i = from; i < map[k]!; i++) {
      if (isSeparator(text[i]!)) {
        out[k] = 1;
        break;
      }
    }
  }
  return out;
}

/** Length in UTF-16 units of the character at `i` (2 for an astral character). */
export function charLength(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && i + 1 < text.length ? 2 : 1;
}

/**
 * Widens `[start, end)` to take in the quote marks that belong to it, so that a mention reads as issued:
 * `“四强”党支部` rather than `四强”党支部`, `“双报到”` rather than `双报到`. A quote mark is taken in when
 * its partner is inside the span, or when the span is exactly the quoted words.
 */
export function widenToQuotes(text: string, start: number, end: number): [number, number] {
  // Inside the span: openings still waiting for their closing, and whether a closing came with no opening.
  let open = 0;
  let unopened = false;
  for (let i = start; i < end; i++) {
    const ch = text[i]!;
    const closes = CLOSING_QUOTES.has(ch) && (open > 0 || !OPENING_QUOTES.has(ch)); // a straight quote toggles
    if (closes) {
      if (open > 0) open--;
      else unopened = true;
    } else if (OPENING_QUOTES.has(ch)) open++;
  }
  const before = text[start - 1] ?? '';
  const after = text[end] ?? '';
  const exactlyQuoted = !unopened && open === 0 && OPENING_QUOTES.has(before) && after === PAIRS.get(before);
  const s = (unopened && OPENING_QUOTES.has(before)) || exactlyQuoted ? start - 1 : start;
  const e = (open > 0 && CLOSING_QUOTES.has(after)) || exactlyQuoted ? end + 1 : end;
  return [s, e];
}

/** Whether `[start, end)` of `text` stands directly inside quote marks: `“四风”`. */
export function isQuoted(text: string, start: number, end: number): boolean {
  const before = text[start - 1];
  const after = text[end];
  return before !== undefined && after !== undefined && OPENING_QUOTES.has(before) && CLOSING_QUOTES.has(after);
}
