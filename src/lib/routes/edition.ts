import { t } from '../../i18n/zh-CN.ts';
import type { Edition, Item, Paragraph, Section } from '../edition/model.ts';
import { bannerWidth } from '../print/banner.ts';
import { pdfDownloadName, pdfPath } from '../print/paths.ts';
import type { EditionLinks } from '../programmes/edition-links.ts';
import type { LinkPart } from '../programmes/link.ts';
import type { ProgrammeEntry } from '../programmes/registry.ts';
import type { Catalog } from '../site/catalog.ts';
import { itemCitation } from '../site/citation.ts';
import { comparePath, paths, withBase } from '../site/urls.ts';
import { formatChineseDate, formatIsoDate } from '../text/date.ts';
import type { LevelStyle } from '../text/numbering.ts';
import { homeCrumb, issuerLabel, sectionCount, type Crumb, type Head } from './common.ts';
import type { ItemHistoryLink } from './history.ts';

/** A run of a paragraph: plain text, or a programme's words linking to its page. */
export interface TextRun {
  text: string;
  href?: string;
}

/** A paragraph as the page shows it. */
export interface ParagraphView {
  runs: TextRun[];
  /** A sub-point's anchor (`item-2-3-1`) and depth, when the paragraph opens one. */
  point?: { anchor: string; depth: number };
  /** The source hid words after it: the page marks the gap. */
  gapAfter: boolean;
}

export interface ItemView {
  anchor: string;
  /** Its numbering level (GB/T 9704 §7.3.3), which print sets in its own face: （一） in 楷体. */
  level: LevelStyle;
  label: string;
  title: string;
  outlineOnly: boolean;
  truncated: boolean;
  paragraphs: ParagraphView[];
  /** The `#` link's text (`#14`, `#（三）`) and its accessible name. */
  anchorText: string;
  anchorLabel: string;
  /** What 复制引用 copies: `《…要点》第14条`. */
  citation: string;
  /** Its lineage across the issuer's editions (when the issuer has more than one), and whether it is new this year. */
  history?: ItemHistoryLink;
}

export interface SectionView {
  anchor: string;
  level: LevelStyle;
  /** The heading as issued; undefined for the items before any numbered section. */
  heading?: string;
  partLinkLabel: string;
  outlineOnly: boolean;
  intro: ParagraphView[];
  items: ItemView[];
}

/** A table-of-contents entry: a section with its items. */
export interface TocSection {
  anchor: string;
  heading: string;
  outlineOnly: boolean;
  items: { anchor: string; text: string; outlineOnly: boolean }[];
}

export interface NoticeView {
  banner: string;
  docNumber: string;
  title: string;
  recipients: string;
  body: string[];
  signature: string;
  dateIso: string;
  dateText: string;
}

export interface EditionRoute {
  head: Head;
  crumbs: Crumb[];
  status: {
    draft: boolean;
    /** For an edition that is no longer current: where the current one is. */
    past?: { text: string; href: string; label: string };
    /** For an excerpt or a source that stops: what the reader should know, and whether a jump target exists. */
    incomplete?: { detail: string; jump: boolean };
  };
  header: { issuerLine: string; current: boolean; title: string; titleSupplied: boolean };
  versions: { year: number; href: string; current: boolean; selected: boolean }[];
  /** The PDF link, when the build makes PDFs. */
  pdf?: { href: string; download: string; label: string };
  /** Changes against the previous and next editions, compare, source. */
  links: { href: string; label: string }[];
  notice?: NoticeView;
  /** The banner's width in em, for the print layout's rules. */
  bannerWidth?: string;
  title: string;
  preamble: ParagraphView[];
  sections: SectionView[];
  layout: Edition['itemLayout'];
  /** The source stops after the preamble, before any part. */
  truncatedAfterPreamble: boolean;
  toc: TocSection[];
  programmes: { href: string; name: string }[];
}

export interface EditionRouteInput {
  catalog: Catalog;
  edition: Edition;
  /** The edition's paragraphs split at the programmes they name. */
  links: EditionLinks;
  /** The programmes it names, in order of first mention. */
  named: ProgrammeEntry[];
  base: string;
  /** The build makes PDFs (not the dev server, not SKIP_PDF). */
  pdf: boolean;
  /** Each item's link to its lineage, by Item.number (itemHistoryLinks); none when the issuer has one edition. */
  history?: Map<number, ItemHistoryLink>;
}

/** Everything an edition's page shows: the text with its anchors and links, and what stands around it. */
export function editionRoute({ catalog, edition, links, named, base, pdf, history }: EditionRouteInput): EditionRoute {
  const shelf = catalog.shelf(edition.issuer);
  const isCurrent = catalog.isCurrent(edition);
  const at = shelf.editions.indexOf(edition);
  const previous = shelf.editions[at + 1];
  const next = at > 0 ? shelf.editions[at - 1] : undefined;
  const href = (path: string) => withBase(base, path);
  const runs = (parts: LinkPart[]): TextRun[] => parts.map((p) => (p.programme ? { text: p.text, href: href(paths.programme(p.programme)) } : { text: p.text }));
  const paragraphs = (list: Paragraph[], parts: LinkPart[][]): ParagraphView[] =>
    list.map((p, i) => ({ runs: runs(parts[i] ?? []), ...(p.point ? { point: { anchor: p.point.anchor, depth: p.point.depth } } : {}), gapAfter: p.gapAfter === true }));
  return {
    head: {
      title: isCurrent ? edition.title : t.edition.pastTitle(edition.title),
      description: t.edition.description(shelf.issuer.name, edition.year, edition.complete, sectionCount(edition), edition.items.length),
    },
    crumbs: [homeCrumb(base), { label: issuerLabel(shelf), href: href(paths.issuer(edition.issuer)) }, { label: String(edition.year) }],
    status: {
      draft: edition.data.draft,
      ...(isCurrent ? {} : { past: { text: `${t.oldEdition(edition.year)}${t.seeCurrent}`, href: href(paths.edition(shelf.current.issuer, shelf.current.year)), label: t.edition.currentTitle(shelf.current.title, shelf.current.year) } }),
      ...(edition.complete ? {} : { incomplete: { detail: t.incompleteDetail(edition.items.find((i) => i.truncated)?.cite), jump: edition.truncatedAt !== undefined } }),
    },
    header: { issuerLine: t.edition.issuerLine(shelf.issuer.name, edition.year), current: isCurrent, title: edition.title, titleSupplied: edition.titleSupplied },
    versions: shelf.editions.map((e) => ({ year: e.year, href: href(paths.edition(e.issuer, e.year)), current: e === shelf.current, selected: e === edition })),
    ...(pdf ? { pdf: { href: href(pdfPath(edition.issuer, edition.year)), download: pdfDownloadName(edition.title), label: t.print.downloadPdfLabel(edition.title) } } : {}),
    links: [
      ...(previous ? [{ href: href(paths.changes(edition.issuer, edition.year)), label: t.changes.withPrevious(previous.year) }] : []),
      ...(next ? [{ href: href(paths.changes(next.issuer, next.year)), label: t.changes.withNext(next.year) }] : []),
      { href: href(comparePath(previous?.id ?? edition.id, edition.id)), label: t.compare.title },
      ...(history ? [{ href: href(paths.history(edition.issuer)), label: t.history.title }] : []),
      { href: href(paths.source(edition.issuer, edition.year)), label: t.viewSource },
    ],
    ...(edition.notice ? { notice: noticeView(edition.notice), bannerWidth: String(bannerWidth(edition.notice.banner)) } : {}),
    title: edition.title,
    preamble: paragraphs(edition.preamble, links.preamble),
    sections: edition.sections.map((s) => sectionView(edition, s, paragraphs(s.intro, links.intros.get(s.number) ?? []), (i) => paragraphs(i.paragraphs, links.items.get(i.number) ?? []), history)),
    layout: edition.itemLayout,
    truncatedAfterPreamble: edition.truncatedAt !== undefined && edition.truncatedAt.item === undefined,
    toc: edition.sections.map((s) => ({ anchor: s.anchor, heading: s.heading, outlineOnly: s.outlineOnly, items: s.items.map((i) => ({ anchor: i.anchor, text: `${i.label}${i.title}`, outlineOnly: i.outlineOnly })) })),
    programmes: named.map((p) => ({ href: href(paths.programme(p.id)), name: p.data.name })),
  };
}

function sectionView(edition: Edition, s: Section, intro: ParagraphView[], paragraphsOf: (i: Item) => ParagraphView[], history: Map<number, ItemHistoryLink> | undefined): SectionView {
  return {
    anchor: s.anchor,
    level: s.style,
    ...(s.number > 0 ? { heading: s.heading } : {}),
    partLinkLabel: t.partLink(s.label),
    outlineOnly: s.outlineOnly,
    intro,
    items: s.items.map((i) => ({
      anchor: i.anchor,
      level: i.style,
      label: i.label,
      title: i.title,
      outlineOnly: i.outlineOnly,
      truncated: i.truncated,
      paragraphs: paragraphsOf(i),
      anchorText: `#${i.label.replace(/[.．、]$/u, '')}`,
      anchorLabel: t.itemLink(i.cite),
      citation: itemCitation(edition.title, i.cite),
      ...(history?.has(i.number) ? { history: history.get(i.number)! } : {}),
    })),
  };
}

function noticeView(n: NonNullable<Edition['notice']>): NoticeView {
  return { banner: n.banner, docNumber: n.docNumber, title: n.title, recipients: n.recipients, body: n.body, signature: n.signature, dateIso: formatIsoDate(n.date), dateText: formatChineseDate(n.date) };
}
