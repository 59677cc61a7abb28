import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { collectCharacters, distinctCharacters } from './characters.ts';

/** What the cache keeps of each content file: its modification time and size when read, and its characters. */
type Kept = [mtimeMs: number, size: number, characters: string];

/** The cache file's form; another version is not read. */
const VERSION = 1;

function readCache(file: string | undefined): Map<string, Kept> {
  if (!file) return new Map();
  try {
    const data = JSON.parse(readFileSync(file, 'utf8')) as { version: number; files: Record<string, Kept> };
    return data.version === VERSION ? new Map(Object.entries(data.files)) : new Map();
  } catch {
    return new Map();
  }
}

/**
 * The characters the site can set: every character of the content tree (editions, issuers, programmes) and of
 * the interface strings. A superset of what the parser hands to pages (it only ever removes characters), read
 * as plain files because fonts are subsetted before Astro's content layer runs.
 *
 * With `cacheFile`, each content file's characters are kept there with its modification time and size, and a
 * file found again with the same time and size is not read (at 5,000 editions reading them all is about 1 s of
 * every build). The result is the same with or without it.
 *
 * siteCharacters('/work/main', 'content') → ' !"#…要…點…'; siteCharacters('/work/main', '/tmp/corpus') reads /tmp/corpus
 */
export function siteCharacters(root: string, contentRoot: string, cacheFile?: string): string {
  const kept = readCache(cacheFile);
  const now = new Map<string, Kept>();
  const scratch = new Uint8Array(0x110000 >> 3);
  let read = 0;
  // CONTENT_ROOT may be absolute (a generated corpus, a test's copy): resolved, not joined under the root.
  const content = resolve(root, contentRoot);
  for (const dir of ['editions', 'issuers', 'programmes']) {
    const base = join(content, dir);
    if (!existsSync(base)) continue;
    for (const f of readdirSync(base, { recursive: true, encoding: 'utf8' }).sort()) {
      if (!/\.(mdx|md|ya?ml)$/.test(f)) continue;
      const path = join(base, f);
      const { mtimeMs, size } = statSync(path);
      const before = kept.get(path);
      if (before && before[0] === mtimeMs && before[1] === size) now.set(path, before);
      else {
        now.set(path, [mtimeMs, size, distinctCharacters(readFileSync(path, 'utf8'), scratch)]);
        read++;
      }
    }
  }
  const texts = [...now.values()].map((k) => k[2]);
  const i18n = join(root, 'src', 'i18n');
  // The interface strings, their browser scripts' own modules (src/i18n/zh-CN/…) included.
  for (const f of readdirSync(i18n, { recursive: true, encoding: 'utf8' }).sort()) if (f.endsWith('.ts')) texts.push(readFileSync(join(i18n, f), 'utf8'));
  if (cacheFile && (read > 0 || now.size !== kept.size)) {
    // Written beside and renamed: a build running alongside reads the old cache or the new one, never half of one.
    mkdirSync(dirname(cacheFile), { recursive: true });
    const tmp = `${cacheFile}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify({ version: VERSION, files: Object.fromEntries(now) }));
    renameSync(tmp, cacheFile);
  }
  return collectCharacters(texts);
}
