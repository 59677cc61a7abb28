/**
 * The keys under which the build keeps what it derives from an edition (its parsed model, its programme
 * mentions), made from what both sides read alike (an edition's file text, the validated registry), so that the site's data (inside Astro) and the search step (outside
 * it, src/lib/content/read-site.ts) compute the same key for the same edition. The code's version is not part
 * of them: each memo has its own (src/lib/incremental/site-memo.ts).
 */
import type { ProgrammeEntry } from '../programmes/registry.ts';
import { digestOf } from './page-keys.ts';

/**
 * An edition's key: its file (relative to the project, as messages name it) and the digest of its text, which
 * covers the frontmatter as well as the body.
 * @example editionKey('content/editions/kaiping-szjggw/2026.mdx', digestOf(text))
 */
export function editionKey(file: string, textDigest: string): string {
  return digestOf('edition', file, textDigest);
}

/**
 * The programme registry's digest: every entry's id, fields and description, as validated (registry.ts), in
 * the order of the ids. Not the files' paths or texts: Astro's glob loader keeps an unchanged entry with the path
 * it was first read from (another content tree's, with a shared cache), and its body is the description before
 * trimming.
 */
export function registryDigest(entries: readonly Pick<ProgrammeEntry, 'id' | 'data' | 'description'>[]): string {
  const sorted = [...entries].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return digestOf('registry', ...sorted.map((e) => JSON.stringify([e.id, e.data, e.description])));
}

/** The key of an edition's mentions: the edition's key and the registry's digest (either changing finds them again). */
export function mentionsKey(edition: string, registry: string): string {
  return digestOf('mentions', edition, registry);
}
