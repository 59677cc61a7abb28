/**
 * Every URL and base-path rule of the site, in one place. Site paths are relative to the base (no leading
 * slash); `withBase` joins them to the base the site is built for (`/` or `/dangjian/yaodian/`), so the site
 * works under any path on an intranet server.
 */

/** Site paths, relative to the base. */
export const paths = {
  home: () => '',
  issuer: (issuer: string) => `${issuer}/`,
  edition: (issuer: string, year: number) => `${issuer}/${year}/`,
  source: (issuer: string, year: number) => `${issuer}/${year}/source/`,
  changes: (issuer: string, year: number) => `${issuer}/${year}/changes/`,
  /** The 新旧对照表 of a change page, printable. */
  changesTable: (issuer: string, year: number) => `${issuer}/${year}/changes/table/`,
  /** The item histories of an issuer's editions; `#<lineage id>` for one item's. */
  history: (issuer: string) => `${issuer}/history/`,
  year: (year: number) => `years/${year}/`,
  search: () => 'search/',
  compare: () => 'compare/',
  programmes: () => 'programmes/',
  programme: (id: string) => `programmes/${id}/`,
  guide: () => 'guide/',
  feed: () => 'feed.xml',
  favicon: () => 'favicon.svg',
  /** The print faces' @font-face rules, written by the build (src/integrations/print-artifacts.ts) under a name that never changes. */
  printFonts: () => 'fonts/print-fonts.css',
};

/** `compare/?a=…&b=…`: the compare page opened on two editions (ids such as `kaiping-szjggw/2026`). */
export function comparePath(older: string, newer: string): string {
  return `${paths.compare()}?a=${encodeURIComponent(older)}&b=${encodeURIComponent(newer)}`;
}

/** `search/?q=…`: the search page opened on a query. */
export function searchPath(query: string): string {
  return `${paths.search()}?q=${encodeURIComponent(query)}`;
}

/**
 * Normalises a BASE_PATH such as `dangjian/yaodian` or `/dangjian/yaodian/` to `/dangjian/yaodian/`.
 * An empty or missing value is the root, `/`.
 */
export function basePath(value: string | undefined): string {
  const trimmed = (value ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/** The base with its closing slash, however it was given: `/dangjian/yaodian` → `/dangjian/yaodian/`. */
export function withSlash(base: string): string {
  return base.endsWith('/') ? base : `${base}/`;
}

/** `withBase('/dangjian/yaodian/', 'kaiping/2026/')` → `/dangjian/yaodian/kaiping/2026/`. */
export function withBase(base: string, path: string): string {
  return `${withSlash(base)}${path.replace(/^\/+/, '')}`;
}

/** A server path's part within the base (`/dangjian/yaodian/kaiping/2026/` → `kaiping/2026/`); other paths without their leading slashes. */
export function pathWithin(pathname: string, base: string): string {
  const b = withSlash(base);
  return pathname.startsWith(b) ? pathname.slice(b.length) : pathname.replace(/^\/+/, '');
}

/** A site path without its slashes at either end, as a key: `kaiping-szjggw/2026/` → `kaiping-szjggw/2026`. */
export function pathKey(path: string): string {
  return path.replace(/^\/+|\/+$/g, '');
}

/**
 * A page's full URL when the site's address is known (SITE_URL at build time), else its path from the
 * server root: feeds and sitemaps name pages the way the intranet server will serve them.
 */
export function siteUrl(site: URL | undefined, base: string, path: string): string {
  const local = withBase(base, path);
  return site ? new URL(local, site).href : local;
}
