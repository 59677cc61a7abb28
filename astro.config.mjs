// @ts-check
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { basePath } from './src/lib/site/urls.ts';
import { printArtifacts } from './src/integrations/print-artifacts.ts';

// BASE_PATH=/dangjian/yaodian/ npm run build → a site that lives under that path on an intranet server.
export default defineConfig({
  // SITE_URL=https://intranet.example/ gives feeds and the sitemap absolute addresses.
  site: process.env.SITE_URL || undefined,
  base: basePath(process.env.BASE_PATH),
  outDir: process.env.OUT_DIR ?? './dist',
  // Builds side by side (tests, benchmarks) each keep Astro's own cache apart.
  cacheDir: process.env.ASTRO_CACHE_DIR || './node_modules/.astro',
  trailingSlash: 'ignore',
  // No inline <script> or <style>: every script and stylesheet is a file under _astro/, so the server's
  // Content-Security-Policy can be a fixed `script-src 'self'; style-src 'self'` (deploy/nginx.conf).
  build: { format: 'directory', inlineStylesheets: 'never' },
  // The output folder is not emptied: scripts/build.ts empties it unless it is the last build's own, and removes
  // afterwards what the build no longer writes (src/lib/incremental/out-dir.ts), so kept pages are not copied back.
  vite: { build: { assetsInlineLimit: 0, emptyOutDir: false } },
  integrations: [mdx(), printArtifacts()],
  // Punctuation is the importer's job (named, tested, reported); the Markdown pipeline must not rewrite it.
  markdown: { processor: satteri({ features: { smartPunctuation: false } }) },
  devToolbar: { enabled: false },
  // Incremental builds: a page whose cache key (src/lib/incremental/page-keys.ts: a digest of the content it
  // shows) and code are unchanged since the last build is not rendered again; `npm run build -- --force` renders all.
  experimental: { incrementalBuild: true },
});
