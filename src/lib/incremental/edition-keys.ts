/**
 * The keys under which the build keeps what it derives from an edition (its parsed model, its programme
 * mentions), made from file texts only, so that the site's data (inside Astro) and the search step (outside
 * it, src/lib/content/read-site.ts) compute the same key for the same edition. The code's version is not part
 * of them: each memo has its own (src/lib/incremental/site-memo.ts).
 */
import { digestOf } from './page-keys.ts';

/**
 * An edition's key: its file (relative to the project, as messages name it) and the digest of its text, which
 * covers the frontmatter as well as the body.
 * @example editionKey('content/editions/kaiping-szjggw/2026.mdx', digestOf(text))
 */
export function editionKey(file: string, textDigest: string): string {
  return digestOf('edition', file, textDigest);
}

/** The programme registry's digest: every registry file's path and text, in the order of the paths. */
export function registryDigest(files: readonly { file: string; text: string }[]): string {
  const sorted = [...files].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return digestOf('registry', ...sorted.flatMap((f) => [f.file, f.text]));
}

/** The key of an edition's mentions: the edition's key and the registry's digest (either changing finds them again). */
export function mentionsKey(edition: string, registry: string): string {
  return digestOf('mentions', edition, registry);
}
