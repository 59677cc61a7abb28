import { t } from '../../i18n/zh-CN.ts';
import type { Edition } from '../edition/model.ts';
import { relatedProgrammes, wordingsByIssuer, type MentionIndex, type MentionRef } from '../programmes/mentions.ts';
import { listMentionGroups, mentionsByEdition, programmeStats, programmeTimeline, timelineRows } from '../programmes/programme-view.ts';
import type { ProgrammeEntry } from '../programmes/registry.ts';
import type { Catalog } from '../site/catalog.ts';
import { paths, searchPath, withBase } from '../site/urls.ts';
import { homeCrumb, issuerLabel, type Crumb, type Head } from './common.ts';

/** The registry with the mention index over the published editions, as the pages use it. */
export interface ProgrammeData {
  entries: ProgrammeEntry[];
  byId: Map<string, ProgrammeEntry>;
  index: MentionIndex;
}

/** The programme index: one row each, most widely named first; the table sorts itself in the browser. */
export interface ProgrammesRoute {
  head: Head;
  heading: string;
  rows: { href: string; name: string; category: string; editions: number; issuers: number; firstYear?: number }[];
}

export function programmesRoute(programmes: ProgrammeData, base: string): ProgrammesRoute {
  const rows = programmeStats(programmes.index)
    .map((s) => ({ ...s, entry: programmes.byId.get(s.id)! }))
    .sort((a, b) => b.editions - a.editions || b.issuers - a.issuers || a.id.localeCompare(b.id));
  return {
    head: { title: t.programmes.title, description: t.programmes.description },
    heading: t.programmes.title,
    rows: rows.map((r) => ({ href: withBase(base, paths.programme(r.id)), name: r.entry.data.name, category: r.entry.data.category, editions: r.editions, issuers: r.issuers, ...(r.firstYear !== undefined ? { firstYear: r.firstYear } : {}) })),
  };
}

/** A timeline cell: the edition that names it (with how often), an edition that does not, or no edition that year. */
export type TimelineCellView = { kind: 'hit'; href: string; text: string; label: string } | { kind: 'miss'; label: string } | { kind: 'none' };

/** One mention: where it stands (its cite) and the sentence, split around the words that name the programme. */
export interface MentionView {
  href: string;
  where: string;
  /** The sentence in pieces: odd pieces are the programme's words as issued. */
  pieces: string[];
}

export interface ProgrammeRoute {
  head: Head;
  crumbs: Crumb[];
  heading: string;
  category: string;
  aliases: string;
  description: string[];
  timeline: { years: { year: number; href: string }[]; rows: { issuer: string; href: string; cells: TimelineCellView[] }[]; more?: string };
  mentions: { title: string; href: string; meta: string; refs: MentionView[] }[];
  /** Editions whose mentions are not listed: how many, and the search that finds them all. */
  moreMentions?: { text: string; href: string; link: string };
  related: { href: string; name: string; meta: string }[];
  wordings: { issuer: string; text: string }[];
}

/** Bounded on a large archive: the issuers that name it most, and the newest editions' mentions. */
const MAX_TIMELINE_ISSUERS = 150;
const MAX_LISTED_MENTIONS = 300;

/** One programme across years and issuers: where it appears, every mention (up to a budget), related programmes, wordings. */
export function programmeRoute(catalog: Catalog, programmes: ProgrammeData, entry: ProgrammeEntry, base: string): ProgrammeRoute {
  const href = (path: string) => withBase(base, path);
  const refs = programmes.index.byProgramme.get(entry.id) ?? [];
  const timeline = programmeTimeline(refs, catalog.years, catalog.shelves.map((s) => s.id));
  const rows = timelineRows(timeline, MAX_TIMELINE_ISSUERS);
  const listed = listMentionGroups(mentionsByEdition(refs), MAX_LISTED_MENTIONS);
  const editionOf = new Map<string, Edition>(catalog.shelves.flatMap((s) => s.editions.map((e) => [e.id, e])));
  const name = (issuer: string) => issuerLabel(catalog.shelf(issuer));
  const cell = (issuer: string, year: number): TimelineCellView => {
    const hit = timeline.cells.get(issuer)?.get(year);
    if (hit) return { kind: 'hit', href: href(paths.edition(issuer, year)), text: t.programmes.parts(hit.parts), label: t.programmePage.cellLabel(name(issuer), year, t.programmes.parts(hit.parts)) };
    return catalog.shelf(issuer).editions.some((e) => e.year === year) ? { kind: 'miss', label: t.programmePage.notMentioned(name(issuer), year) } : { kind: 'none' };
  };
  return {
    head: { title: entry.data.name, description: `${entry.data.name}：${entry.description}`.slice(0, 150) },
    crumbs: [homeCrumb(base), { label: t.programmes.title, href: href(paths.programmes()) }, { label: entry.data.name }],
    heading: entry.data.name,
    category: entry.data.category,
    aliases: entry.data.aliases.join('、'),
    description: entry.description.split(/\n+/).filter(Boolean),
    timeline: {
      years: timeline.years.map((year) => ({ year, href: href(paths.year(year)) })),
      rows: rows.shown.map((issuer) => ({ issuer: name(issuer), href: href(paths.issuer(issuer)), cells: timeline.years.map((y) => cell(issuer, y)) })),
      ...(rows.rest > 0 ? { more: t.programmes.timelineMore(rows.rest) } : {}),
    },
    mentions: listed.shown.map((g) => {
      const e = editionOf.get(g.edition)!;
      const page = paths.edition(e.issuer, e.year);
      return { title: e.title, href: href(page), meta: t.edition.issuerLine(name(e.issuer), e.year), refs: g.refs.map((r) => mentionView(r, href(page))) };
    }),
    ...(listed.rest > 0 ? { moreMentions: { text: t.programmes.mentionsMore(listed.rest, listed.restMentions), href: href(searchPath(entry.data.name)), link: t.programmes.searchAll } } : {}),
    related: relatedProgrammes(programmes.index, entry.id).map((r) => ({ href: href(paths.programme(r.programme)), name: programmes.byId.get(r.programme)!.data.name, meta: t.programmes.relatedParts(r.parts, r.editions) })),
    wordings: wordingsByIssuer(programmes.index, entry.id).map((w) => ({ issuer: name(w.issuer), text: w.wordings.map((x) => `${x.wording}（${x.count}）`).join('、') })),
  };
}

function mentionView(r: MentionRef, page: string): MentionView {
  const where = r.cite ?? (r.anchor === 'preamble' ? t.programmePage.mentionIn.preamble : r.anchor === 'notice' ? t.programmePage.mentionIn.notice : t.programmePage.mentionIn.intro);
  return { href: `${page}#${r.anchor}`, where, pieces: r.sentence.split(r.wording).flatMap((piece, i) => (i === 0 ? [piece] : [r.wording, piece])) };
}
