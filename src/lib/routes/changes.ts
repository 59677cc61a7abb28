import { t } from '../../i18n/zh-CN.ts';
import type { ChangeView } from '../changes/change-view.ts';
import { renderChangeView } from '../changes/render-change-view.ts';
import type { Edition } from '../edition/model.ts';
import type { Catalog } from '../site/catalog.ts';
import { comparePath, paths, withBase } from '../site/urls.ts';
import { homeCrumb, issuerLabel, type Crumb, type Head } from './common.ts';

/** A change page: what changed from the issuer's previous edition to this one, item by item. */
export interface ChangesRoute {
  head: Head;
  crumbs: Crumb[];
  heading: string;
  older: { href: string; title: string };
  newer: { href: string; title: string };
  compare: { href: string; label: string };
  /** The printable 新旧对照表 of the same two editions. */
  table: { href: string; label: string };
  /** The change view's markup (escaped throughout by its renderer). */
  html: string;
}

export function changesRoute(catalog: Catalog, older: Edition, edition: Edition, view: ChangeView, base: string): ChangesRoute {
  const c = view.counts;
  return {
    head: { title: `${edition.title} · ${t.changes.title}`, description: t.changes.description(older.year, edition.year, c.added, c.dropped, c.reworded) },
    crumbs: [
      homeCrumb(base),
      { label: issuerLabel(catalog.shelf(edition.issuer)), href: withBase(base, paths.issuer(edition.issuer)) },
      { label: String(edition.year), href: withBase(base, paths.edition(edition.issuer, edition.year)) },
      { label: t.changes.title },
    ],
    heading: t.changes.heading(older.year, edition.year),
    older: { href: view.older.href, title: older.title },
    newer: { href: view.newer.href, title: edition.title },
    compare: { href: withBase(base, comparePath(older.id, edition.id)), label: t.changes.compareOther },
    table: { href: withBase(base, paths.changesTable(edition.issuer, edition.year)), label: t.table.printTable },
    html: renderChangeView(view),
  };
}
