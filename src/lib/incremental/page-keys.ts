/**
 * Cache keys for incremental builds. Astro (`experimental.incrementalBuild`) skips a page whose `cacheKey` and
 * code are unchanged since the last build and restores its previous output; so a page's key must change
 * whenever anything the page shows could change, and stay the same otherwise. Each key here is a digest of
 * exactly the content a kind of page reads:
 *
 * - every page: the build's `global` inputs (the issuers' files, the programme registry, the artifact switches);
 * - an edition's own files (source view, JSON): that edition;
 * - an issuer's pages (issuer page, its editions' pages, change pages, 对照表, history, build manifest): every
 *   edition of the issuer (the version switcher, 现行, item histories span them all);
 * - a year page: the editions of that year and of the year before (its changes), and which editions exist;
 * - a programme page: the editions that mention the programme, and which editions exist (its timeline);
 * - the site's overviews (home, search, compare, feed, sitemap, programme list): every edition.
 *
 * The code of a page is not in its key: Astro hashes each page's module graph itself.
 */
import { createHash } from 'node:crypto';

/** What the keys are computed from: digests of the content files, per issuer. */
export interface KeyInput {
  /** A digest of what every page depends on (issuers, programme registry, switches). */
  global: string;
  shelves: readonly { id: string; editions: readonly { id: string; year: number; digest: string }[] }[];
}

export interface PageKeys {
  /** Pages that depend on nothing but the global inputs (the guide, 404). */
  global: string;
  /** Pages that show every edition (home, search, compare, feed, sitemap, programme list, global artifacts). */
  catalog: string;
  /** An edition's own pages. */
  edition(id: string): string;
  /** An issuer's pages and the pages of each of its editions that show the issuer's other editions. */
  issuer(id: string): string;
  /** A year's page. */
  year(year: number): string;
  /** A programme's page, given the ids of the editions that mention it. */
  programme(id: string, mentionedIn: readonly string[]): string;
}

/** A digest of the parts, each length-prefixed (so `['ab','c']` and `['a','bc']` differ). */
export function digestOf(...parts: readonly string[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(`${Buffer.byteLength(part)}:${part}`);
  return hash.digest('base64url').slice(0, 32);
}

/**
 * The keys of every kind of page, from the content's digests.
 * @example pageKeys(input).issuer('kaiping-szjggw') // changes when any Kaiping edition changes, only then
 */
export function pageKeys(input: KeyInput): PageKeys {
  const edition = new Map<string, { issuer: string; year: number; digest: string }>();
  for (const shelf of input.shelves) for (const e of shelf.editions) edition.set(e.id, { issuer: shelf.id, year: e.year, digest: e.digest });
  const sortedIds = [...edition.keys()].sort();
  // Which editions exist (not their text): the years, 现行 and the programmes' timelines follow from it.
  const structure = digestOf(input.global, ...sortedIds);
  const catalog = digestOf(structure, ...sortedIds.map((id) => edition.get(id)!.digest));
  const issuer = new Map(input.shelves.map((s) => [s.id, digestOf(input.global, 'issuer', s.id, ...[...s.editions].sort((a, b) => a.year - b.year).flatMap((e) => [e.id, e.digest]))]));
  const years = [...new Set([...edition.values()].map((e) => e.year))].sort((a, b) => b - a);
  const ofYear = (year: number | undefined) => (year === undefined ? [] : sortedIds.filter((id) => edition.get(id)!.year === year).flatMap((id) => [id, edition.get(id)!.digest]));
  const known = (what: string, id: string) => {
    throw new Error(`no ${what} ${id} in the catalog`);
  };
  return {
    global: input.global,
    catalog,
    edition: (id) => {
      const e = edition.get(id) ?? known('edition', id);
      return digestOf(input.global, 'edition', id, e.digest);
    },
    issuer: (id) => issuer.get(id) ?? known('issuer', id),
    year: (year) => digestOf(structure, 'year', String(year), ...ofYear(year), '|', ...ofYear(years.find((y) => y < year))),
    programme: (id, mentionedIn) => digestOf(structure, 'programme', id, ...[...mentionedIn].sort().flatMap((e) => [e, (edition.get(e) ?? known('edition', e)).digest])),
  };
}
