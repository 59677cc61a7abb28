import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { readFrontmatter } from '../lib/text/frontmatter.ts';
import { EDITION_FRONTMATTER_HINT } from '../lib/edition/load.ts';

/**
 * Loads content/editions/<issuer>/<year>.mdx as data: frontmatter validated by the collection schema,
 * the body kept as text for src/lib/edition/parse.ts, with the line it starts on (`bodyLine`), so that
 * src/data/site.ts parses it naming lines of the file.
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

async function loadAll({ store, parseData, generateDigest, config }: LoaderContext, dir: string): Promise<void> {
  const root = config.root.pathname;
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.mdx')).sort();
  const seen = new Set<string>();
  for (const f of files) {
    const path = join(dir, f);
    const file = relative(root, path);
    const id = f.replace(/\\/g, '/').replace(/\.mdx$/, '');
    const text = readFileSync(path, 'utf8');
    const digest = generateDigest(text);
    seen.add(id);
    if (store.get(id)?.digest === digest) continue;
    const { data: raw, body, lineOffset } = readFrontmatter(text, file, EDITION_FRONTMATTER_HINT);
    const fields = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
    const data = await parseData({ id, data: { ...fields, bodyLine: lineOffset }, filePath: file });
    store.set({ id, data: { ...data }, body, filePath: file, digest });
  }
  for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
}
