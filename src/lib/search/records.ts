import type { Edition } from '../edition/model.ts';
import { itemHeading } from '../edition/plain-text.ts';
import type { Issuer } from '../../schemas/issuer.ts';
import { paths } from '../site/urls.ts';
import { indexedKeys } from './keys.ts';
import { sectionTheme } from './theme.ts';

/** What kind of part of an edition a search hit is. */
export type PartKind = 'item' | 'preamble' | 'section' | 'notice';

/**
 * A citable part of an edition, as search finds it: an item, the preamble with the title, a section
 * (heading and intro) or the notice. Items are what staff look for; the others hold words too.
 */
export interface SearchPart {
  /** Anchor on the edition page, e.g. `item-6`. */
  anchor: string;
  kind: PartKind;
  /** Item number, for items; `''` otherwise. */
  number: string;
  /** Shown as the hit's title: `第6条 全面提升基层党组织建设质量。` or `总体要求`. */
  title: string;
  /** Theme of its section (the search page's 主题 filter). */
  theme: string;
  /** Known only from the source's outline. */
  outline: boolean;
  /** Names and aliases of the programmes the part mentions: a query for one finds the part. */
  programmes: string[];
  /** The issued words of the part, white space folded as the index stores it. */
  text: string;
}

/** What the page gets with each edition the index found (the `meta` of its Pagefind fragment, see fragments.ts). */
export interface EditionMeta {
  [key: string]: string;
  /** The edition's title, shown as the result group's heading. */
  title: string;
  /** The edition's id, `<issuer>/<year>`. */
  edition: string;
  /** Edition page path relative to the base, e.g. `kaiping-szjggw/2026/`. */
  path: string;
  issuer: string;
  year: string;
  /** `1` for the current edition of its issuer. */
  current: string;
  /** The parts' table (see {@link packParts}): where each part's words are in `text`. */
  parts: string;
  /** Length of `text`, to check that the index gave back the text it was given. */
  length: string;
  /**
   * Every part's words, then the names of the programmes it mentions (see {@link packParts}); empty in the
   * build's records file (where the record's content holds it), filled in by {@link fragmentMeta}.
   */
  text: string;
}

/**
 * One search record per edition. Pagefind's own search cost grows with the number of records it scores
 * (measured on 1,000 editions: 26 item records per edition, 100–450 ms a query; one record per edition,
 * 20–60 ms), so the index finds editions and the browser finds the items inside the few editions it shows,
 * from the parts' table that comes with each result.
 */
export interface SearchRecord {
  /** Relative URL of the edition page (`kaiping-szjggw/2026/`). */
  url: string;
  /** The edition's text: every part's words, then the names of the programmes it mentions ({@link indexRecord} turns it into the keys Pagefind indexes). */
  content: string;
  language: 'zh';
  meta: EditionMeta;
  /** Theme holds the themes of all the edition's sections; the page keeps the parts of the chosen ones. */
  filters: { issuer: string[]; year: string[]; status: string[]; theme: string[] };
  sort: { year: string };
}

/**
 * White space folded: every run of white space becomes one space, zero-width spaces go, and the ends are
 * trimmed, so that a part's text is its words with single spaces (the parts' table gives offsets into it,
 * and snippets show it).
 */
export function foldSpace(text: string): string {
  return text.replace(/\u200b/g, '').replace(/[^\S\ufeff]+/g, ' ').trim();
}

/**
 * The parts of an edition that search finds, in page order: the notice, the preamble with the title, then
 * each section's heading and intro and its items (outline-only items by their title). Only issued words:
 * no navigation, banners or tables of contents.
 */
export function editionParts(edition: Edition, programmesOf: (anchor: string) => string[] = () => []): SearchPart[] {
  const parts: SearchPart[] = [];
  const part = (anchor: string, kind: PartKind, title: string, text: string, theme: string, number = '', outline = false) =>
    parts.push({ anchor, kind, number, title, theme, outline, programmes: programmesOf(anchor), text: foldSpace(text) });
  const n = edition.notice;
  if (n) part('notice', 'notice', n.title, [n.title, n.recipients, ...n.body, n.signature].join('\n'), '通知');
  part('preamble', 'preamble', '总体要求', [edition.title, ...edition.preamble.map((p) => p.text)].join('\n'), '总体要求');
  for (const s of edition.sections) {
    const theme = themeOf(s);
    if (s.number > 0) part(s.anchor, 'section', s.heading, [s.heading, ...s.intro.map((p) => p.text)].join('\n'), theme, '', s.outlineOnly);
    for (const it of s.items) {
      const text = [itemHeading(it), ...it.paragraphs.map((p) => p.text)].join(edition.itemLayout === 'run-in' ? '' : '\n');
      part(it.anchor, 'item', `${it.cite} ${it.title}`, text, theme, String(it.number), it.outlineOnly);
    }
  }
  return parts;
}

/** The theme of a section's parts: from its heading (theme.ts), or 其他 for the unnumbered section. */
function themeOf(section: Edition['sections'][number]): string {
  return section.number > 0 ? sectionTheme(section.heading) : '其他';
}

/**
 * The themes of an edition's parts (the search page's 主题 filter), without making its parts: 通知 with a
 * notice, 总体要求, and each section's (an unnumbered section's 其他 only when it has items).
 */
export function editionThemes(edition: Edition): string[] {
  const themes = new Set<string>(edition.notice ? ['通知', '总体要求'] : ['总体要求']);
  for (const s of edition.sections) if (s.number > 0 || s.items.length > 0) themes.add(themeOf(s));
  return [...themes];
}

const KIND_CODE: Record<PartKind, string> = { item: 'i', preamble: 'p', section: 's', notice: 'n' };
const CODE_KIND = Object.fromEntries(Object.entries(KIND_CODE).map(([k, v]) => [v, k])) as Record<string, PartKind>;

/** One row of the parts' table: `[anchor, kind, number, title, theme, outline, start, textEnd, end, programmes]`. */
type PackedPart = [string, string, string, string, string, 0 | 1, number, number, number, string];

/**
 * Joins the parts into the record's content (one space between parts; a part's programme names follow
 * its words) and a compact table of where each part is. The inverse is {@link unpackParts}.
 */
export function packParts(parts: readonly SearchPart[]): { content: string; table: string } {
  let content = '';
  const rows: PackedPart[] = [];
  for (const p of parts) {
    if (content) content += ' ';
    const start = content.length;
    content += p.text;
    const textEnd = content.length;
    const names = foldSpace(p.programmes.join(' '));
    if (names) content += (p.text ? ' ' : '') + names;
    rows.push([p.anchor, KIND_CODE[p.kind], p.number, p.title, p.theme, p.outline ? 1 : 0, start, textEnd, content.length, p.programmes.join('|')]);
  }
  return { content, table: JSON.stringify(rows) };
}

/**
 * The parts of a record as the browser gets it back from the index (the text is the meta's `text`).
 * Returns undefined when the text is not the one the table was made for (a different index version): the
 * page then shows the edition whole.
 */
export function unpackParts(content: string, meta: Pick<EditionMeta, 'parts' | 'length'>): SearchPart[] | undefined {
  if (String(content.length) !== meta.length) return undefined;
  let rows: PackedPart[];
  try {
    rows = JSON.parse(meta.parts) as PackedPart[];
  } catch {
    return undefined;
  }
  return rows.map(([anchor, kind, number, title, theme, outline, start, textEnd, , programmes]) => ({
    anchor,
    kind: CODE_KIND[kind] ?? 'item',
    number,
    title,
    theme,
    outline: outline === 1,
    programmes: programmes ? programmes.split('|') : [],
    text: content.slice(start, textEnd),
  }));
}

/** The edition's one search record. */
export function editionRecord(edition: Edition, issuer: Issuer, isCurrent: boolean, programmesOf: (anchor: string) => string[] = () => []): SearchRecord {
  const path = paths.edition(edition.issuer, edition.year);
  const issuerName = issuer.shortName ?? issuer.name;
  const parts = editionParts(edition, programmesOf);
  const { content, table } = packParts(parts);
  return {
    url: path,
    content,
    language: 'zh',
    meta: { title: edition.title, edition: edition.id, path, issuer: issuerName, year: String(edition.year), current: isCurrent ? '1' : '', parts: table, length: String(content.length), text: '' },
    filters: { issuer: [issuerName], year: [String(edition.year)], status: [isCurrent ? '现行' : '往年'], theme: [...new Set(parts.map((p) => p.theme))] },
    sort: { year: String(edition.year) },
  };
}

/** What Pagefind is given for an edition (see {@link indexRecord}). */
export interface IndexRecord {
  url: string;
  /** The keys of the edition's tokens (keys.ts `indexedKeys`). */
  content: string;
  /**
   * `und` (undetermined): the content is keys, not Chinese, and Pagefind's Chinese segmentation of it found the
   * same words (the same index chunks, byte for byte) in about 40 % more time (500 editions, measured alone:
   * 9.8 s against 6.9 s). The browser, finding no index for the page's language (zh-CN), takes the only one there is.
   */
  language: 'und';
  /** Nothing: Pagefind indexes meta values too, and the page's meta is written into the fragment afterwards. */
  meta: Record<string, never>;
  filters: SearchRecord['filters'];
  sort: SearchRecord['sort'];
}

/**
 * What Pagefind indexes for an edition: the keys of its tokens as content (keys.ts: exact, fixed-length
 * keys, so a query finds exactly the editions with its tokens), its filters and sort, and no meta.
 *
 * Why no meta: Pagefind indexes every meta value as searchable text (checked against its binary in
 * tests/unit/search), so an edition's text in the meta doubled the index. The meta the page needs (the
 * text and its parts' table) is written into the edition's fragment once the index is built
 * (fragments.ts), where Pagefind's `data()` loads it from, and the keys Pagefind stores in the fragment
 * are dropped there: the page never reads them.
 */
export function indexRecord(record: SearchRecord, segment: (text: string) => string[]): IndexRecord {
  return { url: record.url, content: indexedKeys(record.content, segment), language: 'und', meta: {}, filters: record.filters, sort: record.sort };
}

/** The meta the page reads from an edition's fragment: the record's meta with its text. */
export function fragmentMeta(record: SearchRecord): EditionMeta {
  return { ...record.meta, text: record.content };
}
