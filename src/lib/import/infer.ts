import { pinyin } from 'pinyin-pro';
import type { SourceMetadata } from './normalise/source-metadata.ts';
import type { DraftEdition } from './draft.ts';

/** A guess with the reason for it, shown to the person importing. */
export interface Inferred<T> {
  value: T;
  basis: string;
}

const TITLE_SUFFIX_RE = /(党的建设|党建)(重点|主要)?(工作)?(要点|主要工作)$/u;

/**
 * The issuer's name: the 落款 of the notice, else the 版头 without 文件, else the `issuer:` of a source
 * line, else what the title names before its year (`市委直属机关工委机关2026年…`) or after it
 * (`2026年市政府机关党建工作要点` → 市政府机关).
 */
export function inferIssuerName(draft: DraftEdition, metadata?: SourceMetadata): Inferred<string> | undefined {
  if (draft.notice) return { value: draft.notice.signature.text, basis: `落款 on line ${draft.notice.signature.line}` };
  if (metadata?.issuer) return { value: metadata.issuer, basis: 'the source metadata line' };
  const title = draft.title?.text;
  const m = title ? /^(.*?)(\d{4})\s*年(.*)$/u.exec(title) : null;
  if (m && m[1]!.trim().length >= 2) return { value: m[1]!.trim(), basis: `the title on line ${draft.title!.line}` };
  const after = m?.[3]?.replace(TITLE_SUFFIX_RE, '').trim();
  if (after && after.length >= 2) return { value: after, basis: `the title on line ${draft.title!.line}` };
  return undefined;
}

/** The year: from the title, else the notice's date, else the source line, else the first `2024年是…`. */
export function inferYear(draft: DraftEdition, metadata?: SourceMetadata): Inferred<number> | undefined {
  const title = draft.title && /(\d{4})\s*年/u.exec(draft.title.text);
  if (title) return { value: Number(title[1]), basis: `the title on line ${draft.title!.line}` };
  if (draft.notice) return { value: draft.notice.date.year, basis: `the 成文日期 on line ${draft.notice.date.line}` };
  if (metadata?.year) return { value: metadata.year, basis: 'the source metadata line' };
  const first = draft.preamble[0];
  const lead = first && /^(\d{4})\s*年是/u.exec(first.text);
  if (lead) return { value: Number(lead[1]), basis: `the preamble on line ${first!.line} (${lead[0]})` };
  return undefined;
}

const ABBREVIATIONS: [RegExp, string][] = [
  [/工作委员会/gu, '工委'],
  [/直属机关/gu, '直机关'],
  [/^中共/u, ''],
  [/[（(].*?[）)]/gu, ''],
];

/**
 * An ASCII id for a new issuer: the place in full pinyin, the rest by initials, after the usual
 * abbreviations. `中共东莞市直属机关工作委员会` → `dongguan-szjggw`. Pass --issuer-id to choose another.
 */
export function suggestIssuerId(name: string): string {
  let short = name;
  for (const [re, to] of ABBREVIATIONS) short = short.replace(re, to);
  const place = /^(.{2,3}?)(?=[省市县区])/u.exec(short);
  const toAscii = (s: string, initials: boolean) =>
    pinyin(s, { toneType: 'none', type: 'array', ...(initials ? { pattern: 'first' as const } : {}) })
      .join('')
      .toLowerCase()
      .replace(/[^a-z0-9]/g, '');
  if (place && /^[\u4e00-\u9fff]+$/u.test(place[1]!)) {
    return `${toAscii(place[1]!, false)}-${toAscii(short.slice(place[1]!.length), true)}`;
  }
  return toAscii(short, true) || 'issuer';
}
