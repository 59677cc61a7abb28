/**
 * The published editions' search records, from the catalog and the programmes' mention index: what the search
 * step (scripts/search-index.ts) indexes.
 */
import type { Edition } from '../edition/model.ts';
import type { MentionIndex } from '../programmes/mentions.ts';
import type { ProgrammeEntry } from '../programmes/registry.ts';
import type { SiteData } from '../content/read-site.ts';
import { digestOf } from '../incremental/page-keys.ts';
import type { IssuerShelf } from '../site/catalog.ts';
import { paths } from '../site/urls.ts';
import { editionRecord, type SearchRecord } from './records.ts';

/** The programmes' names and aliases that each anchor of an edition mentions (a query for one finds the part). */
export function programmeNames(edition: Edition, index: MentionIndex, byId: ReadonlyMap<string, ProgrammeEntry>): (anchor: string) => string[] {
  const named = new Map<string, string[]>();
  for (const p of index.byEdition.get(edition.id) ?? []) {
    const entry = byId.get(p.programme);
    if (!entry) continue;
    for (const anchor of p.anchors) named.set(anchor, [...new Set([...(named.get(anchor) ?? []), entry.data.name, ...entry.data.aliases])]);
  }
  return (anchor) => named.get(anchor) ?? [];
}

/**
 * What the index knows of an edition before its record is made: its URL, its year (its shard) and a digest of
 * everything its record is made from, so that a shard whose editions are unchanged is found without making their
 * records (the code that makes them is in the shard cache's version).
 */
export interface IndexEntry {
  url: string;
  year: number;
  digest: string;
}

/** What the search step reads of the site (src/lib/content/read-site.ts). */
export type IndexedSite = Pick<SiteData, 'catalog' | 'keys' | 'registry' | 'mentions'> & { programmes: Pick<SiteData['programmes'], 'byId'> };

/**
 * The site's editions as the search index takes them: an entry for each (its digest: the edition's key, its
 * issuer's fields, whether it is 现行, and the programme registry's digest), and the records of the editions at
 * the URLs asked for, made then (with their mentions).
 */
export function siteIndex(site: IndexedSite): { entries: IndexEntry[]; recordsOf(urls: readonly string[]): SearchRecord[] } {
  const byUrl = new Map<string, { edition: Edition; shelf: IssuerShelf }>();
  const entries: IndexEntry[] = [];
  for (const shelf of site.catalog.shelves) {
    for (const edition of shelf.editions) {
      const url = paths.edition(edition.issuer, edition.year);
      byUrl.set(url, { edition, shelf });
      entries.push({ url, year: edition.year, digest: digestOf(site.keys.get(edition.id)!, JSON.stringify(shelf.issuer), site.catalog.isCurrent(edition) ? '现行' : '', site.registry) });
    }
  }
  return {
    entries,
    recordsOf(urls) {
      const chosen = urls.map((url) => {
        const found = byUrl.get(url);
        if (!found) throw new Error(`no edition at ${url} in the catalog`);
        return found;
      });
      const index = site.mentions(chosen.map((c) => c.edition));
      return chosen.map(({ edition, shelf }) => editionRecord(edition, shelf.issuer, site.catalog.isCurrent(edition), programmeNames(edition, index, site.programmes.byId)));
    },
  };
}
