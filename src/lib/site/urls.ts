/**
 * Site paths, relative to the base (no leading slash). Pages join them to `import.meta.env.BASE_URL`
 * with `withBase`, so the site works under `/` and under `/dangjian/yaodian/` alike.
 */
export const paths = {
  home: () => '',
  issuer: (issuer: string) => `${issuer}/`,
  edition: (issuer: string, year: number) => `${issuer}/${year}/`,
  year: (year: number) => `years/${year}/`,
  search: () => 'search/',
  compare: () => 'compare/',
  changes: (issuer: string, year: number) => `${issuer}/${year}/changes/`,
  programmes: () => 'programmes/',
  programme: (id: string) => `programmes/${id}/`,
};

/** `withBase('/dangjian/yaodian/', 'kaiping/2026/')` → `/dangjian/yaodian/kaiping/2026/`. */
export function withBase(base: string, path: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  return `${b}${path.replace(/^\/+/, '')}`;
}

/**
 * A page's full URL when the site's address is known (SITE_URL at build time), else its path from the
 * server root: feeds and sitemaps name pages the way the intranet server will serve them.
 */
export function siteUrl(site: URL | undefined, base: string, path: string): string {
  const local = withBase(base, path);
  return site ? new URL(local, site).href : local;
}
