/**
 * Pagefind's fragments, rewritten once an index is written: what the page loads for each edition it shows.
 *
 * Pagefind stores with every record a fragment (`fragment/<hash>.pf_fragment`: gzip of `pagefind_dcd` and
 * the record as JSON) that its `data()` fetches; searching reads only the index chunks and the metadata
 * file, never a fragment. The index is given only keys (records.ts `indexRecord`), so each fragment is
 * rewritten here: the keys (`content`, about a quarter of a fragment's bytes) are dropped and the meta
 * the page needs (the edition's text and its parts' table) is put in. The file keeps its name: the name is
 * a hash of what Pagefind was given, and the rewrite is a function of that, so a browser that cached a
 * fragment under a name has the right bytes.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { EditionMeta } from './records.ts';

/** The bytes every Pagefind fragment starts with once unzipped. */
const SIGNATURE = 'pagefind_dcd';

/** A fragment as Pagefind 1.6 writes it (the fields the rewrite reads or sets). */
interface Fragment {
  url: string;
  content: string;
  meta: Record<string, string>;
  [key: string]: unknown;
}

function isFragment(value: unknown): value is Fragment {
  const f = value as Fragment;
  return typeof f === 'object' && f !== null && typeof f.url === 'string' && typeof f.content === 'string' && typeof f.meta === 'object';
}

/**
 * One fragment file's bytes rewritten: `content` emptied and `meta` replaced by `metaFor(url)`. A file of
 * several fragments (Pagefind bundles them past its `maxFragments`: a JSON object of fragments by id)
 * has each rewritten, `metaFor` given its id too. Throws, naming `file`, on anything that is not a fragment or on a URL with no meta:
 * an index the page could not read must not be published.
 */
export function rewriteFragment(bytes: Uint8Array, metaFor: (url: string, id?: string) => EditionMeta | undefined, file = 'fragment'): Buffer {
  let text: string;
  try {
    text = gunzipSync(bytes).toString('utf8');
  } catch (error) {
    throw new Error(`${file}: not a gzip file (${error instanceof Error ? error.message : String(error)}); is this Pagefind's fragment format?`);
  }
  if (!text.startsWith(SIGNATURE)) throw new Error(`${file}: does not start with ${SIGNATURE}; the Pagefind fragment format has changed`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.slice(SIGNATURE.length));
  } catch {
    throw new Error(`${file}: not JSON after ${SIGNATURE}; the Pagefind fragment format has changed`);
  }
  const rewrite = (f: unknown, id?: string): Fragment => {
    if (!isFragment(f)) throw new Error(`${file}: a fragment without url, content and meta; the Pagefind fragment format has changed`);
    const meta = metaFor(f.url, id);
    if (!meta) throw new Error(`${file}: no search record for ${f.url}`);
    return { ...f, content: '', meta };
  };
  const out = isFragment(parsed) ? rewrite(parsed) : Object.fromEntries(Object.entries(parsed as Record<string, unknown>).map(([id, f]) => [id, rewrite(f, id)]));
  return gzipSync(SIGNATURE + JSON.stringify(out), { level: 9 });
}

/**
 * Rewrites every fragment of the index at `indexDir` (see {@link rewriteFragment}); returns the id Pagefind
 * gives each edition in its results (the fragment's name, or its key in a bundle) with its URL.
 */
export function rewriteFragments(indexDir: string, metaFor: (url: string) => EditionMeta | undefined): { id: string; url: string }[] {
  const dir = join(indexDir, 'fragment');
  const found: { id: string; url: string }[] = [];
  for (const f of readdirSync(dir).filter((name) => name.endsWith('.pf_fragment'))) {
    const file = basename(f, '.pf_fragment');
    // The rewrite sees each fragment's URL; a bundle's fragments are found by their keys.
    writeFileSync(join(dir, f), rewriteFragment(readFileSync(join(dir, f)), (url, id) => (found.push({ id: id ?? file, url }), metaFor(url)), join(dir, f)));
  }
  return found;
}
