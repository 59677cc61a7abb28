/**
 * Social cards: what a 1200×630 og:image says about a page. A card is plain data; `cardLayout` draws it and the
 * build renders it (src/integrations/print-artifacts.ts). A new kind of page gets a card by returning one from
 * a builder like those below and adding it to the list in src/data/cards.ts: one call.
 */
import { t } from '../../i18n/zh-CN.ts';
import { KIND_ORDER } from '../changes/change-view.ts';
import type { ChangeCounts } from '../changes/change-set.ts';
import type { IssuerHistory } from '../changes/lineage.ts';
import type { Edition } from '../edition/model.ts';
import type { ProgrammeStats } from '../programmes/programme-view.ts';
import type { ProgrammeEntry } from '../programmes/registry.ts';
import type { Catalog, IssuerShelf } from '../site/catalog.ts';
import { pathKey, paths } from '../site/urls.ts';

/** A tag beside the facts: 现行 (red), 往年 (grey), 节选 (amber). */
export interface CardBadge {
  text: string;
  tone: 'red' | 'grey' | 'amber';
}

/** A count shown large, e.g. for a change page: `{ label: '新增', value: 3 }`. */
export interface CardStat {
  label: string;
  value: number;
}

export interface Card {
  /** The page the card is for, relative to the base as in `paths`: `kaiping-szjggw/2026/`; `''` for home. */
  page: string;
  /** The small line above the rule: usually the issuer's name. */
  kicker: string;
  /** The large line: the edition's or page's title. */
  title: string;
  /** Shown large at the top right: `2026`, or a span `2024—2026`. */
  year?: string;
  badges: CardBadge[];
  /** One short line under the title: `4 个部分 · 18 条 · 开直工委通〔2026〕6号`. */
  facts: string[];
  /** Counts drawn as large figures (change pages); empty for most cards. */
  stats: CardStat[];
}

/**
 * The image's path relative to the base, from the page's:
 * cardImagePath('kaiping-szjggw/2026/') → 'og/kaiping-szjggw/2026.png'; cardImagePath('') → 'og/index.png'
 */
export function cardImagePath(page: string): string {
  const trimmed = pathKey(page);
  return `og/${trimmed === '' ? 'index' : trimmed}.png`;
}

const span = (years: number[]) => t.print.card.years(Math.min(...years), Math.max(...years));
const sectionCount = (e: Edition) => e.sections.filter((s) => s.number > 0).length;

/** An edition's card: issuer, title, year, 现行/往年/节选, size and 发文字号. */
export function editionCard(edition: Edition, shelf: IssuerShelf, isCurrent: boolean): Card {
  const badges: CardBadge[] = [isCurrent ? { text: t.current, tone: 'red' } : { text: t.past, tone: 'grey' }];
  if (!edition.complete) badges.push({ text: t.incomplete, tone: 'amber' });
  const facts = [t.sections(sectionCount(edition)), t.items(edition.items.length)];
  if (edition.notice) facts.push(edition.notice.docNumber);
  return { page: paths.edition(edition.issuer, edition.year), kicker: shelf.issuer.name, title: edition.title, year: String(edition.year), badges, facts, stats: [] };
}

/** An issuer's card: its name, how many editions over which years, and its current edition. */
export function issuerCard(shelf: IssuerShelf): Card {
  const years = shelf.editions.map((e) => e.year);
  return {
    page: paths.issuer(shelf.id),
    kicker: shelf.issuer.region ?? t.issuedBy,
    title: shelf.issuer.name,
    year: span(years),
    badges: [],
    facts: [t.print.card.editions(shelf.editions.length), `${t.current}：${shelf.current.title}`],
    stats: [],
  };
}

/** A year's card: every issuer with an edition that year. */
export function yearCard(year: number, editions: Edition[], catalog: Catalog): Card {
  const issuers = [...new Set(editions.map((e) => catalog.shelf(e.issuer).issuer.shortName ?? catalog.shelf(e.issuer).issuer.name))];
  return {
    page: paths.year(year),
    kicker: t.siteTagline,
    title: t.print.card.yearTitle(year),
    year: String(year),
    badges: [],
    facts: [t.print.card.editions(editions.length), issuers.join('、')],
    stats: [],
  };
}

/** The home page's card: the site, with its span of years and counts. */
export function homeCard(catalog: Catalog): Card {
  const editions = catalog.shelves.reduce((n, s) => n + s.editions.length, 0);
  return {
    page: paths.home(),
    kicker: t.siteName,
    title: t.print.card.homeTitle,
    year: catalog.years.length ? span(catalog.years) : undefined,
    badges: [],
    facts: [t.print.card.issuers(catalog.shelves.length), t.print.card.editions(editions)],
    stats: [],
  };
}

/** A programme's card: its category, name, the years it appears in and how widely. */
export function programmeCard(entry: ProgrammeEntry, stats: ProgrammeStats): Card {
  return {
    page: paths.programme(entry.id),
    kicker: t.print.card.programmeKicker(entry.data.category),
    title: entry.data.name,
    year: stats.firstYear !== undefined && stats.lastYear !== undefined ? t.print.card.years(stats.firstYear, stats.lastYear) : undefined,
    badges: [],
    facts: [`${t.print.card.editions(stats.editions)} · ${t.print.card.issuers(stats.issuers)}`],
    stats: [],
  };
}

/** A change page's card: the newer edition, the span of years, and how many items changed of each kind. */
export function changeCard(shelf: IssuerShelf, older: Edition, newer: Edition, counts: ChangeCounts): Card {
  return {
    page: paths.changes(newer.issuer, newer.year),
    kicker: shelf.issuer.name,
    title: t.print.card.changesTitle(newer.title),
    year: t.print.card.years(older.year, newer.year),
    badges: [],
    facts: [t.print.card.comparedWith(older.year)],
    stats: KIND_ORDER.filter((k) => k !== 'unchanged' && counts[k] > 0).map((k) => ({ label: t.changes.kinds[k], value: counts[k] })),
  };
}

/** An issuer's item-history card: how many lineages over which years, how many still current. */
export function historyCard(shelf: IssuerShelf, history: IssuerHistory): Card {
  return {
    page: paths.history(shelf.id),
    kicker: shelf.issuer.name,
    title: t.history.title,
    year: span(history.years),
    badges: [],
    facts: [t.history.card.facts(history.lineages.length, history.lineages.filter((l) => l.current).length)],
    stats: [],
  };
}

/** Cards for every page the catalog makes: home, issuers, editions, years. */
export function catalogCards(catalog: Catalog): Card[] {
  return [
    homeCard(catalog),
    ...catalog.shelves.flatMap((s) => [issuerCard(s), ...s.editions.map((e) => editionCard(e, s, catalog.isCurrent(e)))]),
    ...catalog.years.map((y) => yearCard(y, catalog.byYear.get(y) ?? [], catalog)),
  ];
}
