/** Markdown for BENCHMARKS.md: tables and whole `## ` sections. Pure. */

/** Column alignment: numbers read best right-aligned. */
export type Align = 'left' | 'right';

/**
 * A GitHub-flavoured Markdown table. Cells are written as given, with `|` escaped; a row shorter than the
 * header is padded with empty cells.
 *
 * @example renderTable(['corpus', 's'], [['real', '4.1']], ['left', 'right'])
 */
export function renderTable(header: readonly string[], rows: readonly (readonly string[])[], align: readonly Align[] = []): string {
  const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  const line = (cells: readonly string[]) => `| ${header.map((_, i) => cell(cells[i] ?? '')).join(' | ')} |`;
  const rule = `|${header.map((_, i) => (align[i] === 'right' ? '---:' : '---')).join('|')}|`;
  return [line(header), rule, ...rows.map(line)].join('\n');
}

/**
 * Replaces the section headed `## <heading>` (up to the next `## ` or `# ` heading) with `body`, or appends
 * it at the end when the document has no such section. Other sections are kept byte for byte. Headings
 * inside fenced code blocks are not headings.
 */
export function replaceSection(markdown: string, heading: string, body: string): string {
  const section = `## ${heading}\n\n${body.trim()}\n`;
  const lines = markdown.split('\n');
  let fenced = false;
  let start = -1;
  let end = lines.length;
  for (const [i, l] of lines.entries()) {
    if (/^(```|~~~)/.test(l)) fenced = !fenced;
    if (fenced) continue;
    if (start < 0 && l.trimEnd() === `## ${heading}`) start = i;
    else if (start >= 0 && /^#{1,2} /.test(l)) {
      end = i;
      break;
    }
  }
  if (start < 0) return `${markdown.trimEnd()}${markdown.trim() ? '\n\n' : ''}${section}`;
  const after = lines.slice(end).join('\n');
  return `${lines.slice(0, start).join('\n')}${start > 0 ? '\n' : ''}${section}${after ? `\n${after}` : ''}`;
}
