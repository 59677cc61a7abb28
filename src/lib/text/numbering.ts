import { fromChineseNumeral } from './cjk.ts';

/**
 * How numbered parts look in issued texts: sections `一、标题`, items `1.标题` (also `1．` and `1、`).
 * Both the importer (over raw text) and the edition parser (over heading text) read numbers through
 * these two functions, so they agree on what a number is.
 */

/** A section label: `一、深化…` → { number: 1, label: '一', title: '深化…' }. */
export interface SectionLabel {
  number: number;
  label: string;
  title: string;
}

/** An item number: `14. 压紧压实…` → { number: 14, mark: '.', title: '压紧压实…' }. */
export interface ItemNumber {
  number: number;
  /** The mark after the number as issued: `.`, `．` or `、`. */
  mark: string;
  /** Whether a space stood between the mark and the text (`1. 标题` vs `1.标题`). */
  spaced: boolean;
  title: string;
}

const SECTION_RE = /^([一二三四五六七八九十]{1,3})、\s*(\S[\s\S]*)$/u;
// An item number is followed by Chinese text or an opening quote/bracket, never by a digit:
// `5.5亿元` and `1-2个` are not items.
const ITEM_RE = /^(\d{1,3})([.．、])(\s*)(?=[\u4e00-\u9fff“‘《（(「"〔【])([\s\S]+)$/u;

/** Reads a section label at the start of a text. */
export function readSectionLabel(text: string): SectionLabel | undefined {
  const m = SECTION_RE.exec(text.trim());
  if (!m) return undefined;
  const number = fromChineseNumeral(m[1]!);
  if (number === undefined) return undefined;
  return { number, label: m[1]!, title: m[2]!.trim() };
}

/** Reads an item number at the start of a text. */
export function readItemNumber(text: string): ItemNumber | undefined {
  const m = ITEM_RE.exec(text.trim());
  if (!m) return undefined;
  return { number: Number(m[1]), mark: m[2]!, spaced: m[3]!.length > 0, title: m[4]!.trim() };
}
