/**
 * The words the search index holds, and the keys it holds them under. The same functions run at build time
 * (what an edition is indexed by) and in the browser (what a query asks for), so the two always agree.
 *
 * Why keys and not the words themselves: Pagefind matches every query word as a prefix (党 also finds 党建,
 * 党员, 党组织 … and it scores them all), and the browser cuts a query again with ICU before looking it up
 * (四风 becomes 四 | 风). Both made one-character words the slowest queries (measured on 1,000 editions:
 * 党 13 ms of index search, the same word matched exactly 2 ms). A key is a fixed-length hash of a token in
 * lower-case letters and digits: ICU keeps it whole, and no other key starts with it, so Pagefind finds
 * exactly the editions indexed under that token, and still ranks them by how often and where.
 */
import { normalise } from './normalise.ts';

/** Characters of a key; every key has exactly this many, so no key is a prefix of another. */
export const KEY_LENGTH = 8;

/** How many times one token counts per edition at most (see {@link editionTokens}). */
export const MAX_TOKEN_REPEATS = 3;

/** Longest run of one-character words indexed as one token (四风, 三会一课, 两优一先 …). */
export const MAX_RUN = 6;

/**
 * The key of a token: 41 bits of two FNV-1a hashes over its UTF-16 units, in base 36, padded to
 * {@link KEY_LENGTH}. Two tokens may share a key (about one pair in a vocabulary of a million); an edition
 * found through such a pair is only one more the page checks and drops.
 * @example searchKey('支部') // an 8-character string such as '0k3x9a1b'
 */
export function searchKey(token: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ token.length;
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
  }
  // 32 bits of one, 9 of the other: 2^41 < 36^8.
  const value = (a >>> 0) * 512 + ((b >>> 0) & 511);
  return value.toString(36).padStart(KEY_LENGTH, '0');
}

/**
 * Adds every substring of `text` of `min` to `max` characters (code points) to `into`. Most tokens are of
 * one UTF-16 unit a character and are sliced as they are; others are cut into code points first.
 */
function addPieces(text: string, min: number, max: number, into: (piece: string) => void): void {
  const chars = /[\ud800-\udfff]/.test(text) ? [...text] : text;
  for (let start = 0; start < chars.length; start++) {
    for (let len = min; len <= max && start + len <= chars.length; len++) into(typeof chars === 'string' ? chars.slice(start, start + len) : chars.slice(start, start + len).join(''));
  }
}

/** The number of characters (code points) of a word. */
const charCount = (word: string) => (word.length === 1 ? 1 : [...word].length);

/**
 * The tokens of a text, as the index holds them, with how often each counts: the text is cut at white space,
 * each piece normalised (the page matches phrases in normalised text too) and cut into words by ICU
 * (`segment`). The tokens are
 *   - every word, counted as often as it occurs (Pagefind ranks by that);
 *   - the pieces of two characters or more inside a word of three or more (支部 inside 党支部, should ICU
 *     cut a text's 党支部 whole and a query's 支部 alone);
 *   - every run of one-character words joined, and its pieces of two characters or more up to
 *     {@link MAX_RUN} (ICU cuts 四风 into 四 | 风, 三会一课 into 三 | 会 | 一课; a query for 四风 asks for the run,
 *     and 纠治四风 is cut 纠 | 治 | 四 | 风);
 *   - every character (a one-character query finds every edition with that character).
 * All but the words count once: they only make sure that a query finds what it should.
 * @example editionTokens('反对四风', icu) // Map { '反对' => 1, '四风' => 1, '反' => 1, '对' => 1, '四' => 1, '风' => 1 } (ICU: 反对 | 四 | 风)
 */
export function editionTokens(text: string, segment: (text: string) => string[]): Map<string, number> {
  const counts = new Map<string, number>();
  const once = (token: string) => {
    if (!counts.has(token)) counts.set(token, 1);
  };
  for (const piece of text.split(/\s+/)) {
    const normalised = normalise(piece);
    if (!normalised) continue;
    let run = '';
    let runLength = 0;
    const closeRun = () => {
      if (runLength >= 2) addPieces(run, 2, MAX_RUN, once);
      run = '';
      runLength = 0;
    };
    for (const word of segment(normalised)) {
      const n = charCount(word);
      if (n === 1) {
        run += word;
        runLength++;
        continue;
      }
      closeRun();
      counts.set(word, (counts.get(word) ?? 0) + 1);
      if (n >= 3) addPieces(word, 2, n - 1, once);
    }
    closeRun();
    for (const ch of normalised) once(ch);
  }
  return counts;
}

/** Keys already made: editions share most of their tokens (the index build makes some 2,500 an edition). */
const keyCache = new Map<string, string>();
function cachedKey(token: string): string {
  let key = keyCache.get(token);
  if (key === undefined) {
    if (keyCache.size >= 1_000_000) keyCache.clear();
    key = searchKey(token);
    keyCache.set(token, key);
  }
  return key;
}

/**
 * What an edition is indexed by: the key of every token of its text, each as often as the token occurs up to
 * {@link MAX_TOKEN_REPEATS} times (Pagefind ranks by how often; more would only grow the index), separated
 * by spaces, in the order the tokens first occur.
 */
export function indexedKeys(text: string, segment: (text: string) => string[]): string {
  const out: string[] = [];
  for (const [token, n] of editionTokens(text, segment)) {
    const key = cachedKey(token);
    for (let k = 0; k < Math.min(n, MAX_TOKEN_REPEATS); k++) out.push(key);
  }
  return out.join(' ');
}

/**
 * The tokens a query phrase is looked up by (normalised phrases, as `parseQuery` gives them): its words of
 * two characters or more, and its runs of one-character words joined (cut into pieces of at most
 * {@link MAX_RUN}); a phrase with neither (党) by its characters. Every edition that contains the phrase
 * holds these tokens wherever ICU cuts the phrase in the edition as it cuts it alone, or inside a longer
 * word (see {@link editionTokens}).
 * @example phraseTokens('四强党支部', icu) // ['四强党', '支部'] (ICU: 四 | 强 | 党 | 支部)
 */
export function phraseTokens(phrase: string, segment: (text: string) => string[]): string[] {
  const tokens: string[] = [];
  let run: string[] = [];
  const closeRun = () => {
    for (let i = 0; run.length >= 2 && i < run.length; i += MAX_RUN) {
      const piece = run.slice(i, i + MAX_RUN);
      // A last piece of one character is joined to the run's end instead (runs of 7: 6 + the last 2).
      tokens.push((piece.length >= 2 ? piece : run.slice(run.length - 2)).join(''));
    }
    run = [];
  };
  for (const word of segment(phrase)) {
    if ([...word].length === 1) {
      run.push(word);
      continue;
    }
    // A lone character between two words belongs to neither: it is still checked in the text.
    closeRun();
    tokens.push(word);
  }
  const singles = run.length === 1 && tokens.length === 0 ? run : [];
  closeRun();
  if (tokens.length === 0) tokens.push(...(singles.length ? singles : [...phrase]));
  return [...new Set(tokens)];
}

/**
 * The query for the index: the keys of every phrase's tokens (see {@link phraseTokens}), less those of
 * tokens found in most editions (`common`, counted at build time) while others remain: they narrow nothing
 * and their postings are the longest. The index then finds a superset of the editions that contain the
 * phrases; the page checks the phrases in each edition it shows.
 * @example indexQuery(['模范机关'], icu, new Set(['机关'])) // searchKey('模范')
 */
export function indexQuery(terms: readonly string[], segment: (text: string) => string[], common: ReadonlySet<string> = new Set()): string {
  const tokens = [...new Set(terms.flatMap((t) => phraseTokens(t, segment)))];
  const rare = tokens.filter((t) => !common.has(t));
  return (rare.length ? rare : tokens).map(searchKey).join(' ');
}
