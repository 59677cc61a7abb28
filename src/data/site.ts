/**
 * The one module that reads content collections. Every page gets editions and the catalog from here,
 * each edition parsed once per build.
 */
import { getCollection } from 'astro:content';
import type { Edition } from '../lib/edition/model.ts';
import { parseEdition } from '../lib/edition/parse.ts';
import { createMatcher, type Matcher } from '../lib/programmes/matcher.ts';
import { indexMentions, type MentionIndex } from '../lib/programmes/mentions.ts';
import { validateRegistry, type ProgrammeEntry } from '../lib/programmes/registry.ts';
import { buildCatalog, type Catalog } from '../lib/site/catalog.ts';
import type { Issuer } from '../schemas/issuer.ts';

let cached: Promise<Catalog> | undefined;

async function load(): Promise<Catalog> {
  const showDrafts = import.meta.env.DEV;
  const issuerEntries = await getCollection('issuers');
  const issuers = new Map<string, Issuer>(issuerEntries.map((e) => [e.id, e.data]));
  const entries = await getCollection('editions', (e) => showDrafts || !e.data.draft);
  const editions: Edition[] = entries.map((e) => {
    const file = e.filePath ?? `content/editions/${e.id}.mdx`;
    const body = e.body ?? '';
    return parseEdition({ body, data: e.data, file, lineOffset: e.data.bodyLine });
  });
  return buildCatalog(editions, issuers);
}

/** The catalog of all published editions (drafts too in the dev server). */
export function getCatalog(): Promise<Catalog> {
  cached ??= load();
  return cached;
}

/** `getStaticPaths` for the per-edition routes (`/<issuer>/<year>/…`): every published edition as a prop. */
export async function editionPaths(): Promise<{ params: { issuer: string; year: string }; props: { edition: Edition } }[]> {
  const catalog = await getCatalog();
  return catalog.shelves.flatMap((s) => s.editions.map((edition) => ({ params: { issuer: s.id, year: String(edition.year) }, props: { edition } })));
}

/** The programme registry with its matcher and the mention index over published editions. */
export interface Programmes {
  entries: ProgrammeEntry[];
  byId: Map<string, ProgrammeEntry>;
  matcher: Matcher;
  index: MentionIndex;
}

let programmes: Promise<Programmes> | undefined;

async function loadProgrammes(): Promise<Programmes> {
  const raw = await getCollection('programmes');
  const entries = validateRegistry(raw.map((e) => ({ id: e.id, file: e.filePath ?? `content/programmes/${e.id}.md`, data: e.data, description: e.body ?? '' })));
  const matcher = createMatcher(entries);
  const catalog = await getCatalog();
  const editions = catalog.shelves.flatMap((s) => s.editions);
  return { entries, byId: new Map(entries.map((e) => [e.id, e])), matcher, index: indexMentions(editions, matcher) };
}

/** Programmes, computed once per build. */
export function getProgrammes(): Promise<Programmes> {
  programmes ??= loadProgrammes();
  return programmes;
}
