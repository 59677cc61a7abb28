/**
 * An edition file's text as the build sees it twice: the content loader digests it (and keeps only the
 * frontmatter in Astro's data store), and the site reads the body back from the file only when it has to parse
 * it (src/data/site.ts). Keeping bodies out of the data store keeps them out of the bundle Vite writes for it:
 * at 5,000 editions that store was about 100 MB of JavaScript that every build bundled and loaded again.
 */
import { readFileSync } from 'node:fs';
import { InputError } from '../errors.ts';
import { digestOf } from '../incremental/page-keys.ts';
import { splitFrontmatter } from '../text/frontmatter.ts';
import { EDITION_FRONTMATTER_HINT } from './load.ts';

/**
 * The body of the edition at `path` (`file`: the name errors give), checked against the digest the content
 * loader took of its whole text (`digestOf(text)`). A file changed since the loader read it is an InputError:
 * the frontmatter the build holds would not be this body's.
 */
export function readEditionBody(path: string, file: string, digest: string): string {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new InputError(file, undefined, 'the file was removed while the site was being built', 'run the build again');
  }
  if (digestOf(text) !== digest) throw new InputError(file, undefined, 'the file changed while the site was being built', 'run the build again once the file is saved');
  return splitFrontmatter(text, file, EDITION_FRONTMATTER_HINT).body;
}
