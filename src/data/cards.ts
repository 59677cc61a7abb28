/**
 * Every page's social card. Cards are built per issuer (its page, its editions', change and history pages) and
 * for the site (home, years, programmes), each set once per build and only when asked for: an incremental build
 * that renders one issuer's pages computes that issuer's change counts, not every issuer's. A new kind of page
 * gets cards with one call: add its builder's cards to the set it belongs to below; the layout then sets
 * og:image on any page whose path has a card, and the build draws it.
 */
import { cardImagePath, changeCard, editionCard, historyCard, homeCard, issuerCard, programmeCard, yearCard, type Card } from '../lib/og/card.ts';
import { programmeStats } from '../lib/programmes/programme-view.ts';
import { artifactSwitches } from '../lib/print/switches.ts';
import { pathKey } from '../lib/site/urls.ts';
import { changeCounts } from './changes.ts';
import { historyOf } from './history.ts';
import { getCatalog, getProgrammes } from './site.ts';

const ofIssuer = new Map<string, Promise<Card[]>>();
let ofSite: Promise<Card[]> | undefined;

/** The cards of an issuer's pages: the issuer, its editions, their change pages and its history. */
export function issuerCards(issuer: string): Promise<Card[]> {
  let found = ofIssuer.get(issuer);
  if (!found) {
    found = (async () => {
      const catalog = await getCatalog();
      const shelf = catalog.shelf(issuer);
      const changes = shelf.editions.flatMap((newer, i) => {
        const older = shelf.editions[i + 1];
        return older ? [changeCard(shelf, older, newer, changeCounts(older, newer))] : [];
      });
      const history = shelf.editions.length > 1 && artifactSwitches(process.env).history ? [historyCard(shelf, (await historyOf(issuer)).history)] : [];
      return [issuerCard(shelf), ...shelf.editions.map((e) => editionCard(e, shelf, catalog.isCurrent(e))), ...changes, ...history];
    })();
    ofIssuer.set(issuer, found);
  }
  return found;
}

/** The cards of the site's own pages: home, the years, the programmes. */
export function siteCards(): Promise<Card[]> {
  ofSite ??= (async () => {
    const catalog = await getCatalog();
    const programmes = await getProgrammes();
    const stats = new Map(programmeStats(programmes.index).map((s) => [s.id, s]));
    return [homeCard(catalog), ...catalog.years.map((y) => yearCard(y, catalog.byYear.get(y) ?? [], catalog)), ...programmes.entries.map((p) => programmeCard(p, stats.get(p.id)!))];
  })();
  return ofSite;
}

/**
 * The card image (relative to the base) for a page path relative to the base, looked up among the cards of
 * `issuer`'s pages when given, else among the site's; pages without one get the home page's.
 */
export async function cardImageFor(page: string, issuer?: string): Promise<string> {
  const cards = await (issuer === undefined ? siteCards() : issuerCards(issuer));
  const card = cards.find((c) => pathKey(c.page) === pathKey(page));
  return cardImagePath(card?.page ?? '');
}
