/**
 * Chinese word segmentation for change sets, through the platform's ICU dictionary
 * (`Intl.Segmenter('zh', { granularity: 'word' })`), which Node and the browsers ship, so the build and the
 * compare page cut a text alike: `严格规范党员网络行为` → 严格 | 规范 | 党员 | 网络 | 行为. (ICU versions differ
 * a little between runtimes; a rare word may be cut differently.) Punctuation and spaces are tokens of their
 * own, so joining the tokens gives back the text exactly.
 */

/** One segment of a text. */
export interface Token {
  /** The characters as in the text. */
  text: string;
  /** A word (Chinese word, number, Latin word); false for punctuation and spaces. */
  word: boolean;
  /** The same number for the same characters, for as long as the process runs (tokenId). */
  id: number;
}

let segmenter: Intl.Segmenter | undefined;

/**
 * Texts and lines cut recently. A change page cuts every item to align the editions and then the changed
 * ones again, alone or joined with another item, to diff them; this saves the second cut. Bounded: emptied
 * when full. It never changes a result.
 *
 * Emptied by replacing the Map, not by clear(): V8's clear() leaves the entries in the discarded table, and
 * once the Map has reached the old generation that table keeps every token it held alive (and promoted)
 * until the next full collection. Emptied 50 times a second by the benchmark, that piled up ~15 MB of
 * survivors per young-generation collection, each pausing ~20 ms instead of ~1 ms.
 */
let memo = new Map<string, readonly Token[]>();
const MEMO_SIZE = 4000;

/**
 * Every token text met so far, numbered in order of first use, so diffs and similarity compare numbers
 * rather than strings. Never emptied (tokens cut before and after must agree); it holds the vocabulary of
 * the texts compared, tens of thousands of words for a large corpus.
 */
const ids = new Map<string, number>();

/** The number of a token text (a new one when first met). */
export function tokenId(text: string): number {
  let id = ids.get(text);
  if (id === undefined) ids.set(text, (id = ids.size));
  return id;
}

/** The line break, a token of its own (shared: tokens are never changed). */
const NEWLINE: Token = Object.freeze({ text: '\n', word: false, id: tokenId('\n') });

/** Empties the memo (the benchmark does, so each run pays for its own cutting). */
export function clearSegmentCache(): void {
  memo = new Map();
}

/** The one segmenter: building it loads ICU's dictionary, so it is made once, on first use. */
function zhSegmenter(): Intl.Segmenter {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  return segmenter;
}

/**
 * Cuts a text into words, punctuation and spaces, in order; `tokens.map((t) => t.text).join('')` is the text.
 *
 * A text of several lines is cut line by line: Unicode's word boundaries (UAX #29, rules WB3a and WB3b)
 * always break before and after a line feed, and ICU's dictionary only looks within a run of letters, so
 * the cut of `a\nb` is the cut of a, the line feed, the cut of b (tests/unit/changes/diff.test.ts checks
 * this on every committed text). Lines repeat across the two editions of a change set and in the joined
 * texts of splits and merges, so each is cut once. A text with a carriage return (CR LF is one token) is
 * cut whole.
 *
 * @example segmentText('抓好“四强”。') → 抓 好 “ 四 强 ” 。 (with word: true on 抓, 好, 四, 强)
 */
export function segmentText(text: string): readonly Token[] {
  let tokens = memo.get(text);
  if (tokens) return tokens;
  if (text.includes('\n') && !text.includes('\r')) {
    const cut: Token[] = [];
    let from = 0;
    for (let to = text.indexOf('\n'); ; to = text.indexOf('\n', from)) {
      const line = to < 0 ? text.slice(from) : text.slice(from, to);
      if (line) for (const t of segmentText(line)) cut.push(t);
      if (to < 0) break;
      cut.push(NEWLINE);
      from = to + 1;
    }
    tokens = cut;
  } else {
    const cut: Token[] = [];
    for (const s of zhSegmenter().segment(text)) cut.push({ text: s.segment, word: s.isWordLike === true, id: tokenId(s.segment) });
    tokens = cut;
  }
  if (memo.size >= MEMO_SIZE) memo = new Map();
  memo.set(text, tokens);
  return tokens;
}

/** Cuts a text with ICU in one piece, bypassing the memo and the line-by-line cut (for tests). */
export function segmentWhole(text: string): Token[] {
  return Array.from(zhSegmenter().segment(text), (s) => ({ text: s.segment, word: s.isWordLike === true, id: tokenId(s.segment) }));
}

/** Only the words of a text, in order (punctuation and spaces left out). */
export function segmentWords(text: string): string[] {
  const out: string[] = [];
  for (const t of segmentText(text)) if (t.word) out.push(t.text);
  return out;
}
