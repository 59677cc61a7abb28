/**
 * Every page's social card, computed once per build. A new kind of page gets cards with one call: add its
 * builder's cards to the list below (e.g. `...programmes.map(programmeCard)`); the layout then sets og:image on
 * any page whose path has a card, and the build draws it.
 */
import { KIND_LABELS, KIND_ORDER } from '../lib/changes/change-view.ts';
import { catalogCards, cardImagePath, type Card } from '../lib/og/card.ts';
import { programmeStats } from '../lib/programmes/programme-view.ts';
import { paths } from '../lib/site/urls.ts';
import { changeCounts } from './changes.ts';
import { getCatalog, getProgrammes } from './site.ts';

let cached: Promise<Card[]> | undefined;

export function getCards(): Promise<Card[]> {
  cached ??= (async () => {
    const catalog = await getCatalog();
    const programmes = await getProgrammes();
    const stats = new Map(programmeStats(programmes.index).map((s) => [s.id, s]));
    const programmeCards: Card[] = programmes.entries.map((p) => {
      const s = stats.get(p.id)!;
      return { page: paths.programme(p.id), kicker: `重点工作 · ${p.data.category}`, title: p.data.name, year: s.firstYear ? (s.firstYear === s.lastYear ? String(s.firstYear) : `${s.firstYear}—${s.lastYear}`) : undefined, badges: [], facts: [`${s.editions} 个版本 · ${s.issuers} 个发文机关`], stats: [] };
    });
    const changeCards: Card[] = [];
    for (const shelf of catalog.shelves) {
      for (const [i, newer] of shelf.editions.entries()) {
        const older = shelf.editions[i + 1];
        if (!older) continue;
        const counts = changeCounts(older, newer);
        changeCards.push({ page: paths.changes(newer.issuer, newer.year), kicker: shelf.issuer.name, title: `${newer.title}的变化`, year: `${older.year}—${newer.year}`, badges: [], facts: [`与 ${older.year} 年版相比`], stats: KIND_ORDER.filter((k) => k !== 'unchanged' && counts[k] > 0).map((k) => ({ label: KIND_LABELS[k], value: counts[k] })) });
      }
    }
    return [...catalogCards(catalog), ...programmeCards, ...changeCards];
  })();
  return cached;
}

/** The card image (relative to the base) for a page path relative to the base; pages without one get the home page's. */
export async function cardImageFor(page: string): Promise<string> {
  const cards = await getCards();
  const normal = (p: string) => p.replace(/^\/+|\/+$/g, '');
  const card = cards.find((c) => normal(c.page) === normal(page));
  return cardImagePath(card?.page ?? '');
}
