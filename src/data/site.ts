/**
 * The one module that reads content collections. Every page gets editions and the catalog from here,
 * each edition parsed once per build.
 */
import { resolve } from 'node:path';
import { getCollection } from 'astro:content';
import type { Edition } from '../lib/edition/model.ts';
import { parseEdition } from '../lib/edition/parse.ts';
import { readEditionBody } from '../lib/edition/source.ts';
import { createMatcher, type Matcher } from '../lib/programmes/matcher.ts';
import { editionMentions, indexMentions, type MentionIndex, type MentionRef } from '../lib/programmes/mentions.ts';
import { buildMemo, recall } from './memo.ts';
import { validateRegistry, type ProgrammeEntry } from '../lib/programmes/registry.ts';
import { buildCatalog, type Catalog } from '../lib/site/catalog.ts';
import { digestOf, pageKeys, type PageKeys } from '../lib/incremental/page-keys.ts';
import { editionKey, mentionsKey, registryDigest } from '../lib/incremental/edition-keys.ts';
import { artifactSwitches } from '../lib/print/switches.ts';
import type { Issuer } from '../schemas/issuer.ts';

let cached: Promise<Catalog> | undefined;

/** A collection's entries as text, sorted: what a digest of the collection is made of. */
function entryTexts(entries: readonly { id: string; data: unknown; body?: string }[]): string[] {
  return entries.map((e) => JSON.stringify([e.id, e.data, e.body ?? ''])).sort();
}

/** Each published edition's key (its file and the digest of its text: edition-keys.ts), by edition id. */
const digests = new Map<string, string>();

async function load(): Promise<Catalog> {
  const showDrafts = import.meta.env.DEV;
  const issuerEntries = await getCollection('issuers');
  const issuers = new Map<string, Issuer>(issuerEntries.map((e) => [e.id, e.data]));
  const entries = await getCollection('editions', (e) => showDrafts || !e.data.draft);
  // An edition unchanged since the last build (same file, text and code) is read back, not parsed; the body is
  // read from the file only to parse it (the data store keeps the frontmatter and the text's digest).
  const memo = buildMemo<Edition>('editions');
  const started = performance.now();
  const editions: Edition[] = entries.map((e) => {
    const file = e.filePath ?? `content/editions/${e.id}.mdx`;
    const textDigest = String(e.digest ?? '');
    const digest = editionKey(file, textDigest);
    const parse = () => parseEdition({ body: readEditionBody(resolve(file), file, textDigest), data: e.data, file, lineOffset: e.data.bodyLine });
    const edition = recall(memo, digest, parse);
    digests.set(edition.id, digest);
    return edition;
  });
  memo?.report('editions', 'parsed', performance.now() - started);
  return buildCatalog(editions, issuers);
}

/** The catalog of all published editions (drafts too in the dev server). */
export function getCatalog(): Promise<Catalog> {
  cached ??= load();
  return cached;
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
  // An edition's mentions are kept by its key and the registry's digest: either changing finds them again. The
  // digest is of the validated entries, as the search step (src/lib/content/read-site.ts) takes it too.
  const memo = buildMemo<MentionRef[]>('mentions');
  const registry = registryDigest(entries);
  const started = performance.now();
  const index = indexMentions(editions, matcher, (edition) => recall(memo, mentionsKey(digests.get(edition.id)!, registry), () => editionMentions(edition, matcher)));
  memo?.report('programme mentions', 'found', performance.now() - started);
  return { entries, byId: new Map(entries.map((e) => [e.id, e])), matcher, index };
}

/** Programmes, computed once per build. */
export function getProgrammes(): Promise<Programmes> {
  programmes ??= loadProgrammes();
  return programmes;
}

let keys: Promise<PageKeys> | undefined;

async function loadKeys(): Promise<PageKeys> {
  const catalog = await getCatalog();
  const collection = async (name: 'issuers' | 'programmes') => entryTexts(await getCollection(name));
  const global = digestOf(JSON.stringify(artifactSwitches(process.env)), ...(await collection('issuers')), '|', ...(await collection('programmes')));
  return pageKeys({ global, shelves: catalog.shelves.map((s) => ({ id: s.id, editions: s.editions.map((e) => ({ id: e.id, year: e.year, digest: digests.get(e.id)! })) })) });
}

/** The cache keys of every kind of page (src/lib/incremental/page-keys.ts), computed once per build. */
export function getPageKeys(): Promise<PageKeys> {
  keys ??= loadKeys();
  return keys;
}
