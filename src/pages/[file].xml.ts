import type { APIRoute } from 'astro';
import { getCatalog, getPageKeys } from '../data/site.ts';
import { t } from '../i18n/zh-CN.ts';
import { atomFeed, sitemapXml } from '../lib/site/feeds.ts';
import { paths, siteUrl } from '../lib/site/urls.ts';

/**
 * /feed.xml, an Atom feed of published editions, and /sitemap.xml, every page of the site (never drafts). One
 * route with static paths, so that each carries a cache key: both list every edition.
 */
export async function getStaticPaths() {
  const keys = await getPageKeys();
  return [
    { params: { file: 'feed' }, cacheKey: keys.catalog },
    { params: { file: 'sitemap' }, cacheKey: keys.catalog },
  ];
}

export const GET: APIRoute = async ({ site, params }) => {
  const catalog = await getCatalog();
  const url = (path: string) => siteUrl(site, import.meta.env.BASE_URL, path);
  if (params.file === 'feed') {
    const entries = catalog.shelves.flatMap((s) => s.editions.map((edition) => ({ edition, issuerName: s.issuer.name, url: url(paths.edition(edition.issuer, edition.year)) })));
    return new Response(atomFeed(entries, { self: url('feed.xml'), home: url(''), title: `${t.siteName} · ${t.siteTagline}` }), { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
  }
  const pages = [
    paths.home(),
    paths.search(),
    ...catalog.years.map((y) => paths.year(y)),
    ...catalog.shelves.flatMap((s) => [paths.issuer(s.id), ...s.editions.map((e) => paths.edition(e.issuer, e.year))]),
  ];
  return new Response(sitemapXml(pages.map(url)), { headers: { 'content-type': 'application/xml; charset=utf-8' } });
};
