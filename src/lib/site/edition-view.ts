import type { Edition } from '../edition/model.ts';
import type { Catalog } from './catalog.ts';
import { itemCitation } from './citation.ts';
import { paths } from './urls.ts';

/** One entry of the version switcher. */
export interface VersionLink {
  year: number;
  path: string;
  current: boolean;
  /** This is the page being shown. */
  selected: boolean;
}

/** A table-of-contents entry: a section with its items. */
export interface TocSection {
  anchor: string;
  heading: string;
  outlineOnly: boolean;
  items: { anchor: string; label: string; title: string; outlineOnly: boolean }[];
}

/** What an edition page shows besides the text itself. */
export interface EditionView {
  edition: Edition;
  isCurrent: boolean;
  /** The issuer's current edition, when this one is older. */
  current: Edition | undefined;
  versions: VersionLink[];
  toc: TocSection[];
  citations: Map<number, string>;
}

/** Computes the edition page's data once, so components only render. */
export function editionView(catalog: Catalog, edition: Edition): EditionView {
  const shelf = catalog.shelf(edition.issuer);
  const isCurrent = catalog.isCurrent(edition);
  return {
    edition,
    isCurrent,
    current: isCurrent ? undefined : shelf.current,
    versions: shelf.editions.map((e) => ({
      year: e.year,
      path: paths.edition(e.issuer, e.year),
      current: e === shelf.current,
      selected: e === edition,
    })),
    toc: edition.sections.map((s) => ({
      anchor: s.anchor,
      heading: s.heading,
      outlineOnly: s.outlineOnly,
      items: s.items.map((i) => ({ anchor: i.anchor, label: i.label, title: i.title, outlineOnly: i.outlineOnly })),
    })),
    citations: new Map(edition.items.map((i) => [i.number, itemCitation(edition.title, i.cite)])),
  };
}
