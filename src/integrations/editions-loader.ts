import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { readFrontmatter } from '../lib/text/frontmatter.ts';
import { EDITION_FRONTMATTER_HINT } from '../lib/edition/load.ts';
import { digestOf } from '../lib/incremental/page-keys.ts';

/**
 * Loads content/editions/<issuer>/<year>.mdx as data: frontmatter validated by the collection schema, with the
 * line the body starts on (`bodyLine`), so that src/data/site.ts parses it naming lines of the file, and the
 * digest of the file's text. The body is not stored: Astro bundles its data store into the build, and at 5,000
 * editions the bodies made it about 100 MB. src/data/site.ts reads a body from its file when it parses it
 * (src/lib/edition/source.ts), which an incremental build does for changed editions only.
 *
 * Why not Astro's glob loader: for `.mdx` it registers every file as an MDX module, and the build compiles
 * each one although the pages never render MDX (they render the parsed Edition model). On a large archive
 * that compilation is most of the build.
 */
export function editionsLoader({ base }: { base: string }): Loader {
  return {
    name: 'yaodian:editions',
    load: async (context) => {
      const dir = resolve(base);
      await loadAll(context, dir);
      context.watcher?.add(dir);
      context.watcher?.on('all', async (_event, path) => {
        if (path.startsWith(dir) && path.endsWith('.mdx')) await loadAll(context, dir);
      });
    },
  };
}

async function loadAll({ store, parseData, config }: LoaderContext, dir: string): Promise<void> {
  const root = config.root.pathname;
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.mdx')).sort();
  const seen = new Set<string>();
  for (const f of files) {
    const path = join(dir, f);
    const file = relative(root, path);
    const id = f.replace(/\\/g, '/').replace(/\.mdx$/, '');
    const text = readFileSync(path, 'utf8');
    const digest = digestOf(text);
    seen.add(id);
    // Unchanged: the same text at the same path (the body is read from that path when the edition is parsed).
    const kept = store.get(id);
    if (kept?.digest === digest && kept.filePath === file) continue;
    const { data: raw, lineOffset } = readFrontmatter(text, file, EDITION_FRONTMATTER_HINT);
    const fields = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
    const data = await parseData({ id, data: { ...fields, bodyLine: lineOffset }, filePath: file });
    store.set({ id, data: { ...data }, filePath: file, digest });
  }
  for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
}
