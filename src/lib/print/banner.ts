/**
 * The 发文机关标志 (red banner) as GB/T 9704-2012 sets it: one line, centred, no wider than the type area. Real
 * banners are set large and compressed sideways (长体) when the name is long; this does the same: the size is
 * fixed and a horizontal scale fits long names into the type area.
 *
 * The page marks the banner's width in em (`data-print-banner="16"`) and print.css reads the size and scale for
 * that width from rules generated here: no inline style, so a strict Content-Security-Policy holds.
 */
import { emWidth } from './characters.ts';

/** Width of the type area, mm. */
export const TYPE_WIDTH_MM = 156;
/** Height of the banner's characters, mm (about 初号, as common 红头 are set). */
export const BANNER_SIZE_MM = 15;
/** Below this the characters would look crushed: the size shrinks instead. */
const MIN_SCALE = 0.55;
/** The banner is kept a little inside the type area. */
const MAX_WIDTH_MM = TYPE_WIDTH_MM - 6;
/** Widths the generated rules cover; a longer banner is drawn as the longest. */
export const MAX_BANNER_WIDTH = 40;

export interface BannerLayout {
  /** Font size, mm. */
  sizeMm: number;
  /** Horizontal scale, ≤ 1. */
  scaleX: number;
}

/**
 * `data-print-banner`: the banner's width in whole em, 1…40.
 * bannerWidth('中共开平市直属机关工作委员会文件') → 16
 */
export function bannerWidth(banner: string): number {
  return Math.min(MAX_BANNER_WIDTH, Math.max(1, Math.ceil(emWidth(banner))));
}

/**
 * bannerLayout(16) → { sizeMm: 15, scaleX: 0.625 } (16 characters into 150 mm)
 * bannerLayout(6) → { sizeMm: 15, scaleX: 1 }
 */
export function bannerLayout(width: number): BannerLayout {
  let sizeMm = BANNER_SIZE_MM;
  let scaleX = Math.min(1, MAX_WIDTH_MM / (width * sizeMm));
  if (scaleX < MIN_SCALE) {
    sizeMm = MAX_WIDTH_MM / (width * MIN_SCALE);
    scaleX = MIN_SCALE;
  }
  return { sizeMm: round(sizeMm), scaleX: round(scaleX) };
}

/** `[data-print-banner="16"] { --print-banner-size: 15mm; --print-banner-scale: 0.625; }` for every width. */
export function bannerCss(): string {
  const rules: string[] = [];
  for (let w = 1; w <= MAX_BANNER_WIDTH; w++) {
    const { sizeMm, scaleX } = bannerLayout(w);
    rules.push(`[data-print-banner="${w}"] { --print-banner-size: ${sizeMm}mm; --print-banner-scale: ${scaleX}; }`);
  }
  return rules.join('\n');
}

const round = (n: number) => Math.round(n * 1000) / 1000;
