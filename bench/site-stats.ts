/** Figures about a built site: its size, its pages, and what each kind of page weighs over the wire. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { referencedAssets } from './html-assets.ts';

export interface DistStats {
  /** Bytes of all files. */
  bytes: number;
  files: number;
  /** HTML files (pages, including 404.html). */
  pages: number;
}

export function distStats(dir: string): DistStats {
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((f) => join(dir, f)).filter((f) => statSync(f).isFile());
  return { bytes: files.reduce((sum, f) => sum + statSync(f).size, 0), files: files.length, pages: files.filter((f) => f.endsWith('.html')).length };
}

/** Gzip-compressed sizes (bytes) of one page and the stylesheets and scripts it references. */
export interface PageWeight {
  /** home, issuer, edition, year. */
  type: string;
  /** The page's path in the site, e.g. `/kaiping-szjggw/2026/`. */
  path: string;
  html: number;
  css: number;
  js: number;
}

const gz = (bytes: Uint8Array) => gzipSync(bytes, { level: 9 }).length;

/** Weighs one page: HTML + referenced CSS and JS (fonts are not followed), each gzip-compressed. */
export function weighPage(dist: string, type: string, path: string, base = '/'): PageWeight {
  const file = join(dist, path, 'index.html');
  const html = readFileSync(file);
  const weight: PageWeight = { type, path, html: gz(html), css: 0, js: 0 };
  for (const url of referencedAssets(html.toString('utf8'))) {
    const clean = url.replace(/[?#].*$/, '');
    const asset = clean.startsWith('/') ? join(dist, clean.slice(base.length - 1)) : join(dirname(file), clean);
    if (!existsSync(asset)) continue;
    if (clean.endsWith('.css')) weight.css += gz(readFileSync(asset));
    else if (/\.m?js$/.test(clean)) weight.js += gz(readFileSync(asset));
  }
  return weight;
}

const subdirs = (dir: string) => (existsSync(dir) ? readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort() : []);
const isYear = (name: string) => /^\d{4}$/.test(name);

/**
 * One page of each type of this site: home, the issuer with the most editions (first by id on a tie), its
 * newest edition, and the newest year page. Types that the site does not have are left out.
 */
export function samplePages(dist: string): { type: string; path: string }[] {
  const issuers = subdirs(dist)
    .filter((d) => !d.startsWith('_') && d !== 'years' && existsSync(join(dist, d, 'index.html')))
    .map((id) => ({ id, years: subdirs(join(dist, id)).filter(isYear) }))
    .filter((i) => i.years.length > 0);
  const top = [...issuers].sort((a, b) => b.years.length - a.years.length || a.id.localeCompare(b.id))[0];
  const year = subdirs(join(dist, 'years')).filter(isYear).at(-1);
  return [
    { type: 'home', path: '/' },
    ...(top ? [{ type: 'issuer', path: `/${top.id}/` }, { type: 'edition', path: `/${top.id}/${top.years.at(-1)}/` }] : []),
    ...(year ? [{ type: 'year', path: `/years/${year}/` }] : []),
  ].filter((p) => existsSync(join(dist, p.path, 'index.html')));
}
