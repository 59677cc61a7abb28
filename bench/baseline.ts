/**
 * The baseline the build is compared with: a bare Astro + MDX project over the same edition files, one page per
 * entry rendering its <Content />, a permissive schema, no catalog, no search integration (Pagefind is run
 * over its output separately). Written into a temporary directory that links the project's node_modules, so
 * both builds use the same Astro.
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The baseline project's files, relative to its root; the glob loader reads `editionsDir`. */
export function baselineFiles(editionsDir: string): Record<string, string> {
  return {
    'package.json': `${JSON.stringify({ name: 'yaodian-baseline', private: true, type: 'module', scripts: { build: 'astro build' } }, null, 2)}\n`,
    // Only mdx(). cacheDir is the project's own, so the baseline never touches the site's content store.
    'astro.config.mjs': `import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

export default defineConfig({ integrations: [mdx()], outDir: process.env.OUT_DIR ?? './dist', cacheDir: './.cache', build: { format: 'directory' } });
`,
    'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

export const collections = {
  editions: defineCollection({ loader: glob({ pattern: '**/*.mdx', base: ${JSON.stringify(editionsDir)} }), schema: z.looseObject({}) }),
};
`,
    'src/components/Marker.astro': '<span></span>\n',
    'src/pages/[...id].astro': `---
import { getCollection, render } from 'astro:content';
import Marker from '../components/Marker.astro';

export async function getStaticPaths() {
  const entries = await getCollection('editions');
  return entries.map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<html lang="zh-CN">
  <head><meta charset="utf-8" /><title>{String(entry.data.title ?? entry.id)}</title></head>
  <body><main><Content components={{ OutlineOnly: Marker, Truncated: Marker }} /></main></body>
</html>
`,
  };
}

/** Writes the baseline project into `dir` (which should be empty) with node_modules linked to `nodeModules`. */
export function writeBaselineProject(dir: string, editionsDir: string, nodeModules: string): void {
  for (const [path, text] of Object.entries(baselineFiles(editionsDir))) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  symlinkSync(nodeModules, join(dir, 'node_modules'), 'dir');
}
