import type { APIRoute } from 'astro';
import { recordsPaths } from '../../../data/routes.ts';
import { getCatalog, getProgrammes } from '../../../data/site.ts';
import type { Edition } from '../../../lib/edition/model.ts';
import { editionRecord } from '../../../lib/search/records.ts';

/** The edition's search record, read and removed by the search-index integration at the end of the build. */
export const getStaticPaths = recordsPaths;

export const GET: APIRoute = async ({ props }) => {
  const edition = props.edition as Edition;
  const catalog = await getCatalog();
  const shelf = catalog.shelf(edition.issuer);
  const programmes = await getProgrammes();
  const named = new Map<string, string[]>();
  for (const p of programmes.index.byEdition.get(edition.id) ?? []) {
    const entry = programmes.byId.get(p.programme)!;
    for (const anchor of p.anchors) named.set(anchor, [...new Set([...(named.get(anchor) ?? []), entry.data.name, ...entry.data.aliases])]);
  }
  return new Response(JSON.stringify(editionRecord(edition, shelf.issuer, catalog.isCurrent(edition), (anchor) => named.get(anchor) ?? [])));
};
