/** Change sets between editions, for the change pages, computed once per pair in a build. */
import type { Edition } from '../lib/edition/model.ts';
import { compareEditions, type ChangeView, type ProgrammeLink } from '../lib/changes/change-view.ts';
import { alignEditions } from '../lib/changes/align.ts';
import type { ChangeCounts, ChangeSet } from '../lib/changes/change-set.ts';
import { paths, withBase } from '../lib/site/urls.ts';
import { getProgrammes } from './site.ts';

// Only the counts are kept (social cards need them); a whole change view is computed where it is shown and
// dropped after: kept for every pair of a large archive, they held gigabytes.
const counts = new Map<string, ChangeCounts>();

/** The programmes an edition names, as links. */
export async function programmeLinks(edition: Edition): Promise<ProgrammeLink[]> {
  const programmes = await getProgrammes();
  const base = import.meta.env.BASE_URL;
  return (programmes.index.byEdition.get(edition.id) ?? []).map((p) => ({ id: p.programme, name: programmes.byId.get(p.programme)!.data.name, href: withBase(base, paths.programme(p.programme)) }));
}

/** The change set and view from `older` to `newer`, computed afresh. */
export async function changesBetween(older: Edition, newer: Edition): Promise<{ set: ChangeSet; view: ChangeView }> {
  const base = import.meta.env.BASE_URL;
  const result = compareEditions(older, newer, {
    hrefOf: (e, anchor) => withBase(base, paths.edition(e.issuer, e.year)) + (anchor ? `#${anchor}` : ''),
    programmes: { older: await programmeLinks(older), newer: await programmeLinks(newer) },
  });
  counts.set(`${older.id}→${newer.id}`, result.set.summary.counts);
  return result;
}

/** How many items were added, dropped, reworded … from `older` to `newer` (remembered per pair). */
export function changeCounts(older: Edition, newer: Edition): ChangeCounts {
  const key = `${older.id}→${newer.id}`;
  if (!counts.has(key)) counts.set(key, alignEditions(older, newer).summary.counts);
  return counts.get(key)!;
}
