/**
 * Chinese word segmentation for change sets, through the platform's ICU dictionary
 * (`Intl.Segmenter('zh', { granularity: 'word' })`), which Node and the browsers ship, so the build and the
 * compare page cut a text alike: `严格规范党员网络行为` → 严格 | 规范 | 党员 | 网络 | 行为. (ICU versions differ
 * a little between runtimes; a rare word may be cut differently.) Punctuation and spaces are tokens of their
 * own, so joining the tokens gives back the text exactly.
 */
import { zhSegmenter } from '../text/words.ts';

/** One segment of a text. */
export interface Token {
  /** The characters as in the text. */
  text: string;
  /** A word (Chinese word, number, Latin word); false for punctuation and spaces. */
  word: boolean;
  /** The same number for the same characters, for as long as the process runs (tokenId). */
  id: number;
}

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
  const known = memo.get(text);
  if (known) return known;
  let tokens: Token[];
  if (text.includes('\n') && !text.includes('\r')) {
    const lines = text.split('\n');
    const cuts = cutLines(lines);
    tokens = [];
    for (let k = 0; k < lines.length; k++) {
      if (k > 0) tokens.push(NEWLINE);
      for (const t of cuts[k]!) tokens.push(t);
    }
  } else tokens = segmentWhole(text);
  remember(text, tokens);
  return tokens;
}

/**
 * Cuts the lines of all these texts that are not in the memo yet, in one call to ICU, and keeps them in
 * the memo: what segmentText would do text by text, at a lower cost per call. alignEditions calls it
 * with every item of both editions.
 */
export function segmentAll(texts: readonly string[]): void {
  const lines: string[] = [];
  for (const text of texts) if (!memo.has(text) && !text.includes('\r')) for (const line of text.split('\n')) lines.push(line);
  cutLines(lines);
}

/**
 * The tokens of each line (lines hold no line feed or carriage return): from the memo, or cut in one call
 * to ICU, the new lines joined by line feeds (always a token of their own) and the tokens split at them.
 */
function cutLines(lines: readonly string[]): (readonly Token[])[] {
  const cuts = new Map<string, readonly Token[]>();
  const fresh: string[] = [];
  for (const line of lines) {
    if (cuts.has(line)) continue;
    const known = line ? memo.get(line) : [];
    if (known) cuts.set(line, known);
    else {
      cuts.set(line, []);
      fresh.push(line);
    }
  }
  if (fresh.length === 1) cuts.set(fresh[0]!, segmentWhole(fresh[0]!));
  else if (fresh.length > 1) {
    let k = 0;
    let cut: Token[] = [];
    for (const s of zhSegmenter().segment(fresh.join('\n'))) {
      if (s.segment === '\n') {
        cuts.set(fresh[k++]!, cut);
        cut = [];
      } else cut.push({ text: s.segment, word: s.isWordLike === true, id: tokenId(s.segment) });
    }
    cuts.set(fresh[k]!, cut);
    if (k !== fresh.length - 1) throw new Error(`line feeds cut as ${k} tokens, expected ${fresh.length - 1}`);
  }
  for (const line of fresh) remember(line, cuts.get(line)!);
  return lines.map((line) => cuts.get(line)!);
}

function remember(text: string, tokens: readonly Token[]): void {
  if (memo.size >= MEMO_SIZE) memo = new Map();
  memo.set(text, tokens);
}

/** Cuts a text with ICU in one piece, bypassing the memo and the line-by-line cut. */
export function segmentWhole(text: string): Token[] {
  const out: Token[] = [];
  for (const s of zhSegmenter().segment(text)) out.push({ text: s.segment, word: s.isWordLike === true, id: tokenId(s.segment) });
  return out;
}

/** Only the words of a text, in order (punctuation and spaces left out). */
export function segmentWords(text: string): string[] {
  const out: string[] = [];
  for (const t of segmentText(text)) if (t.word) out.push(t.text);
  return out;
}
