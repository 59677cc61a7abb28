import type { Removal, SourceLine } from '../types.ts';

/**
 * Lines that web pages add around a document. Each rule is a whole line; nothing inside the text matches.
 * Add a rule here (with a fixture) when a new site's junk turns up.
 */
export const SITE_JUNK_RULES: readonly RegExp[] = [
  /^(上一篇|下一篇)\s*[:：].*$/, // 下一篇:返回列表, 上一篇：…
  /^(返回列表|返回顶部|打印本页|关闭窗口|【打印】|【关闭】|分享到[:：]?.*)$/,
  /^(字号|字体)\s*[:：]\s*[大中小\s]+$/, // 字号：大 中 小
];

/** A scraper's marker in front of a repeated title, e.g. `〔*〕市委…要点`. */
const MARKER_RE = /^〔\*〕/;

/**
 * Removes listed site junk lines and `〔*〕` markers, and reports each removal.
 */
export function removeSiteJunk(lines: SourceLine[]): { lines: SourceLine[]; removed: Removal[] } {
  const removed: Removal[] = [];
  const out: SourceLine[] = [];
  for (const l of lines) {
    const t = l.text.trim();
    if (SITE_JUNK_RULES.some((re) => re.test(t))) {
      removed.push({ line: l.n, rule: 'site-junk', text: t });
      continue;
    }
    const m = MARKER_RE.exec(t);
    if (m) {
      removed.push({ line: l.n, rule: 'junk-marker', text: m[0] });
      out.push({ ...l, text: t.slice(m[0].length) });
      continue;
    }
    out.push(l);
  }
  return { lines: out, removed };
}

/**
 * Removes a line that repeats the line before it word for word (a page that shows its title twice).
 * Only the first two non-blank lines are compared: a repeated sentence inside the text is the text.
 */
export function removeDuplicateTitle(lines: SourceLine[]): { lines: SourceLine[]; removed: Removal[] } {
  const nonBlank = lines.filter((l) => l.text.trim() !== '');
  const [a, b] = nonBlank;
  if (!a || !b || a.text.trim() !== b.text.trim()) return { lines, removed: [] };
  return {
    lines: lines.filter((l) => l !== b),
    removed: [{ line: b.n, rule: 'duplicate-title', text: b.text.trim() }],
  };
}
