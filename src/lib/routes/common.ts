/**
 * What every page's data has in common: its head (title, description), its breadcrumbs, and the edition
 * cards that lists show. Route data is computed here, in plain functions over the catalog, so that pages and
 * components only render what they are given (in the manner of Starlight's route data).
 */
import { t } from '../../i18n/zh-CN.ts';
import type { Edition } from '../edition/model.ts';
import type { Catalog, IssuerShelf } from '../site/catalog.ts';
import { paths, withBase } from '../site/urls.ts';

/** A page's `<title>` (the site name is appended by the layout) and description. */
export interface Head {
  title: string;
  description: string;
}

/** One step of the breadcrumbs; the last one, the page itself, has no link. */
export interface Crumb {
  label: string;
  href?: string;
}

/** An edition as lists show it. */
export interface EditionCard {
  href: string;
  title: string;
  /** The issuer's full name, in lists that mix issuers. */
  issuer?: string;
  year: number;
  current: boolean;
  complete: boolean;
  draft: boolean;
  sections: number;
  items: number;
  docNumber?: string;
}

/** The name lists and breadcrumbs use for an issuer: its short name, else its full name. */
export function issuerLabel(shelf: IssuerShelf): string {
  return shelf.issuer.shortName ?? shelf.issuer.name;
}

/** The numbered sections of an edition (not the part before the first section). */
export function sectionCount(edition: Edition): number {
  return edition.sections.filter((s) => s.number > 0).length;
}

/** The first crumb of every page. */
export function homeCrumb(base: string): Crumb {
  return { label: t.nav.home, href: withBase(base, paths.home()) };
}

/** An edition's card; `showIssuer` for lists that mix issuers. */
export function editionCard(catalog: Catalog, edition: Edition, base: string, showIssuer: boolean): EditionCard {
  return {
    href: withBase(base, paths.edition(edition.issuer, edition.year)),
    title: edition.title,
    ...(showIssuer ? { issuer: catalog.shelf(edition.issuer).issuer.name } : {}),
    year: edition.year,
    current: catalog.isCurrent(edition),
    complete: edition.complete,
    draft: edition.data.draft,
    sections: sectionCount(edition),
    items: edition.items.length,
    ...(edition.notice ? { docNumber: edition.notice.docNumber } : {}),
  };
}

/** The page for an unknown address: what happened, and the way home. */
export function notFoundRoute(base: string): { head: Head; heading: string; detail: string; home: { href: string; label: string } } {
  return { head: { title: t.notFound, description: t.notFoundDetail }, heading: t.notFound, detail: t.notFoundDetail, home: { href: withBase(base, paths.home()), label: t.backHome } };
}
