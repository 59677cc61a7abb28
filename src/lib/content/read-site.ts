/**
 * The site's data read outside Astro: the catalog of published editions and the programmes' mention index, as
 * src/data/site.ts builds them inside Astro, from the same files, schemas and functions. The search step
 * (scripts/search-index.ts) makes its records from it, so it can run beside Astro instead of after it.
 *
 * An edition or its mentions kept by an earlier build (the memos of src/lib/incremental/site-memo.ts) is read
 * back under the same key as inside Astro (src/lib/incremental/edition-keys.ts); this reader only reads memos,
 * it never writes or prunes them (that is the site's build, which may be running at the same time).
 */
import { readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Issuer } from '../../schemas/issuer.ts';
import { loadPublishedEdition } from '../edition/load.ts';
import type { Edition } from '../edition/model.ts';
import { editionKey, mentionsKey, registryDigest } from '../incremental/edition-keys.ts';
import type { Memo } from '../incremental/memo.ts';
import { digestOf } from '../incremental/page-keys.ts';
import { createMatcher, type Matcher } from '../programmes/matcher.ts';
import { editionMentions, indexMentions, type MentionIndex, type MentionRef } from '../programmes/mentions.ts';
import { validateRegistry, type ProgrammeEntry } from '../programmes/registry.ts';
import { buildCatalog, type Catalog } from '../site/catalog.ts';
import { listEditionFiles, readIssuers, readProgrammeSources } from './content-dir.ts';

/** What the reader found, and how much it read back from the memos. */
export interface SiteData {
  catalog: Catalog;
  programmes: { entries: ProgrammeEntry[]; byId: Map<string, ProgrammeEntry>; matcher: Matcher };
  /** The programmes' mention index over `editions` (read back or found as they are asked for: the search step asks for the shards it indexes). */
  mentions(editions: readonly Edition[]): MentionIndex;
  /** Each published edition's key (edition-keys.ts: its file and the digest of its text), by id. */
  keys: Map<string, string>;
  /** The programme registry's digest (edition-keys.ts). */
  registry: string;
  /** Every edition file read (drafts too), relative to the project, with the digest of the text it was read with and its time and size then. */
  files: ReadFile[];
  stats: { editions: { read: number; parsed: number }; mentions: { read: number; found: number } };
}

/** A file as it was read: its path, the digest of its text, and its modification time and size then. */
export interface ReadFile {
  file: string;
  digest: string;
  mtimeMs: number;
  size: number;
}

/** The memos to read back from; either may be missing (nothing kept: everything is computed). */
export interface SiteMemos {
  editions?: Pick<Memo<Edition>, 'get'>;
  mentions?: Pick<Memo<MentionRef[]>, 'get'>;
}

/**
 * Reads the content tree `contentRoot` (absolute, or relative to the project at `root`): issuers, programmes
 * and published editions. Bad input is an InputError naming the file, as in the site's build.
 */
export function readSite({ root, contentRoot, memos = {} }: { root: string; contentRoot: string; memos?: SiteMemos }): SiteData {
  const dir = relative(root, resolve(root, contentRoot)) || '.';
  const issuers = new Map<string, Issuer>(readIssuers({ root, dir }).map((i) => [i.id, i.issuer]));
  const stats = { editions: { read: 0, parsed: 0 }, mentions: { read: 0, found: 0 } };
  const files: SiteData['files'] = [];
  const keys = new Map<string, string>();
  const editions: Edition[] = [];
  for (const file of listEditionFiles({ root, dir })) {
    const { mtimeMs, size } = statSync(join(root, file));
    const text = readFileSync(join(root, file), 'utf8');
    const digest = digestOf(text);
    files.push({ file, digest, mtimeMs, size });
    const key = editionKey(file, digest);
    let edition = memos.editions?.get(key);
    if (edition) stats.editions.read++;
    else {
      edition = loadPublishedEdition(text, file);
      if (!edition) continue; // a draft
      stats.editions.parsed++;
    }
    keys.set(edition.id, key);
    editions.push(edition);
  }
  const catalog = buildCatalog(editions, issuers);

  const entries = validateRegistry(readProgrammeSources({ root, dir }));
  const matcher = createMatcher(entries);
  const registry = registryDigest(entries);
  const mentions = (chosen: readonly Edition[]) =>
    indexMentions(chosen, matcher, (edition) => {
      const kept = memos.mentions?.get(mentionsKey(keys.get(edition.id)!, registry));
      if (kept) {
        stats.mentions.read++;
        return kept;
      }
      stats.mentions.found++;
      return editionMentions(edition, matcher);
    });
  return { catalog, programmes: { entries, byId: new Map(entries.map((e) => [e.id, e])), matcher }, mentions, keys, registry, files, stats };
}

/**
 * The files of `files` whose text is no longer the one read (changed or removed since): checked at the end of
 * a search step that ran beside the site's build, so that the index is never of other texts than the pages.
 * A file with the same modification time and size is taken as unchanged; any other is read and digested again
 * (a file saved again with the same text has not changed).
 */
export function changedSince(root: string, files: readonly ReadFile[]): string[] {
  return files
    .filter(({ file, digest, mtimeMs, size }) => {
      try {
        const now = statSync(join(root, file));
        if (now.mtimeMs === mtimeMs && now.size === size) return false;
        return digestOf(readFileSync(join(root, file), 'utf8')) !== digest;
      } catch {
        return true;
      }
    })
    .map((f) => f.file);
}
