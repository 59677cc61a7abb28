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

/** What the titles of other official documents end with (a plan, rules, a notice, a report …). */
const DOCUMENT_END_RE = /(方案|办法|细则|规定|条例|规则|通知|意见|报告|总结|讲话|决定|通报|计划|安排|清单|制度|纪要)$/u;

/**
 * Whether a line reads as the title of an official document of any kind (`关于开展…的实施方案`): short, no
 * sentence punctuation, ending in what such titles end with. Used to find the title of a text that turns
 * out not to be a 要点, so that the importer can say what it is.
 */
export function looksLikeDocumentTitle(text: string): boolean {
  const t = text.trim();
  return looksLikeTitle(t) || (t.length >= 6 && t.length <= 80 && !/[。；！？，,;]/u.test(t) && DOCUMENT_END_RE.test(t));
}
