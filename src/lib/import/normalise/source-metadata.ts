import type { Removal, SourceLine } from '../types.ts';

/** Fields of a `# source: URL | issuer: … | year: … | completeness: …` line. */
export interface SourceMetadata {
  source?: string;
  issuer?: string;
  year?: number;
  /** True when the line says the text is partial. */
  partial?: boolean;
  /** The line as it stood. */
  raw: string;
}

const METADATA_RE = /^#\s*source\s*:/i;

/**
 * Removes a leading `# source:` metadata line (the first non-blank line) and reads its fields.
 * The line is not part of the issued text; it is reported as removed.
 */
export function extractSourceMetadata(lines: SourceLine[]): {
  lines: SourceLine[];
  metadata?: SourceMetadata;
  removed: Removal[];
} {
  const first = lines.find((l) => l.text.trim() !== '');
  if (!first || !METADATA_RE.test(first.text.trim())) return { lines, removed: [] };
  const raw = first.text.trim();
  const fields = new Map<string, string>();
  for (const part of raw.replace(/^#\s*/, '').split('|')) {
    const m = /^\s*([A-Za-z_-]+)\s*:\s*(.*?)\s*$/.exec(part);
    if (m) fields.set(m[1]!.toLowerCase(), m[2]!);
  }
  const year = Number(fields.get('year'));
  const completeness = fields.get('completeness') ?? '';
  const metadata: SourceMetadata = {
    raw,
    source: fields.get('source'),
    // "中央和国家机关工委（转载，无标题）": the parenthesis is the collector's remark, not the name.
    issuer: fields.get('issuer')?.replace(/[（(].*$/, '').trim() || undefined,
    year: Number.isInteger(year) && year > 1900 ? year : undefined,
    partial: /partial|excerpt|节选|不完整/i.test(completeness) || undefined,
  };
  return {
    lines: lines.filter((l) => l !== first),
    metadata,
    removed: [{ line: first.n, rule: 'source-metadata', text: raw }],
  };
}
