import { t } from '../../i18n/zh-CN.ts';
import type { Catalog, IssuerShelf } from '../site/catalog.ts';
import type { IssuerOverview } from './history.ts';
import { editionCard, homeCrumb, issuerLabel, type Crumb, type EditionCard, type Head } from './common.ts';

/** An issuer's page: its name, where it is, and its editions newest first. */
export interface IssuerRoute {
  head: Head;
  crumbs: Crumb[];
  heading: string;
  region?: string;
  note?: string;
  count: string;
  editions: EditionCard[];
  /** How each edition's items came from the one before, when there are two or more. */
  overview?: IssuerOverview;
}

export function issuerRoute(catalog: Catalog, shelf: IssuerShelf, base: string, overview?: IssuerOverview): IssuerRoute {
  const { issuer } = shelf;
  return {
    head: { title: issuer.name, description: t.issuerPage.description(issuer.name, shelf.editions.map((e) => e.year)) },
    crumbs: [homeCrumb(base), { label: issuerLabel(shelf) }],
    heading: issuer.name,
    ...(issuer.region ? { region: issuer.region } : {}),
    ...(issuer.note ? { note: issuer.note } : {}),
    count: t.issuerEditions(shelf.editions.length),
    editions: shelf.editions.map((e) => editionCard(catalog, e, base, false)),
    ...(overview ? { overview } : {}),
  };
}
