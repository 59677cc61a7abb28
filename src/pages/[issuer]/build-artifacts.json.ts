import type { APIRoute } from 'astro';
import { issuerCards } from '../../data/cards.ts';
import { issuerPaths } from '../../data/routes.ts';
import type { IssuerShelf } from '../../lib/site/catalog.ts';
import { shelfPdfJobs } from '../../lib/print/paths.ts';
import { artifactSwitches } from '../../lib/print/switches.ts';

/**
 * What the print-artifacts integration makes for one issuer at the end of the build: its editions' PDFs, its
 * 对照表 PDFs and its pages' social cards (none of a kind switched off with SKIP_PDF / SKIP_CARDS). One file per
 * issuer, keyed like the issuer's pages, so an incremental build computes only the changed issuers' cards.
 * Read and removed by the integration.
 */
export const getStaticPaths = issuerPaths;

export const GET: APIRoute = async ({ props }) => {
  const { shelf } = props as { shelf: IssuerShelf };
  const switches = artifactSwitches(process.env);
  return new Response(JSON.stringify({ pdfs: switches.pdf ? shelfPdfJobs(shelf) : [], cards: switches.cards ? await issuerCards(shelf.id) : [] }));
};
