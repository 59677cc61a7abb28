/**
 * Change sets between editions, computed once per pair in a build: the change pages, the social cards and the
 * item histories all read the same set.
 */
import type { Edition } from '../lib/edition/model.ts';
import { changeView, type ChangeView, type ProgrammeLink } from '../lib/changes/change-view.ts';
import { alignEditions } from '../lib/changes/align.ts';
import type { ChangeCounts, ChangeSet } from '../lib/changes/change-set.ts';
import { paths, withBase } from '../lib/site/urls.ts';
import { getProgrammes } from './site.ts';

// Change sets are plain JSON of item references, a few kilobytes per pair, so every pair a build uses is kept;
// a whole change view (texts and diffs) is computed where it is shown and dropped after: kept for every pair
// of a large archive, views held gigabytes.
const sets = new Map<string, ChangeSet>();

/** The programmes an edition names, as links. */
export async function programmeLinks(edition: Edition): Promise<ProgrammeLink[]> {
  const programmes = await getProgrammes();
  const base = import.meta.env.BASE_URL;
  return (programmes.index.byEdition.get(edition.id) ?? []).map((p) => ({ id: p.programme, name: programmes.byId.get(p.programme)!.data.name, href: withBase(base, paths.programme(p.programme)) }));
}

/** What changed from `older` to `newer` (computed once per pair). */
export function changeSetOf(older: Edition, newer: Edition): ChangeSet {
  const key = `${older.id}→${newer.id}`;
  let set = sets.get(key);
  if (!set) sets.set(key, (set = alignEditions(older, newer)));
  return set;
}

/** The change set and view from `older` to `newer`. */
export async function changesBetween(older: Edition, newer: Edition): Promise<{ set: ChangeSet; view: ChangeView }> {
  const base = import.meta.env.BASE_URL;
  const set = changeSetOf(older, newer);
  const view = changeView(set, older, newer, {
    hrefOf: (e, anchor) => withBase(base, paths.edition(e.issuer, e.year)) + (anchor ? `#${anchor}` : ''),
    programmes: { older: await programmeLinks(older), newer: await programmeLinks(newer) },
  });
  return { set, view };
}

/** How many items were added, dropped, reworded … from `older` to `newer`. */
export function changeCounts(older: Edition, newer: Edition): ChangeCounts {
  return changeSetOf(older, newer).summary.counts;
}
