import type { APIRoute } from 'astro';
import { getCards } from '../data/cards.ts';
import { getCatalog } from '../data/site.ts';
import { pdfJobs } from '../lib/print/paths.ts';
import { artifactSwitches } from '../lib/print/switches.ts';

/**
 * What the print-artifacts integration makes at the end of the build: every edition's PDF and every page's
 * social card (none of a kind switched off with SKIP_PDF / SKIP_CARDS). Read and removed by the integration.
 */
export const GET: APIRoute = async () => {
  const switches = artifactSwitches(process.env);
  const catalog = await getCatalog();
  return new Response(JSON.stringify({ pdfs: switches.pdf ? pdfJobs(catalog) : [], cards: switches.cards ? await getCards() : [] }));
};
