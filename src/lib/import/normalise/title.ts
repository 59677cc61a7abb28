/** What the title of a 要点 ends with. */
const TITLE_END_RE = /(要点|主要工作|工作安排|工作计划|重点工作|工作意见)$/u;

/**
 * Whether a line reads as the title of a work-points document: short, no sentence punctuation,
 * ending in 要点 / 主要工作 / …  `2025年中央和国家机关党的建设主要工作` is one; a sentence is not.
 */
export function looksLikeTitle(text: string): boolean {
  const t = text.trim();
  return t.length >= 6 && t.length <= 80 && !/[。；！？，,;]/u.test(t) && TITLE_END_RE.test(t);
}
