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
};

/** `withBase('/dangjian/yaodian/', 'kaiping/2026/')` → `/dangjian/yaodian/kaiping/2026/`. */
export function withBase(base: string, path: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  return `${b}${path.replace(/^\/+/, '')}`;
}
