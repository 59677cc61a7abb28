import { isCJK } from '../../text/cjk.ts';

const WIDE: Record<string, string> = { ',': '，', ':': '：', ';': '；', '?': '？', '!': '！', '(': '（', ')': '）' };
const isDigit = (ch: string | undefined) => ch !== undefined && ch >= '0' && ch <= '9';

/** Result of a text normaliser: the new text, how many places changed, and anything it left alone. */
export interface TextFix {
  text: string;
  count: number;
  warnings: string[];
}

/**
 * Half-width punctuation beside Chinese text → full width, as official documents set it.
 * `,:;?!()` change when a neighbour is Chinese (not between two digits: `1,000`, `10:30` stay);
 * straight quotes `"…"` become `“…”` in pairs, only when a paragraph has an even number of them.
 * Hyphens, dots and slashes are never touched (`1-2个`, `工委-机关党委`).
 * @example toFullWidth('是实现"十五五"规划,是') // { text: '是实现“十五五”规划，是', count: 3 }
 */
export function toFullWidth(text: string): TextFix {
  const warnings: string[] = [];
  let count = 0;
  let chars = [...text];
  const quotes = chars.flatMap((c, i) => (c === '"' ? [i] : []));
  if (quotes.length > 0) {
    const nearCJK = quotes.some((i) => isCJK(chars[i - 1]) || isCJK(chars[i + 1]));
    if (nearCJK && quotes.length % 2 === 0) {
      quotes.forEach((i, k) => (chars[i] = k % 2 === 0 ? '“' : '”'));
      count += quotes.length;
    } else if (nearCJK) {
      warnings.push(`odd number of straight quotes (${quotes.length}) left as they are: ${text.slice(0, 30)}…`);
    }
  }
  chars = chars.map((c, i) => {
    const wide = WIDE[c];
    if (!wide) return c;
    const prev = chars[i - 1];
    const next = chars[i + 1];
    if (isDigit(prev) && isDigit(next)) return c;
    if (!isCJK(prev) && !isCJK(next)) return c;
    count++;
    return wide;
  });
  return { text: chars.join(''), count, warnings };
}
