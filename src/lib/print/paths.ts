import type { Catalog, IssuerShelf } from '../site/catalog.ts';
import { paths } from '../site/urls.ts';
import type { PdfJob } from './pdf.ts';

/** `kaiping-szjggw/2026.pdf`: an edition's PDF, relative to the base, beside its page `kaiping-szjggw/2026/`. */
export function pdfPath(issuer: string, year: number): string {
  return `${issuer}/${year}.pdf`;
}

/**
 * `kaiping-szjggw/2026/changes.pdf`: the 新旧对照表 of an edition's change page as a PDF. Printed from the table
 * page (`…/changes/table/`) but named after the change page, beside it as an edition's PDF is beside its page:
 * it is the change page's printed form, and the shorter name is the one staff pass on.
 */
export function changesPdfPath(issuer: string, year: number): string {
  return `${issuer}/${year}/changes.pdf`;
}

/** The file name a downloaded PDF is saved as: `2026年开平市直机关党建工作要点.pdf`. */
export function pdfDownloadName(title: string): string {
  return `${title.replace(/[\\/:*?"<>|\s]+/g, '')}.pdf`;
}

/** The PDF of each of an issuer's editions, and of the 新旧对照表 of each that has an older one. */
export function shelfPdfJobs(shelf: IssuerShelf): PdfJob[] {
  const editions = shelf.editions.map((e) => ({ page: paths.edition(e.issuer, e.year), file: pdfPath(e.issuer, e.year) }));
  // A shelf lists its editions newest first: every one but the last has an older one, so a change page.
  const tables = shelf.editions.slice(0, -1).map((e) => ({ page: paths.changesTable(e.issuer, e.year), file: changesPdfPath(e.issuer, e.year) }));
  return [...editions, ...tables];
}

/** The PDF of every edition in the catalog, and of the 新旧对照表 of every edition that has an older one. */
export function pdfJobs(catalog: Catalog): PdfJob[] {
  return catalog.shelves.flatMap(shelfPdfJobs);
}
