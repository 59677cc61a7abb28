import { t } from '../../../i18n/zh-CN.ts';
import { readNumbered } from '../../text/numbering.ts';
import type { Removal, SourceLine } from '../types.ts';
import type { OutlineEntry } from './outline.ts';

/** What the marks this site prints say about the text they stand in, read back from a printed or saved copy. */
export interface EditorialMarks {
  lines: SourceLine[];
  removed: Removal[];
  /** Parts the copy marked as known only from the source's 目录, to be kept as outline-only parts. */
  outline: OutlineEntry[];
  /** The copy said its source is an excerpt (节选). */
  incomplete: boolean;
  /** The copy said an editor supplied its title: the title it printed. */
  suppliedTitle?: string;
}

// A PDF reader may drop the spaces around the `·` (`节选·原文不完整`): the words and the mark must match, not the spacing.
const INCOMPLETE = new RegExp(`^${t.incomplete.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s*')}[：:]`, 'u');

/**
 * Reads back the marks this site prints where the issued text is not whole — a copy of an edition printed
 * to PDF or saved from the browser carries them, and they are not issued words: `〔此处原文有省略〕` (words
 * hidden here: the next line comes after a gap), `〔原文至此中断〕` (the source stops), `〔仅见于原文目录，正文缺〕`
 * (the heading before it is known only from the 目录: kept as an outline-only part), `〔原文无标题，标题为编者所加〕`
 * (the title before it was supplied) and the `节选 · 原文不完整：…` note. Each mark, and each line it claims,
 * is reported as removed.
 */
export function readEditorialMarks(lines: SourceLine[]): EditorialMarks {
  const out: EditorialMarks = { lines: [], removed: [], outline: [], incomplete: false };
  let gap = false;
  const previous = () => {
    for (let k = out.lines.length - 1; k >= 0; k--) if (out.lines[k]!.text.trim()) return k;
    return -1;
  };
  for (const l of lines) {
    const text = l.text.trim();
    const mark = (rule: Removal['rule'] = 'editorial-mark') => out.removed.push({ line: l.n, rule, text });
    if (INCOMPLETE.test(text)) {
      mark();
      out.incomplete = true;
    } else if (text === t.gapMark) {
      mark();
      gap = true;
    } else if (text === t.truncationMark) {
      mark();
    } else if (text === t.outlineOnly || text === t.titleSupplied) {
      const k = previous();
      const before = out.lines[k];
      const n = before && readNumbered(before.text);
      if (text === t.outlineOnly && before && n?.title) {
        out.removed.push({ line: before.n, rule: 'outline', text: before.text.trim() });
        out.outline.push({ style: n.style, number: n.number, marker: n.marker, title: n.title, line: before.n });
        out.lines.splice(k, 1);
      } else if (text === t.titleSupplied && before) {
        out.removed.push({ line: before.n, rule: 'supplied-title', text: before.text.trim() });
        out.suppliedTitle = before.text.trim();
        out.lines.splice(k, 1);
      }
      mark();
    } else {
      out.lines.push(gap && text ? { ...l, gapBefore: true } : l);
      if (text) gap = false;
    }
  }
  out.removed.sort((a, b) => a.line - b.line);
  return out;
}
