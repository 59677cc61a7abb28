import { t } from '../../i18n/zh-CN.ts';
import type { ChangeView } from '../changes/change-view.ts';
import { comparisonTable } from '../changes/comparison-table.ts';
import { renderComparisonTable } from '../changes/render-comparison-table.ts';
import type { Edition } from '../edition/model.ts';
import { changesPdfPath, pdfDownloadName } from '../print/paths.ts';
import type { Catalog } from '../site/catalog.ts';
import { paths, withBase } from '../site/urls.ts';
import { homeCrumb, issuerLabel, type Crumb, type Head } from './common.ts';

/** A change page's 新旧对照表: the two editions side by side, item against item, to print or download. */
export interface ChangesTableRoute {
  head: Head;
  crumbs: Crumb[];
  heading: string;
  older: { href: string; title: string };
  newer: { href: string; title: string };
  changes: { href: string; label: string };
  /** The PDF link, when the build makes PDFs. */
  pdf?: { href: string; download: string; label: string };
  printLabel: string;
  /** The table's markup (escaped throughout by its renderer). */
  html: string;
}

export function changesTableRoute(catalog: Catalog, older: Edition, edition: Edition, view: ChangeView, base: string, pdf: boolean): ChangesTableRoute {
  const href = (path: string) => withBase(base, path);
  const changes = href(paths.changes(edition.issuer, edition.year));
  return {
    head: { title: `${edition.title} · ${t.table.title}`, description: t.table.description(older.title, edition.title) },
    crumbs: [
      homeCrumb(base),
      { label: issuerLabel(catalog.shelf(edition.issuer)), href: href(paths.issuer(edition.issuer)) },
      { label: String(edition.year), href: href(paths.edition(edition.issuer, edition.year)) },
      { label: t.changes.title, href: changes },
      { label: t.table.title },
    ],
    heading: t.table.heading(older.year, edition.year),
    older: { href: view.older.href, title: older.title },
    newer: { href: view.newer.href, title: edition.title },
    changes: { href: changes, label: t.table.backToChanges },
    ...(pdf ? { pdf: { href: href(changesPdfPath(edition.issuer, edition.year)), download: pdfDownloadName(t.table.downloadName(edition.title)), label: t.table.downloadPdfLabel(edition.title) } } : {}),
    printLabel: t.table.printTableLabel,
    html: renderComparisonTable(comparisonTable(view)),
  };
}
