/**
 * The open fonts the project ships for print, PDFs and social cards, and their subsets.
 *
 * Print stacks name the official fonts first (方正小标宋简体, 仿宋_GB2312, 黑体 …, see print.css) so that staff
 * machines that have them use them; after those come the families declared here, made from Noto Serif SC and
 * Noto Sans SC (OFL, from npm), subsetted at build time to the characters the site uses: nothing is fetched from
 * outside, and a page that prints loads a few hundred kilobytes instead of 15 MB per face.
 * There is no open 仿宋 or 楷体 on npm; Noto Serif SC (a 宋体) stands in for both.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import subsetFont from 'subset-font';
import { contentKey, readCached, writeCached } from './cache.ts';

/** One @font-face the print stylesheet can fall back to. */
export interface ShippedFace {
  /** CSS family name; print.css lists it after the official fonts of its role. */
  family: string;
  /** The weight the face is declared with. */
  weight: 400 | 700;
  /** The full font in node_modules, as a package path. */
  source: string;
}

const SERIF_400 = '@expo-google-fonts/noto-serif-sc/400Regular/NotoSerifSC_400Regular.ttf';
const SERIF_700 = '@expo-google-fonts/noto-serif-sc/700Bold/NotoSerifSC_700Bold.ttf';
const SANS_500 = '@expo-google-fonts/noto-sans-sc/500Medium/NotoSansSC_500Medium.ttf';

/**
 * The faces print.css falls back to. 小标宋 is a heavy 宋体 set at normal weight, so its stand-in is Noto Serif SC
 * Bold declared as weight 400 (a real 方正小标宋简体 is then never synthetically emboldened). 黑体 is a single
 * medium-heavy weight: Noto Sans SC Medium.
 */
export const PRINT_FACES: readonly ShippedFace[] = [
  { family: 'Yaodian FangSong', weight: 400, source: SERIF_400 },
  { family: 'Yaodian FangSong', weight: 700, source: SERIF_700 },
  { family: 'Yaodian XiaoBiaoSong', weight: 400, source: SERIF_700 },
  { family: 'Yaodian HeiTi', weight: 400, source: SANS_500 },
];

/** The faces social cards are drawn with (Satori's font list). */
export const CARD_FACES: readonly ShippedFace[] = [
  { family: 'Serif', weight: 400, source: SERIF_400 },
  { family: 'Serif', weight: 700, source: SERIF_700 },
  { family: 'Sans', weight: 400, source: SANS_500 },
];

/** A subsetted font file in the cache. */
export interface FontSubset {
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
 * Satori all read), keeping the results in `cacheDir` by content key. `root` is where node_modules is resolved.
 */
export async function subsetFaces(faces: readonly ShippedFace[], characters: string, cacheDir: string, root: string): Promise<Map<string, FontSubset>> {
  const require = createRequire(`${root}/package.json`);
  const out = new Map<string, FontSubset>();
  for (const source of new Set(faces.map((f) => f.source))) {
    const full = readFileSync(require.resolve(source));
    const key = contentKey('font-subset-v1', full, characters, 'woff2');
    let made = false;
    if (!readCached(cacheDir, key, 'woff2')) {
      writeCached(cacheDir, key, 'woff2', await subsetFont(full, characters, { targetFormat: 'woff2' }));
      made = true;
    }
    out.set(source, { source, key, file: `${cacheDir}/${key}.woff2`, made });
  }
  return out;
}

/**
 * The @font-face rules for `faces`, each pointing at `url(subset)`. `font-display: block`: these faces only serve
 * print, where a fallback font must never be laid out first.
 *
 * fontFaceCss([{ family: 'Yaodian HeiTi', weight: 400, source: 's' }], () => './a.woff2')
 *   → "@font-face { font-family: 'Yaodian HeiTi'; font-weight: 400; … src: url('./a.woff2') format('woff2'); }"
 */
export function fontFaceCss(faces: readonly ShippedFace[], url: (source: string) => string): string {
  return faces
    .map((f) => `@font-face { font-family: '${f.family}'; font-weight: ${f.weight}; font-style: normal; font-display: block; src: url('${url(f.source)}') format('woff2'); }`)
    .join('\n');
}
