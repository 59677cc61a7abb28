import { t } from '../../i18n/zh-CN.ts';
import type { Catalog } from '../site/catalog.ts';
import { paths, withBase } from '../site/urls.ts';
import { editionCard, type EditionCard, type Head } from './common.ts';

/** The home page: every issuer's current edition, and the years (with counts, not every edition). */
export interface HomeRoute {
  head: Head;
  current: EditionCard[];
  years: { label: string; href: string; count: string }[];
}

export function homeRoute(catalog: Catalog, base: string): HomeRoute {
  return {
    head: { title: t.siteTagline, description: t.siteDescription },
    current: catalog.shelves.map((s) => editionCard(catalog, s.current, base, true)),
    years: catalog.years.map((year) => ({ label: t.yearPage.title(year), href: withBase(base, paths.year(year)), count: t.home.yearCount(catalog.byYear.get(year)!.length) })),
  };
}
