/**
 * Route data, Astro side: each page's `getStaticPaths` and one function per page kind that loads what the
 * page needs (the catalog, the programmes, its social card) and hands it to the page kind's pure route
 * function in src/lib/routes/. A page's frontmatter is then two lines, and its components only render.
 */
import { readFileSync } from 'node:fs';
import { yearChanges } from '../lib/changes/year-changes.ts';
import type { Edition } from '../lib/edition/model.ts';
import { artifactSwitches } from '../lib/print/switches.ts';
import { editionLinks } from '../lib/programmes/edition-links.ts';
import type { ProgrammeEntry } from '../lib/programmes/registry.ts';
import { notFoundRoute, type Head } from '../lib/routes/common.ts';
import { changesRoute } from '../lib/routes/changes.ts';
import { changesTableRoute } from '../lib/routes/changes-table.ts';
import { compareRoute } from '../lib/routes/compare.ts';
import { editionRoute } from '../lib/routes/edition.ts';
import { GUIDE_SNIPPETS, guideRoute } from '../lib/routes/guide.ts';
import { historyRoute, issuerOverview, itemHistoryLinks } from '../lib/routes/history.ts';
import { renderHistoryGroups } from '../lib/routes/render-history.ts';
import { historyText } from '../i18n/zh-CN/history.ts';
import { homeRoute } from '../lib/routes/home.ts';
import { issuerRoute } from '../lib/routes/issuer.ts';
import { programmeRoute, programmesRoute } from '../lib/routes/programmes.ts';
import { searchRoute } from '../lib/routes/search.ts';
import { sourceRoute } from '../lib/routes/source.ts';
import { yearRoute } from '../lib/routes/year.ts';
import type { IssuerShelf } from '../lib/site/catalog.ts';
import { highlightEditionSource, highlightSnippet } from '../lib/source-view/highlight.ts';
import { paths, siteUrl } from '../lib/site/urls.ts';
import { cardImageFor } from './cards.ts';
import { changesBetween } from './changes.ts';
import { historyOf } from './history.ts';
import { digestOf } from '../lib/incremental/page-keys.ts';
import { getCatalog, getPageKeys, getProgrammes } from './site.ts';

const base = import.meta.env.BASE_URL;

/** A page's head with its social card (when the build draws cards), as the layout takes it. */
export type PageHead = Head & { image?: string };

/**
 * The head of the page at `page` (a site path, one of `issuer`'s pages when given): its card's absolute URL
 * when SITE_URL gives the site's address.
 */
export async function pageHead(head: Head, page: string, issuer?: string): Promise<PageHead> {
  if (!artifactSwitches(process.env).cards) return head;
  const site = import.meta.env.SITE ? new URL(import.meta.env.SITE) : undefined;
  return { ...head, image: siteUrl(site, base, await cardImageFor(page, issuer)) };
}

// getStaticPaths of the routes with parameters. Each path carries the cache key of its page
// (src/lib/incremental/page-keys.ts): an incremental build renders it again only when that key changes.

/** The edition pages (`/<issuer>/<year>/`): they show the issuer's other editions (versions, 现行, histories). */
export async function editionPaths(): Promise<{ params: { issuer: string; year: string }; props: { edition: Edition }; cacheKey: string }[]> {
  const [catalog, keys] = [await getCatalog(), await getPageKeys()];
  return catalog.shelves.flatMap((s) => s.editions.map((edition) => ({ params: { issuer: s.id, year: String(edition.year) }, props: { edition }, cacheKey: keys.issuer(s.id) })));
}

/** An edition's own files (its source view, its JSON): they show that edition only. */
export async function ownEditionPaths(): Promise<{ params: { issuer: string; year: string }; props: { edition: Edition }; cacheKey: string }[]> {
  const [catalog, keys] = [await getCatalog(), await getPageKeys()];
  return catalog.shelves.flatMap((s) => s.editions.map((edition) => ({ params: { issuer: s.id, year: String(edition.year) }, props: { edition }, cacheKey: keys.edition(edition.id) })));
}

export async function issuerPaths() {
  const [catalog, keys] = [await getCatalog(), await getPageKeys()];
  return catalog.shelves.map((shelf) => ({ params: { issuer: shelf.id }, props: { shelf }, cacheKey: keys.issuer(shelf.id) }));
}

export async function yearPaths() {
  const [catalog, keys] = [await getCatalog(), await getPageKeys()];
  return catalog.years.map((year) => ({ params: { year: String(year) }, props: { year }, cacheKey: keys.year(year) }));
}

export async function programmePaths() {
  const [programmes, keys] = [await getProgrammes(), await getPageKeys()];
  const mentionedIn = new Map<string, string[]>();
  for (const [edition, refs] of programmes.index.byEdition) {
    for (const r of refs) {
      const list = mentionedIn.get(r.programme);
      if (list) list.push(edition);
      else mentionedIn.set(r.programme, [edition]);
    }
  }
  return programmes.entries.map((entry) => ({ params: { id: entry.id }, props: { entry }, cacheKey: keys.programme(entry.id, mentionedIn.get(entry.id) ?? []) }));
}

/** The pages that stand alone (`src/pages/[...page].astro`): the overviews show every edition; the guide and 404 none. */
export async function singlePaths() {
  const keys = await getPageKeys();
  const page = (path: string | undefined, kind: 'home' | 'search' | 'compare' | 'guide' | 'programmes' | 'not-found', cacheKey: string) => ({ params: { page: path }, props: { kind }, cacheKey });
  return [
    page(undefined, 'home', keys.catalog),
    page('search', 'search', keys.catalog),
    page('compare', 'compare', keys.catalog),
    page('guide', 'guide', keys.global),
    page('programmes', 'programmes', keys.catalog),
    page('404', 'not-found', keys.global),
  ];
}

/** Issuers with two or more editions have item histories (unless the build skips them: SKIP_HISTORY). */
const hasHistory = (shelf: IssuerShelf) => shelf.editions.length > 1 && artifactSwitches(process.env).history;

/** Issuers with two or more editions: they get a history page. */
export async function historyPaths() {
  const [catalog, keys] = [await getCatalog(), await getPageKeys()];
  if (!artifactSwitches(process.env).history) return [];
  return catalog.shelves.filter((s) => s.editions.length > 1).map((shelf) => ({ params: { issuer: shelf.id }, props: { shelf }, cacheKey: keys.issuer(shelf.id) }));
}

export async function changesPaths() {
  const [catalog, keys] = [await getCatalog(), await getPageKeys()];
  return catalog.shelves.flatMap((s) => s.editions.flatMap((edition, i) => {
    const older = s.editions[i + 1];
    // A change page shows the two editions only.
    return older ? [{ params: { issuer: s.id, year: String(edition.year) }, props: { edition, older }, cacheKey: digestOf(keys.edition(older.id), keys.edition(edition.id)) }] : [];
  }));
}

// Each page kind's data.

async function withCard<R extends { head: Head }>(route: R, page: string, issuer?: string): Promise<R & { head: PageHead }> {
  return { ...route, head: await pageHead(route.head, page, issuer) };
}

export async function homePage() {
  return withCard(homeRoute(await getCatalog(), base), paths.home());
}

export async function issuerPage({ shelf }: { shelf: IssuerShelf }) {
  const overview = hasHistory(shelf) ? await historyOf(shelf.id).then(({ history, sets }) => issuerOverview(shelf, history, sets, base)) : undefined;
  return withCard(issuerRoute(await getCatalog(), shelf, base, overview), paths.issuer(shelf.id), shelf.id);
}

export async function historyPage({ shelf }: { shelf: IssuerShelf }) {
  const { history } = await historyOf(shelf.id);
  const route = historyRoute(shelf, history, base);
  return withCard({ ...route, html: renderHistoryGroups(route.groups, route.columns, historyText.showDiff) }, paths.history(shelf.id), shelf.id);
}

export async function editionPage({ edition }: { edition: Edition }) {
  const [catalog, programmes] = [await getCatalog(), await getProgrammes()];
  const named = (programmes.index.byEdition.get(edition.id) ?? []).map((p) => programmes.byId.get(p.programme)!);
  // The dev server makes no PDFs, and a quick build (SKIP_PDF=1) none either: then there is nothing to link.
  const pdf = artifactSwitches(process.env).pdf && !import.meta.env.DEV;
  const history = hasHistory(catalog.shelf(edition.issuer)) ? itemHistoryLinks((await historyOf(edition.issuer)).history, edition, base) : undefined;
  return withCard(editionRoute({ catalog, edition, links: editionLinks(edition, programmes.matcher), named, base, pdf, history }), paths.edition(edition.issuer, edition.year), edition.issuer);
}

export async function sourcePage({ edition }: { edition: Edition }) {
  const html = await highlightEditionSource(readFileSync(edition.file, 'utf8'));
  return withCard({ ...sourceRoute(edition, base), html }, paths.source(edition.issuer, edition.year), edition.issuer);
}

export async function yearPage({ year }: { year: number }) {
  const [catalog, programmes] = [await getCatalog(), await getProgrammes()];
  const previous = catalog.years.find((y) => y < year);
  const programmesOf = (e: Edition) => (programmes.index.byEdition.get(e.id) ?? []).map((p) => p.programme);
  const changes = previous ? yearChanges(year, catalog.byYear.get(year)!, previous, catalog.byYear.get(previous)!, programmesOf) : undefined;
  return withCard(yearRoute(catalog, year, changes, (id) => programmes.byId.get(id)?.data.name ?? id, base), paths.year(year));
}

export async function programmesPage() {
  return withCard(programmesRoute(await getProgrammes(), base), paths.programmes());
}

export async function programmePage({ entry }: { entry: ProgrammeEntry }) {
  return withCard(programmeRoute(await getCatalog(), await getProgrammes(), entry, base), paths.programme(entry.id));
}

export async function searchPage() {
  return withCard(searchRoute(await getCatalog(), base), paths.search());
}

export async function guidePage() {
  const entries = await Promise.all(Object.entries(GUIDE_SNIPPETS).map(async ([name, s]) => [name, { html: await highlightSnippet(s.code, s.lang), label: s.label }] as const));
  return withCard({ ...guideRoute(), snippets: Object.fromEntries(entries) as Record<keyof typeof GUIDE_SNIPPETS, { html: string; label: string }> }, paths.guide());
}

export async function notFoundPage() {
  return withCard(notFoundRoute(base), '404.html');
}

export async function comparePage() {
  return withCard(compareRoute(await getCatalog(), base), paths.compare());
}

/** Every edition that has an older one of its issuer: it gets a change page. */

export async function changesPage({ edition, older }: { edition: Edition; older: Edition }) {
  const { view } = await changesBetween(older, edition);
  return withCard(changesRoute(await getCatalog(), older, edition, view, base), paths.changes(edition.issuer, edition.year), edition.issuer);
}

/** A change page's 新旧对照表; it shares the change page's social card. */
export async function changesTablePage({ edition, older }: { edition: Edition; older: Edition }) {
  const { view } = await changesBetween(older, edition);
  // As for an edition's PDF: none from the dev server or a quick build (SKIP_PDF=1), so nothing to link.
  const pdf = artifactSwitches(process.env).pdf && !import.meta.env.DEV;
  return withCard(changesTableRoute(await getCatalog(), older, edition, view, base, pdf), paths.changes(edition.issuer, edition.year), edition.issuer);
}
