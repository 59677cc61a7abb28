import type { Edition } from '../edition/model.ts';
import { itemHeading } from '../edition/plain-text.ts';
import type { Issuer } from '../../schemas/issuer.ts';
import { paths } from '../site/urls.ts';
import { sectionTheme } from './theme.ts';

/** What a search result shows, stored with each record (Pagefind `meta`). */
export interface RecordMeta {
  [key: string]: string;
  /** Shown as the result's title: `第6条 全面提升基层党组织建设质量。` or `总体要求`. */
  title: string;
  /** The edition's id, `<issuer>/<year>`, for grouping results. */
  edition: string;
  editionTitle: string;
  /** Edition page path relative to the base, e.g. `kaiping-szjggw/2026/`. */
  path: string;
  /** Anchor on the edition page, e.g. `item-6`. */
  anchor: string;
  issuer: string;
  year: string;
  /** `1` for the current edition of its issuer. */
  current: string;
  /** `item`, `preamble`, `section` (heading and intro) or `notice`. */
  kind: string;
  /** Item number, for items. */
  number: string;
  /** `1` for a part known only from the source's outline. */
  outline: string;
  /** Names and aliases of the programmes this part mentions, `|`-separated: a query for one finds the part. */
  programmes: string;
}

/** One search record: an item, the preamble, a section intro or the notice of one edition. */
export interface SearchRecord {
  /** Relative URL of the edition page with the anchor (`kaiping-szjggw/2026/#item-6`). */
  url: string;
  /** What Pagefind indexes: the issued words of this part. */
  content: string;
  language: 'zh';
  meta: RecordMeta;
  filters: { issuer: string[]; year: string[]; status: string[]; theme: string[] };
  sort: { year: string };
}

/** Filter names as the search page shows them. */
export const FILTER_LABELS = { issuer: '发文机关', year: '年度', status: '状态', theme: '主题' } as const;

/**
 * The search records of an edition: one per item (outline-only items by their title), one for the
 * preamble with the title, one per section (heading and intro), one for the notice. Only issued words are indexed:
 * no navigation, banners or tables of contents.
 */
export function editionRecords(edition: Edition, issuer: Issuer, isCurrent: boolean, programmesOf: (anchor: string) => string[] = () => []): SearchRecord[] {
  const path = paths.edition(edition.issuer, edition.year);
  const issuerName = issuer.shortName ?? issuer.name;
  const base = (anchor: string, kind: string, title: string, text: string, theme: string, number = '', outline = false): SearchRecord => {
    const names = programmesOf(anchor);
    return {
      url: `${path}#${anchor}`,
        // The programmes' names are indexed after the words (on a last line of their own, which the page strips
      // with recordText), so 四强党支部 finds 红岩先锋·四强支部.
      content: names.length ? `${text}\n${names.join(' ')}` : text,
      language: 'zh',
      meta: { title, edition: edition.id, editionTitle: edition.title, path, anchor, issuer: issuerName, year: String(edition.year), current: isCurrent ? '1' : '', kind, number, outline: outline ? '1' : '', programmes: names.join('|') },
      filters: { issuer: [issuerName], year: [String(edition.year)], status: [isCurrent ? '现行' : '往年'], theme: [theme] },
      sort: { year: String(edition.year) },
    };
  };
  const records: SearchRecord[] = [];
  const n = edition.notice;
  if (n) records.push(base('notice', 'notice', n.title, [n.title, n.recipients, ...n.body, n.signature].join('\n'), '通知'));
  records.push(base('preamble', 'preamble', '总体要求', [edition.title, ...edition.preamble.map((p) => p.text)].join('\n'), '总体要求'));
  for (const s of edition.sections) {
    const theme = s.number > 0 ? sectionTheme(s.heading) : '其他';
    if (s.number > 0) records.push(base(s.anchor, 'section', s.heading, [s.heading, ...s.intro.map((p) => p.text)].join('\n'), theme, '', s.outlineOnly));
    for (const it of s.items) {
      const text = [itemHeading(it), ...it.paragraphs.map((p) => p.text)].join(edition.itemLayout === 'run-in' ? '' : '\n');
      records.push(base(it.anchor, 'item', `第${it.number}条 ${it.title}`, text, theme, String(it.number), it.outlineOnly));
    }
  }
  return records;
}

/** The issued words of a record as the browser gets it back (`content` less the programme-names line). */
export function recordText(content: string, meta: { programmes?: string }): string {
  if (!meta.programmes) return content;
  const names = meta.programmes.split('|').join(' ');
  const text = content.trimEnd();
  return text.endsWith(names) ? text.slice(0, -names.length).trimEnd() : content;
}
