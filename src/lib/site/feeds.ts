import type { Edition } from '../edition/model.ts';
import { formatIsoDate } from '../text/date.ts';
import { escapeMarkup as xmlEscape } from '../text/escape.ts';

/** When an edition was issued: its 成文日期, else 1 January of its year. */
export function issuedOn(edition: Edition): Date {
  return edition.notice?.date ?? new Date(Date.UTC(edition.year, 0, 1));
}

export interface FeedEntry {
  edition: Edition;
  issuerName: string;
  /** Absolute URL (or base-relative path when the site has no SITE_URL) of the edition page. */
  url: string;
}

/**
 * An Atom feed of editions, newest first (by 成文日期, else year). `self` and `home` are URLs of the feed and
 * the site. Text is escaped; nothing but the editions' own words and names goes in.
 */
export function atomFeed(entries: FeedEntry[], { self, home, title }: { self: string; home: string; title: string }): string {
  const sorted = [...entries].sort((a, b) => issuedOn(b.edition).getTime() - issuedOn(a.edition).getTime() || a.edition.id.localeCompare(b.edition.id));
  const updated = sorted[0] ? issuedOn(sorted[0].edition) : new Date(0);
  const items = sorted.map(({ edition: e, issuerName, url }) => {
    const summary = e.preamble[0]?.text ?? '';
    return [
      '  <entry>',
      `    <id>${xmlEscape(url)}</id>`,
      `    <title>${xmlEscape(e.title)}</title>`,
      `    <link href="${xmlEscape(url)}"/>`,
      `    <updated>${formatIsoDate(issuedOn(e))}T00:00:00Z</updated>`,
      `    <author><name>${xmlEscape(issuerName)}</name></author>`,
      `    <summary>${xmlEscape(summary.length > 200 ? `${summary.slice(0, 200)}…` : summary)}</summary>`,
      '  </entry>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">',
    `  <id>${xmlEscape(home)}</id>`,
    `  <title>${xmlEscape(title)}</title>`,
    `  <link rel="self" href="${xmlEscape(self)}"/>`,
    `  <link href="${xmlEscape(home)}"/>`,
    `  <updated>${formatIsoDate(updated)}T00:00:00Z</updated>`,
    ...items,
    '</feed>',
    '',
  ].join('\n');
}

/** A sitemap (sitemaps.org) of the given page URLs. */
export function sitemapXml(urls: string[]): string {
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...urls.map((u) => `  <url><loc>${xmlEscape(u)}</loc></url>`),
    '</urlset>',
    '',
  ].join('\n');
}
