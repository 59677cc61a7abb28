import type { Catalog } from '../site/catalog.ts';
import { paths } from '../site/urls.ts';
import type { PdfJob } from './pdf.ts';

/** `kaiping-szjggw/2026.pdf`: an edition's PDF, relative to the base, beside its page `kaiping-szjggw/2026/`. */
export function pdfPath(issuer: string, year: number): string {
  return `${issuer}/${year}.pdf`;
}

/** The file name a downloaded PDF is saved as: `2026年开平市直机关党建工作要点.pdf`. */
export function pdfDownloadName(title: string): string {
  return `${title.replace(/[\\/:*?"<>|\s]+/g, '')}.pdf`;
}

/** The PDF of every edition in the catalog. */
export function pdfJobs(catalog: Catalog): PdfJob[] {
  return catalog.shelves.flatMap((s) => s.editions.map((e) => ({ page: paths.edition(e.issuer, e.year), file: pdfPath(e.issuer, e.year) })));
}
