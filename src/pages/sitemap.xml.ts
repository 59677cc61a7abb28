import type { APIRoute } from 'astro';
import { getCatalog } from '../data/site.ts';
import { sitemapXml } from '../lib/site/feeds.ts';
import { paths, siteUrl } from '../lib/site/urls.ts';

/** /sitemap.xml: every page of the site (never drafts). */
export const GET: APIRoute = async ({ site }) => {
  const catalog = await getCatalog();
  const url = (path: string) => siteUrl(site, import.meta.env.BASE_URL, path);
  const pages = [
    paths.home(),
    paths.search(),
    ...catalog.years.map((y) => paths.year(y)),
    ...catalog.shelves.flatMap((s) => [paths.issuer(s.id), ...s.editions.map((e) => paths.edition(e.issuer, e.year))]),
  ];
  return new Response(sitemapXml(pages.map(url)), { headers: { 'content-type': 'application/xml; charset=utf-8' } });
};
