/**
 * Every published edition's search record, from the catalog and the programmes' mention index: what the
 * search step (scripts/search-index.ts) indexes.
 */
import type { Edition } from '../edition/model.ts';
import type { MentionIndex } from '../programmes/mentions.ts';
import type { ProgrammeEntry } from '../programmes/registry.ts';
import type { Catalog } from '../site/catalog.ts';
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

/** The search record of every edition in the catalog, shelf by shelf. */
export function siteRecords(catalog: Catalog, programmes: { index: MentionIndex; byId: ReadonlyMap<string, ProgrammeEntry> }): SearchRecord[] {
  return catalog.shelves.flatMap((shelf) => shelf.editions.map((edition) => editionRecord(edition, shelf.issuer, catalog.isCurrent(edition), programmeNames(edition, programmes.index, programmes.byId))));
}
