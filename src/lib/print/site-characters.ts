import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { collectCharacters } from './characters.ts';

/**
 * The characters the site can set: every character of the content tree (editions, issuers, programmes) and of
 * the interface strings. A superset of what the parser hands to pages (it only ever removes characters), read
 * as plain files because fonts are subsetted before Astro's content layer runs.
 *
 * siteCharacters('/work/main', 'content') → ' !"#…要…點…'; siteCharacters('/work/main', '/tmp/corpus') reads /tmp/corpus
 */
export function siteCharacters(root: string, contentRoot: string): string {
  const texts: string[] = [];
  // CONTENT_ROOT may be absolute (a generated corpus, a test's copy): resolved, not joined under the root.
  const content = resolve(root, contentRoot);
  for (const dir of ['editions', 'issuers', 'programmes']) {
    const base = join(content, dir);
    if (!existsSync(base)) continue;
    for (const f of readdirSync(base, { recursive: true, encoding: 'utf8' }).sort()) {
      if (/\.(mdx|md|ya?ml)$/.test(f)) texts.push(readFileSync(join(base, f), 'utf8'));
    }
  }
  const i18n = join(root, 'src', 'i18n');
  // The interface strings, their browser scripts' own modules (src/i18n/zh-CN/…) included.
  for (const f of readdirSync(i18n, { recursive: true, encoding: 'utf8' }).sort()) if (f.endsWith('.ts')) texts.push(readFileSync(join(i18n, f), 'utf8'));
  return collectCharacters(texts);
}
