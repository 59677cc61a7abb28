import type { Removal, SourceLine } from '../types.ts';

/**
 * Lines that web pages add around a document. Each rule is a whole line; nothing inside the text matches.
 * Add a rule here (with a fixture) when a new site's junk turns up.
 */
export const SITE_JUNK_RULES: readonly RegExp[] = [
  /^(上一篇|下一篇)\s*[:：].*$/, // 下一篇:返回列表, 上一篇：…
  /^(返回列表|返回顶部|返回首页|打印本页|关闭窗口|【打印】|【关闭】|【打印本页】|【关闭窗口】|分享到[:：]?.*)$/,
  /^【?(字号|字体)\s*[:：]\s*[大中小默认\s]+】?$/, // 字号：大 中 小
  /^(发布|发表|更新)?(时间|日期)\s*[:：]\s*\d{4}[-年./]\d{1,2}[-月./]\d{1,2}日?(\s*\d{1,2}:\d{2}(:\d{2})?)?(\s+(来源|作者|浏览|点击)\s*[:：].*)?$/,
  /^(责任编辑|编辑|审核|校对|供稿)\s*[:：]\s*\S{1,12}$/,
  /^(来源|信息来源|文章来源)\s*[:：]\s*\S{1,30}$/,
  /^(浏览|阅读|点击)(次数|量)?\s*[:：]?\s*\d+\s*次?$/,
  /^扫一扫.{0,10}(手机|二维码).{0,10}$/,
];

/** A scraper's marker in front of a repeated title, e.g. `〔*〕市委…要点`. */
const MARKER_RE = /^〔\*〕/;

/**
 * A paywall's or document site's marker where it hides part of the text: `---此处隐藏1234字,下载后查看---`,
 * `……此处隐藏3129字……`, `剩余5页未读，继续阅读`, `试读已结束，下载后查看全文`. The words on both sides are
 * the issued text; the marker is not, and what it hid is lost (the edition marks the place as a gap).
 */
export const HIDDEN_MARKERS: readonly RegExp[] = [
  /[-—–_=.…·\s]*此处(已)?隐藏(了)?\s*\d*\s*(个)?字[^-—–…\n]{0,12}[-—–_=.…·\s]*/gu,
  /[-—–.…\s]*(剩余|还剩|余下)\s*\d+\s*页未读[，,。]?\s*(继续阅读|点击阅读全文|阅读全文)?[-—–.…\s]*/gu,
  /[-—–.…\s]*试读已结束[，,。]?\s*([^-—–…\n]{0,12}(下载|购买|付费)[^-—–…\n]{0,8})?[-—–.…\s]*/gu,
  /[-—–.…\s]*(全文|内容)(较长|过长)?[，,]?\s*(请)?(下载|登录|付费)后(查看|阅读)(全文|完整内容)?[-—–.…\s]*/gu,
];

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
 * Takes hidden-text markers out of the text, keeping the words on both sides: a line holding one is cut
 * there, and what follows (on the same line or the next one) is marked as coming after a gap, so it is
 * never joined back to what precedes it. Each marker is reported with its line.
 * @example removeHiddenMarkers([{n:4,text:'推进落实---此处隐藏1200字,下载后查看---三、加强作风'}]) // '推进落实' | gap | '三、加强作风'
 */
export function removeHiddenMarkers(lines: SourceLine[]): { lines: SourceLine[]; removed: Removal[] } {
  const removed: Removal[] = [];
  const out: SourceLine[] = [];
  let pendingGap = false;
  for (const l of lines) {
    const found = HIDDEN_MARKERS.flatMap((re) => [...l.text.matchAll(re)]).filter((m) => m[0].trim() !== '').sort((a, b) => a.index - b.index);
    if (found.length === 0) {
      if (pendingGap && l.text.trim() !== '') {
        out.push({ ...l, gapBefore: true });
        pendingGap = false;
      } else out.push(l);
      continue;
    }
    let from = 0;
    let gap = pendingGap;
    for (const m of found) {
      if (m.index < from) continue;
      removed.push({ line: l.n, rule: 'hidden-marker', text: m[0].trim() });
      const piece = l.text.slice(from, m.index);
      if (piece.trim()) out.push({ ...l, text: piece, ...(gap ? { gapBefore: true } : {}), ...(from > 0 ? { heading: false, bold: undefined } : {}) });
      gap = true;
      from = m.index + m[0].length;
    }
    const tail = l.text.slice(from);
    if (tail.trim()) {
      out.push({ ...l, text: tail, gapBefore: true, heading: false, bold: undefined });
      pendingGap = false;
    } else pendingGap = true;
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
