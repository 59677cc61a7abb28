/**
 * The faces of print, PDFs and social cards, and their subsets.
 *
 * Print stacks name the official fonts first (方正小标宋简体, 仿宋_GB2312, 黑体 …, see print.css) so that staff
 * machines that have them use them; after those come the `Yaodian …` families declared here. Each is the face the
 * organisation supplied for its role (YAODIAN_FONT_*, font-setting.ts) or else the open face the project ships
 * (Noto Serif SC and Noto Sans SC, OFL, from npm; font-roles.ts), subsetted at build time to the characters the
 * site uses: nothing is fetched from outside, and a page that prints loads a few hundred kilobytes instead of
 * 15 MB per face.
 */
import { createRequire } from 'node:module';
import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute } from 'node:path';
import subsetFont from 'subset-font';
import { contentKey, readCached, writeCached } from './cache.ts';
import { embeddingRestricted, lackedCharacters } from './sfnt.ts';
import { resolveRoles, type ResolvedRole, type SuppliedFacts } from './font-roles.ts';

/** One @font-face of print, or one font of Satori's list. */
export interface PrintFace {
  /** CSS family name; print.css lists it after the official fonts of its role. */
  family: string;
  /** The weight the face is declared with. */
  weight: 400 | 700;
  /** The full font: a package path in node_modules (shipped), or an absolute file path (supplied). */
  source: string;
  /** Only these characters (CSS unicode-range): a shipped face standing in where a supplied one has no glyph. */
  only?: string;
}

const shipped = resolveRoles({});

/** The shipped faces print.css falls back to (see font-roles.ts for why each). */
export const PRINT_FACES: readonly PrintFace[] = shipped.flatMap((r) => r.print);

/** The shipped faces social cards are drawn with (Satori's font list). */
export const CARD_FACES: readonly PrintFace[] = shipped.flatMap((r) => r.cards);

/** A subsetted font file in the cache, and what the build found out about a supplied one (all false for shipped faces, the last resort). */
export interface FontSubset extends SuppliedFacts {
  source: string;
  /** Content key: of the full font's bytes, the characters and the format. */
  key: string;
  /** The WOFF2 file (in the cache directory). */
  file: string;
  /** True when it was made now, false when found in the cache. */
  made: boolean;
}

/**
 * Subsets each distinct source of `faces` to `characters`, as WOFF2 (which browsers, Chromium's PDF printer and
 * Satori all read), keeping the results in `cacheDir` by content key: the key is of the full font's bytes, so a
 * supplied font that changes gets a new subset. `root` is where node_modules is resolved.
 */
export async function subsetFaces(faces: readonly PrintFace[], characters: string, cacheDir: string, root: string): Promise<Map<string, FontSubset>> {
  const require = createRequire(`${root}/package.json`);
  const out = new Map<string, FontSubset>();
  for (const source of new Set(faces.map((f) => f.source))) {
    const supplied = isAbsolute(source);
    const full = readFileSync(supplied ? source : require.resolve(source));
    // Supplied subsets are made another way (through an sfnt): their own key, even for a font the project ships.
    const key = contentKey(supplied ? 'supplied-font-subset-v2' : 'font-subset-v1', full, characters, 'woff2');
    const file = `${cacheDir}/${key}.woff2`;
    let made = false;
    let facts: SuppliedFacts = { lacks: '', cff: false, restricted: false };
    if (!supplied) {
      if (!readCached(cacheDir, key, 'woff2')) {
        writeCached(cacheDir, key, 'woff2', await subsetFont(full, characters, { targetFormat: 'woff2' }));
        made = true;
      }
    } else {
      const known = existsSync(file) ? readCached(cacheDir, key, 'json') : undefined;
      if (known) facts = JSON.parse(known.toString('utf8')) as SuppliedFacts;
      else {
        facts = await subsetSupplied(source, full, characters, cacheDir, key);
        made = true;
      }
    }
    out.set(source, { source, key, file, made, ...facts });
  }
  return out;
}

/** A supplied font file the subsetter cannot read: damaged, or cut short. */
export class FontFileError extends Error {
  file: string;
  /** What the subsetter said. */
  reason: string;
  constructor(file: string, reason: string) {
    super(`${file}: ${reason}`);
    this.name = 'FontFileError';
    this.file = file;
    this.reason = reason;
  }
}

/**
 * Subsets a supplied font through an uncompressed subset, which says what the font lacks (its cmap), what its
 * outlines are and whether it may be embedded; then as WOFF2 like the shipped faces. Throws FontFileError.
 */
async function subsetSupplied(file: string, full: Buffer, characters: string, cacheDir: string, key: string): Promise<SuppliedFacts> {
  let facts: SuppliedFacts;
  let woff2: Buffer;
  try {
    const sfnt = await subsetFont(full, characters, { targetFormat: 'truetype' });
    facts = { lacks: lackedCharacters(sfnt, characters), cff: sfnt.toString('latin1', 0, 4) === 'OTTO', restricted: embeddingRestricted(sfnt) };
    woff2 = await subsetFont(sfnt, characters, { targetFormat: 'woff2' });
  } catch (error) {
    throw new FontFileError(file, error instanceof Error ? error.message : String(error));
  }
  writeCached(cacheDir, key, 'json', JSON.stringify(facts));
  writeCached(cacheDir, key, 'woff2', woff2);
  return facts;
}

/**
 * The faces to declare in print CSS: each role's, and after a supplied face that lacks some of the site's
 * characters, the role's shipped face for those characters only (the later rule is tried first for the
 * characters of its unicode-range, so the printer never reaches for a font the build machine may not have).
 */
export function printFaces(roles: readonly ResolvedRole[], subsets: ReadonlyMap<string, FontSubset>): PrintFace[] {
  return roles.flatMap((r) => {
    const lacks = r.file ? subsets.get(r.file)?.lacks : '';
    return lacks ? [...r.print, { ...r.fallback, only: lacks }] : r.print;
  });
}

/**
 * unicodeRange('仿宋') → 'U+4EFF, U+5B8B'
 */
export function unicodeRange(characters: string): string {
  return [...characters].map((ch) => `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`).join(', ');
}

/**
 * The @font-face rules for `faces`, each pointing at `url(subset)`. `font-display: block`: these faces only serve
 * print, where a fallback font must never be laid out first.
 *
 * fontFaceCss([{ family: 'Yaodian HeiTi', weight: 400, source: 's' }], () => './a.woff2')
 *   → "@font-face { font-family: 'Yaodian HeiTi'; font-weight: 400; … src: url('./a.woff2') format('woff2'); }"
 */
export function fontFaceCss(faces: readonly PrintFace[], url: (source: string) => string): string {
  return faces
    .map((f) => `@font-face { font-family: '${f.family}'; font-weight: ${f.weight}; font-style: normal; font-display: block; src: url('${url(f.source)}') format('woff2');${f.only ? ` unicode-range: ${unicodeRange(f.only)};` : ''} }`)
    .join('\n');
}
