/**
 * Character classes for Chinese official-document text.
 * Pure helpers shared by the importer, the parser and the round-trip check.
 */

/** A Han character (CJK Unified Ideographs, extension A, compatibility ideographs). */
export function isHan(ch: string | undefined): boolean {
  if (!ch) return false;
  return /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/u.test(ch);
}

/** Full-width CJK punctuation and brackets, e.g. `，。、《》“”（）〔〕`. */
export function isCJKPunctuation(ch: string | undefined): boolean {
  if (!ch) return false;
  return /[\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65\u2018\u2019\u201c\u201d\u2014\u2026\u00b7]/u.test(ch);
}

/** Han or CJK punctuation: the characters between which a space is never part of the words. */
export function isCJK(ch: string | undefined): boolean {
  return isHan(ch) || isCJKPunctuation(ch);
}

/** Marks that end a sentence or a clause that may end a paragraph. */
const CLOSING = new Set(['。', '！', '？', '；', '…', '.', '!', '?', ';']);
/** Marks that may follow a closing mark without reopening the sentence. */
const TRAILING = new Set(['”', '’', '」', '』', '）', ')', '》', '"', '\'']);

/**
 * Whether a paragraph ends with closing punctuation (`。！？；…`), looking through
 * trailing quotes and brackets: `……落实。”` is closed, `开展“回头看”` is not.
 * A paragraph that is not closed was cut by a page break or by the end of the source.
 */
export function endsClosed(text: string): boolean {
  const chars = [...text.trimEnd()];
  let i = chars.length - 1;
  while (i >= 0 && TRAILING.has(chars[i]!)) i--;
  return i >= 0 && CLOSING.has(chars[i]!);
}

/** Chinese numerals for section labels, 一 … 九十九. */
const DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 23 → 二十三. */
export function toChineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) throw new RangeError(`no section label for ${n}`);
  if (n < 10) return DIGITS[n]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : DIGITS[tens]}十${DIGITS[ones]}`;
}

/** 一 → 1, 十二 → 12, 二十 → 20; undefined when the text is not a numeral. */
export function fromChineseNumeral(label: string): number | undefined {
  for (let n = 1; n < 100; n++) if (toChineseNumeral(n) === label) return n;
  return undefined;
}
