import type { APIRoute } from 'astro';
import { getCatalog } from '../data/site.ts';
import { t } from '../i18n/zh-CN.ts';
import { atomFeed } from '../lib/site/feeds.ts';
import { paths, siteUrl } from '../lib/site/urls.ts';

/** /feed.xml: an Atom feed of published editions (never drafts). */
export const GET: APIRoute = async ({ site }) => {
  const catalog = await getCatalog();
  const url = (path: string) => siteUrl(site, import.meta.env.BASE_URL, path);
  const entries = catalog.shelves.flatMap((s) => s.editions.map((edition) => ({ edition, issuerName: s.issuer.name, url: url(paths.edition(edition.issuer, edition.year)) })));
  return new Response(atomFeed(entries, { self: url('feed.xml'), home: url(''), title: `${t.siteName} · ${t.siteTagline}` }), { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};
