/**
 * Every edition's PDF, printed by Chromium from the built page with the site's own print stylesheet
 * (`page.pdf({ preferCSSPageSize: true })`, so print.css's `@page { size: A4 }` and margin boxes rule), and kept
 * in a content-addressed cache: an edition whose page, styles and fonts did not change is copied, not printed.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Browser } from '@playwright/test';
import { contentKey, readCached, writeCached } from './cache.ts';
import { serveDir } from '../site/serve.ts';
import { pathWithin } from '../site/urls.ts';

/** One PDF to make: the page it is printed from and the file it becomes, both relative to the base. */
export interface PdfJob {
  /** `kaiping-szjggw/2026/` */
  page: string;
  /** `kaiping-szjggw/2026.pdf` */
  file: string;
}

/** What a run did. `renderMs` is the time spent printing (loading the page and `page.pdf`). */
export interface PdfRun {
  rendered: number;
  cached: number;
  renderMs: number;
}

/** Bump when the way PDFs are printed changes in a way the page's bytes do not show (page.pdf options). */
const PDF_PIPELINE = 'pdf-v2 preferCSSPageSize printBackground tagged outline no-links';

/** `href`s of the page's `<link rel="stylesheet">`, in order. */
export function stylesheetHrefs(html: string): string[] {
  const hrefs: string[] = [];
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    if (!/\brel=["']?stylesheet\b/i.test(tag)) continue;
    const href = /\bhref=["']?([^"'\s>]+)/i.exec(tag)?.[1];
    if (href) hrefs.push(href);
  }
  return hrefs;
}

/**
 * The page's text as far as it decides the PDF: the base path taken out, and the build hashes Vite puts in
 * asset names (`BaseLayout.CZZLDpzu.css` → `BaseLayout.css`), which differ between builds under different
 * bases only because the files' URLs inside differ. What a stylesheet says is keyed by its content instead,
 * and fonts are named by the content hash of their subset, which stays in the name.
 */
export function normaliseForKey(text: string, base: string): string {
  const unbased = base === '/' ? text : text.replaceAll(base, '/');
  return unbased.replace(/(\/_astro\/[\w.-]+?)\.[\w-]{8}\.(css|js|woff2|png|svg)\b/g, '$1.$2');
}

/**
 * The cache key of a PDF: the page's HTML and the content of every stylesheet it links, normalised so that the
 * builds at `/` and under `/dangjian/yaodian/` share one PDF. Scripts are not part of it: none changes what prints.
 */
export function pdfKey(html: string, stylesheets: string[], base: string): string {
  return contentKey(PDF_PIPELINE, normaliseForKey(html, base), ...stylesheets.map((css) => normaliseForKey(css, base)));
}

/** Reads the page and its stylesheets from the built site and returns its key. */
function keyOf(dir: string, base: string, job: PdfJob): string {
  const html = readFileSync(join(dir, job.page, 'index.html'), 'utf8');
  const css = stylesheetHrefs(html).map((href) => {
    const rel = pathWithin(href, base);
    const file = join(dir, rel);
    return existsSync(file) ? readFileSync(file, 'utf8') : `missing ${href}`;
  });
  return pdfKey(html, css, base);
}

/**
 * Writes every job's PDF into `dir`, printing only those not in `cacheDir`. `browser` is called only when
 * something has to be printed, so an unchanged site starts no Chromium at all.
 */
export async function renderPdfs(opts: { dir: string; base: string; jobs: PdfJob[]; cacheDir: string; browser: () => Promise<Browser> }): Promise<PdfRun> {
  const { dir, base, jobs, cacheDir } = opts;
  const run: PdfRun = { rendered: 0, cached: 0, renderMs: 0 };
  const todo: { job: PdfJob; key: string }[] = [];
  for (const job of jobs) {
    const key = keyOf(dir, base, job);
    const cached = readCached(cacheDir, key, 'pdf');
    if (cached) {
      write(join(dir, job.file), cached);
      run.cached++;
    } else todo.push({ job, key });
  }
  if (todo.length === 0) return run;

  const server = await serveDir(dir, base);
  const browser = await opts.browser();
  try {
    const page = await browser.newPage();
    await page.emulateMedia({ media: 'print' });
    for (const { job, key } of todo) {
      const started = performance.now();
      const response = await page.goto(`${server.origin}${base}${job.page}`, { waitUntil: 'load' });
      if (!response?.ok()) throw new Error(`PDF: ${job.page} answered ${response?.status()}`);
      // Print-only faces load when print layout first needs them; wait for them, or the PDF sets fallbacks.
      await page.evaluate(async () => {
        await document.fonts.ready;
        // A printed document has no links; in the PDF they would point at this build's temporary server.
        for (const a of document.querySelectorAll('a[href]')) a.removeAttribute('href');
      });
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true, outline: true });
      run.renderMs += performance.now() - started;
      writeCached(cacheDir, key, 'pdf', pdf);
      write(join(dir, job.file), pdf);
      run.rendered++;
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return run;
}

function write(file: string, data: Uint8Array): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, data);
}
