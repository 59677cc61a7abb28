import type { DraftEdition } from './draft.ts';

/** What a received text reads as. */
export interface DocumentKind {
  /** True for a 工作要点 (or 主要工作, 重点工作, 工作安排 …): what this site publishes. */
  yaodian: boolean;
  /** Why, in words for the person importing: `the title ends in 实施方案`. */
  reason: string;
}

/** Titles of the documents this site publishes. */
const YAODIAN_TITLE = /(要点|主要工作|重点工作|工作安排|工作计划|工作重点|任务清单)/u;
/** Other kinds of document, by the word their titles end in (the title before any 《》 is the notice's). */
const OTHER_TITLE: [RegExp, string][] = [
  [/(实施)?方案$/u, '方案 (plan)'],
  [/(办法|细则|规定|条例|规则|制度)$/u, '规章 (rules)'],
  [/(总结|报告|汇报)$/u, '总结/报告 (report)'],
  [/(讲话|致辞|发言)$/u, '讲话 (speech)'],
  [/(通报|决定|意见|批复|函)$/u, '公文 that is not a 要点'],
];
/** How news reports open: a dateline or an agency's mark. */
const NEWS_OPENING = /^(本报讯|新华社|人民网|中新网|央视网|[^，。]{0,12}讯[（(]|[^，。]{1,12}\d{1,2}月\d{1,2}日电|[^，。]{0,20}记者)/u;

/**
 * Tells whether a text is a 工作要点 before it is published as one. By the title (the 要点's own, else the
 * one the notice names in 《》, else the notice's): one naming 要点 / 主要工作 / 重点工作 … is; one ending
 * in 方案, 办法, 总结, 讲话 … is not. A text that opens like a news report (本报讯, a dateline, 记者) is not.
 * Without a title it is a 要点 when its body is numbered into parts (two sections or three items).
 */
export function classifyDocument(draft: DraftEdition): DocumentKind {
  const first = draft.preamble[0]?.text ?? draft.sections.find((s) => s.intro.length)?.intro[0]?.text ?? '';
  if (NEWS_OPENING.test(first)) return { yaodian: false, reason: `it opens like a news report ("${first.slice(0, 20)}…")` };
  const n = draft.notice;
  const named = n ? /《([^》]+)》/u.exec(n.title.text)?.[1] : undefined;
  const titles = [draft.title?.text, named, n?.title.text].filter((t): t is string => Boolean(t));
  for (const title of titles) {
    if (YAODIAN_TITLE.test(title)) return { yaodian: true, reason: `the title "${title}" names a 要点` };
    const other = OTHER_TITLE.find(([re]) => re.test(title.replace(/的通知$/u, '')));
    if (other) return { yaodian: false, reason: `the title "${title}" is that of a ${other[1]}` };
  }
  const sections = draft.sections.filter((s) => s.number > 0).length;
  const items = draft.sections.reduce((k, s) => k + s.items.length, 0);
  if (sections >= 2 || items >= 3 || (sections >= 1 && items >= 1)) return { yaodian: true, reason: `its text is numbered into ${sections} sections and ${items} items` };
  return { yaodian: false, reason: titles.length ? `the title "${titles[0]}" does not name a 要点 and the text has no numbered parts` : 'it has no title naming a 要点 and no numbered parts' };
}
