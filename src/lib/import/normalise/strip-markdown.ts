import type { Normalisation, SourceLine } from '../types.ts';

const HEADING_RE = /^\s{0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;

/**
 * Removes Markdown heading markers (`#` … `######`, at any level: exports mix them) and trailing
 * spaces (Markdown's two-space hard break), marking such lines as headings. Text is otherwise untouched.
 * @example stripMarkdown([{n:3,text:'## 一、总体要求'}]) // lines: [{n:3,text:'一、总体要求',heading:true}]
 */
export function stripMarkdown(lines: SourceLine[]): { lines: SourceLine[]; changes: Normalisation[] } {
  const changes: Normalisation[] = [];
  const out = lines.map((l) => {
    const m = HEADING_RE.exec(l.text);
    if (m) {
      changes.push({ line: l.n, rule: 'markdown-heading', detail: `${m[1]} ${m[2]!.slice(0, 12)}` });
      return { n: l.n, text: m[2]!, heading: true };
    }
    return { ...l, text: l.text.replace(/[ \t\u3000]+$/, '') };
  });
  return { lines: out, changes };
}
