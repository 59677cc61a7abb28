/**
 * Every page's social card, computed once per build. A new kind of page gets cards with one call: add its
 * builder's cards to the list below (e.g. `...programmes.map(programmeCard)`); the layout then sets og:image on
 * any page whose path has a card, and the build draws it.
 */
import { catalogCards, cardImagePath, changeCard, historyCard, programmeCard, type Card } from '../lib/og/card.ts';
import { programmeStats } from '../lib/programmes/programme-view.ts';
import { artifactSwitches } from '../lib/print/switches.ts';
import { pathKey } from '../lib/site/urls.ts';
import { changeCounts } from './changes.ts';
import { historyOf } from './history.ts';
import { getCatalog, getProgrammes } from './site.ts';

let cached: Promise<Card[]> | undefined;
let byPage: Promise<Map<string, Card>> | undefined;

export function getCards(): Promise<Card[]> {
  cached ??= (async () => {
    const catalog = await getCatalog();
    const programmes = await getProgrammes();
    const stats = new Map(programmeStats(programmes.index).map((s) => [s.id, s]));
    const changeCards = catalog.shelves.flatMap((shelf) =>
      shelf.editions.flatMap((newer, i) => {
        const older = shelf.editions[i + 1];
        return older ? [changeCard(shelf, older, newer, changeCounts(older, newer))] : [];
      }),
    );
    const historyCards = await Promise.all(catalog.shelves.filter((s) => s.editions.length > 1 && artifactSwitches(process.env).history).map(async (s) => historyCard(s, (await historyOf(s.id)).history)));
    return [...catalogCards(catalog), ...programmes.entries.map((p) => programmeCard(p, stats.get(p.id)!)), ...changeCards, ...historyCards];
  })();
  return cached;
}

/** The card image (relative to the base) for a page path relative to the base; pages without one get the home page's. */
export async function cardImageFor(page: string): Promise<string> {
  byPage ??= getCards().then((cards) => new Map(cards.map((c) => [pathKey(c.page), c])));
  const card = (await byPage).get(pathKey(page));
  return cardImagePath(card?.page ?? '');
}
