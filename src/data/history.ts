/** Item histories per issuer, computed once per build from the change sets the change pages use too. */
import type { ChangeSet } from '../lib/changes/change-set.ts';
import { issuerHistory, type IssuerHistory } from '../lib/changes/lineage.ts';
import { changeSetOf } from './changes.ts';
import { getCatalog } from './site.ts';

const histories = new Map<string, { history: IssuerHistory; sets: ChangeSet[] }>();

/** An issuer's lineages and the change sets between its consecutive editions (oldest first). */
export async function historyOf(issuer: string): Promise<{ history: IssuerHistory; sets: ChangeSet[] }> {
  let found = histories.get(issuer);
  if (!found) {
    const editions = [...(await getCatalog()).shelf(issuer).editions].reverse();
    const sets = editions.slice(1).map((e, k) => changeSetOf(editions[k]!, e));
    found = { history: issuerHistory(editions, sets), sets };
    histories.set(issuer, found);
  }
  return found;
}
