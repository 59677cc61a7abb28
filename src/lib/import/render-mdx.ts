import { stringify } from 'yaml';
import type { DraftEdition, DraftNotice, Para } from './draft.ts';

/**
 * Escapes issued text for an MDX paragraph or heading so that MDX reads back exactly these characters:
 * `{ } < > * _ [ ] \` ~ | & \\` anywhere, and a leading `#`, `>`, `-`, `+` or `1.` that would start a
 * block. Chinese text is untouched.
 */
export function escapeMdxText(text: string, { inHeading = false } = {}): string {
  let out = text.replace(/[\\{}<>*_[\]`~|&]/g, (c) => `\\${c}`);
  if (!inHeading) out = out.replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2').replace(/^([#>+=-])/, '\\$1');
  return out;
}

/** The MDX body for a draft: preamble, `## 一、…`, `### 1. …` or `### （一）…`, paragraphs, markers. */
export function renderBody(draft: DraftEdition): string {
  const out: string[] = [];
  const push = (s: string) => out.push(s, '');
  const paragraphs = (list: Para[]) => {
    for (const p of list) {
      push(escapeMdxText(p.text));
      if (p.gapAfter) push('<Gap />');
    }
  };
  paragraphs(draft.preamble);
  if (draft.preambleTruncated) push('<Truncated />');
  for (const s of draft.sections) {
    if (s.number > 0) {
      push(`## ${escapeMdxText(`${s.marker}${s.title.text}`, { inHeading: true })}`);
      if (s.outlineOnly) push('<OutlineOnly />');
    }
    paragraphs(s.intro);
    for (const it of s.items) {
      const space = it.spaced && it.title.text ? ' ' : '';
      push(`### ${escapeMdxText(`${it.marker}${space}${it.title.text}`, { inHeading: true })}`);
      if (it.outlineOnly) push('<OutlineOnly />');
      paragraphs(it.paragraphs);
      if (it.truncated) push('<Truncated />');
    }
  }
  return out.join('\n').trimEnd() + '\n';
}

/** Frontmatter (YAML, stable key order) and body joined into an MDX file. */
export function renderMdx(frontmatter: Record<string, unknown>, body: string): string {
  const yaml = stringify(frontmatter, { lineWidth: 0, defaultStringType: 'PLAIN', defaultKeyType: 'PLAIN' });
  return `---\n${yaml}---\n\n${body}`;
}

/** The notice as frontmatter fields (成文日期 as `YYYY-MM-DD`). */
export function noticeFrontmatter(n: DraftNotice) {
  const pad = (x: number) => String(x).padStart(2, '0');
  return {
    banner: n.banner.text,
    docNumber: n.docNumber.text,
    title: n.title.text,
    recipients: n.recipients.text,
    body: n.body.map((p) => p.text),
    signature: n.signature.text,
    date: `${n.date.year}-${pad(n.date.month)}-${pad(n.date.day)}`,
  };
}
