import type { APIRoute } from 'astro';
import { siteCards } from '../data/cards.ts';
import { getPageKeys } from '../data/site.ts';
import { artifactSwitches } from '../lib/print/switches.ts';

/**
 * /build-artifacts.json: the social cards of the site's own pages (home, years, programmes) for the
 * print-artifacts integration, which reads and removes it with every issuer's `<issuer>/build-artifacts.json`.
 * A route with a static path, so that it carries a cache key (it depends on every edition).
 */
export async function getStaticPaths() {
  return [{ params: { file: 'build-artifacts' }, cacheKey: (await getPageKeys()).catalog }];
}

export const GET: APIRoute = async () => {
  const switches = artifactSwitches(process.env);
  return new Response(JSON.stringify({ pdfs: [], cards: switches.cards ? await siteCards() : [] }));
};
