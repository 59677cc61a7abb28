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
}

let segmenter: Intl.Segmenter | undefined;

/**
 * Texts cut recently. A change page cuts every item to align the editions and then the changed ones again
 * to diff them; this saves the second cut. Bounded: emptied when full. It never changes a result.
 */
const memo = new Map<string, readonly Token[]>();
const MEMO_SIZE = 2000;

/** Empties the memo (the benchmark does, so each run pays for its own cutting). */
export function clearSegmentCache(): void {
  memo.clear();
}

/** The one segmenter: building it loads ICU's dictionary, so it is made once, on first use. */
function zhSegmenter(): Intl.Segmenter {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  return segmenter;
}

/**
 * Cuts a text into words, punctuation and spaces, in order; `tokens.map((t) => t.text).join('')` is the text.
 *
 * @example segmentText('抓好“四强”。') → 抓 好 “ 四 强 ” 。 (with word: true on 抓, 好, 四, 强)
 */
export function segmentText(text: string): readonly Token[] {
  let tokens = memo.get(text);
  if (tokens) return tokens;
  const cut: Token[] = [];
  for (const s of zhSegmenter().segment(text)) cut.push({ text: s.segment, word: s.isWordLike === true });
  if (memo.size >= MEMO_SIZE) memo.clear();
  memo.set(text, (tokens = cut));
  return tokens;
}

/** Only the words of a text, in order (punctuation and spaces left out). */
export function segmentWords(text: string): string[] {
  return segmentText(text).flatMap((t) => (t.word ? [t.text] : []));
}
