import { t } from '../../i18n/zh-CN.ts';
import type { YearChanges, YearTerm } from '../changes/year-changes.ts';
import type { Catalog } from '../site/catalog.ts';
import { paths, withBase } from '../site/urls.ts';
import { editionCard, homeCrumb, issuerLabel, type Crumb, type EditionCard, type Head } from './common.ts';

/** A programme or quoted term that appeared or disappeared, with its link or the editions that name it. */
export interface TermView {
  label: string;
  href?: string;
  /** How many editions name it. */
  count: number;
  editions: { href: string; label: string }[];
}

/** What a year's page shows: its editions, and what appeared or disappeared across the site since the year before. */
export interface YearRoute {
  head: Head;
  crumbs: Crumb[];
  heading: string;
  years: { year: number; href: string; selected: boolean }[];
  editions: EditionCard[];
  changes?: {
    heading: string;
    intro: string;
    columns: { heading: string; terms: TermView[]; quoted: boolean }[];
  };
}

/** At most this many quoted terms are listed per column: the lists stay readable on a large archive. */
const MAX_TERMS = 40;

export function yearRoute(catalog: Catalog, year: number, changes: YearChanges | undefined, programmeName: (id: string) => string, base: string): YearRoute {
  const editions = catalog.byYear.get(year)!;
  const programme = (p: YearTerm): TermView => ({ label: programmeName(p.key), href: withBase(base, paths.programme(p.key)), count: p.editions.length, editions: [] });
  const term = (x: YearTerm): TermView => ({
    label: x.key,
    count: x.editions.length,
    editions: x.editions.map((id) => {
      const [issuer, y] = id.split('/') as [string, string];
      return { href: withBase(base, paths.edition(issuer, Number(y))), label: issuerLabel(catalog.shelf(issuer)) };
    }),
  });
  return {
    head: { title: t.yearPage.title(year), description: t.yearPage.description(year, editions.length) },
    crumbs: [homeCrumb(base), { label: t.yearPage.title(year) }],
    heading: t.editionsOfYear(year),
    years: catalog.years.map((y) => ({ year: y, href: withBase(base, paths.year(y)), selected: y === year })),
    editions: editions.map((e) => editionCard(catalog, e, base, true)),
    ...(changes
      ? {
          changes: {
            heading: t.yearPage.changesHeading(changes.previous),
            intro: t.yearPage.changesIntro(changes.year, changes.previous),
            columns: [
              { heading: t.yearPage.programmesAppeared(changes.programmes.appeared.length), terms: changes.programmes.appeared.map(programme), quoted: false },
              { heading: t.yearPage.programmesDisappeared(changes.programmes.disappeared.length), terms: changes.programmes.disappeared.map(programme), quoted: false },
              { heading: t.yearPage.termsAppeared(changes.terms.appeared.length), terms: changes.terms.appeared.slice(0, MAX_TERMS).map(term), quoted: true },
              { heading: t.yearPage.termsDisappeared(changes.terms.disappeared.length), terms: changes.terms.disappeared.slice(0, MAX_TERMS).map(term), quoted: true },
            ],
          },
        }
      : {}),
  };
}
