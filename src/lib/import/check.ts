import { createHash } from 'node:crypto';
import type { Edition } from '../edition/model.ts';
import { editionText } from '../edition/plain-text.ts';
import { decodeSource } from './decode.ts';
import { splitLines } from './normalise/split-lines.ts';

/** The result of proving that an edition reproduces its source. */
export interface CheckReport {
  file: string;
  ok: boolean;
  problems: string[];
}

const WIDTH: Record<string, string> = { '，': ',', '：': ':', '；': ';', '？': '?', '！': '!', '（': '(', '）': ')', '“': '"', '”': '"' };

/**
 * What "the same words" means for the check: punctuation width and quote direction do not count
 * (full-width normalisation), nor does white space (line joins, page-break joins, stray spaces), except
 * one space between two Latin letters or digits, which stays a word boundary.
 */
export function canonical(text: string): string {
  return text
    .replace(/[，：；？！（）“”]/gu, (c) => WIDTH[c]!)
    .replace(/\s+/gu, (m, offset: number, all: string) => (/[A-Za-z0-9]/.test(all[offset - 1] ?? '') && /[A-Za-z0-9]/.test(all[offset + m.length] ?? '') ? ' ' : ''));
}

/**
 * Proves that an edition reproduces its source's words in order: the source, less exactly the lines and
 * markers its frontmatter lists as removed and less Markdown heading marks, has the same canonical text
 * as the edition; every outline-only part is a removed outline line; the file is the one imported (and,
 * for a text extracted from a document, so is the document, when its bytes are given). The edition is
 * not changed.
 */
export function checkEdition(edition: Edition, rawBytes: Uint8Array, originalBytes?: Uint8Array): CheckReport {
  const problems: string[] = [];
  const { source } = edition.data;
  if (!source) return { file: edition.file, ok: false, problems: ['the edition has no source: it was written by hand'] };
  const changed = (file: string, bytes: Uint8Array, recorded: string) => {
    const sha = createHash('sha256').update(bytes).digest('hex');
    if (sha !== recorded) problems.push(`${file} has changed since it was imported (sha256 ${sha.slice(0, 12)}…, recorded ${recorded.slice(0, 12)}…): import it again`);
  };
  changed(source.file, rawBytes, source.sha256);
  if (source.original && originalBytes) changed(source.original.file, originalBytes, source.original.sha256);

  const lines = splitLines(decodeSource(rawBytes, source.file).text).map((l) => l.text);
  const outlineLines: string[] = [];
  for (const r of source.removed) {
    const at = lines[r.line - 1];
    if (at === undefined) {
      problems.push(`removed text on line ${r.line} (${r.rule}) is past the end of ${source.file}`);
      continue;
    }
    const trimmed = at.trim();
    if (r.rule === 'junk-marker' || r.rule === 'hidden-marker') {
      const pos = at.indexOf(r.text);
      if (pos < 0) problems.push(`line ${r.line} of ${source.file} does not hold the removed marker "${r.text}" (${r.rule})`);
      else lines[r.line - 1] = at.slice(0, pos) + at.slice(pos + r.text.length);
      continue;
    }
    if (trimmed !== r.text) {
      problems.push(`line ${r.line} of ${source.file} is not the removed text "${r.text.slice(0, 30)}" (${r.rule})`);
      continue;
    }
    if (r.rule === 'outline') outlineLines.push(canonical(trimmed));
    lines[r.line - 1] = '';
  }
  const raw = canonical(lines.map((l) => l.replace(/^\s{0,3}#{1,6}[ \t]+/, '')).join('\n'));
  const { main, outlineOnly } = editionText(edition);
  const mdx = canonical(main.join('\n'));
  if (raw !== mdx) problems.push(describeDifference(raw, mdx));
  for (const part of outlineOnly) {
    if (!outlineLines.includes(canonical(part))) problems.push(`outline-only part "${part}" is not a line of the source's outline`);
  }
  return { file: edition.file, ok: problems.length === 0, problems };
}

function describeDifference(raw: string, mdx: string): string {
  const a = [...raw];
  const b = [...mdx];
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const ctx = (s: string[]) => s.slice(Math.max(0, i - 15), i + 15).join('');
  return `the words differ after ${i} characters:\n    source: …${ctx(a)}…\n    edition: …${ctx(b)}…`;
}
