/**
 * What the build needs to know of a supplied font, read from its tables: which characters it can draw (`cmap`: a
 * 仿宋_GB2312 or 方正小标宋简体 covers GB 2312 and often lacks a rare character of a name or place, which must
 * then be set in the shipped face rather than fall to whatever the build machine has), and whether its licence
 * bits let it be embedded (`OS/2`). Reads uncompressed sfnt (TrueType/OpenType) only: the subsets made by
 * `subsetFont(…, { targetFormat: 'truetype' })` are such fonts.
 */

/** The offset of table `tag`, or -1. */
function tableOffset(view: DataView, tag: string): number {
  for (let i = 0; i < view.getUint16(4); i++) {
    const record = 12 + 16 * i;
    if (String.fromCharCode(...[0, 1, 2, 3].map((k) => view.getUint8(record + k))) === tag) return view.getUint32(record + 8);
  }
  return -1;
}

const dataView = (sfnt: Uint8Array) => new DataView(sfnt.buffer, sfnt.byteOffset, sfnt.byteLength);

/**
 * True when the font's OS/2 fsType forbids embedding it (restricted licence, 0x0002) or allows only bitmaps
 * (0x0200): Chromium then draws its text into PDFs as Type 3 glyphs, not as an embedded font.
 */
export function embeddingRestricted(sfnt: Uint8Array): boolean {
  const v = dataView(sfnt);
  const os2 = tableOffset(v, 'OS/2');
  if (os2 < 0) return false;
  const fsType = v.getUint16(os2 + 8);
  return (fsType & 0x000f) === 0x0002 || (fsType & 0x0200) !== 0;
}

/** Code points the font maps to a glyph other than .notdef. Throws on a file that is no sfnt or has no Unicode cmap. */
export function fontCodePoints(sfnt: Uint8Array): Set<number> {
  const v = dataView(sfnt);
  const cmap = tableOffset(v, 'cmap');
  if (cmap < 0) throw new Error('font has no cmap table');
  return readCmap(v, cmap);
}

function readCmap(view: DataView, cmap: number): Set<number> {
  // Prefer the full-repertoire subtable (format 12) to the BMP one (format 4).
  let best: { format: number; offset: number } | undefined;
  for (let i = 0; i < view.getUint16(cmap + 2); i++) {
    const record = cmap + 4 + 8 * i;
    const platform = view.getUint16(record);
    const encoding = view.getUint16(record + 2);
    if (!(platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10)))) continue;
    const offset = cmap + view.getUint32(record + 4);
    const format = view.getUint16(offset);
    if ((format === 12 && best?.format !== 12) || (format === 4 && !best)) best = { format, offset };
  }
  if (!best) throw new Error('font has no Unicode cmap subtable (format 4 or 12)');
  return best.format === 12 ? format12(view, best.offset) : format4(view, best.offset);
}

function format12(view: DataView, at: number): Set<number> {
  const out = new Set<number>();
  const groups = view.getUint32(at + 12);
  for (let g = 0; g < groups; g++) {
    const group = at + 16 + 12 * g;
    const [start, end, glyph] = [view.getUint32(group), view.getUint32(group + 4), view.getUint32(group + 8)];
    for (let cp = start; cp <= end; cp++) if (glyph + (cp - start) !== 0) out.add(cp);
  }
  return out;
}

function format4(view: DataView, at: number): Set<number> {
  const out = new Set<number>();
  const segments = view.getUint16(at + 6) / 2;
  const ends = at + 14;
  const starts = ends + 2 * segments + 2;
  const deltas = starts + 2 * segments;
  const rangeOffsets = deltas + 2 * segments;
  for (let s = 0; s < segments; s++) {
    const [start, end] = [view.getUint16(starts + 2 * s), view.getUint16(ends + 2 * s)];
    const delta = view.getInt16(deltas + 2 * s);
    const rangeOffset = view.getUint16(rangeOffsets + 2 * s);
    for (let cp = start; cp <= end && cp !== 0xffff; cp++) {
      let glyph: number;
      if (rangeOffset === 0) glyph = (cp + delta) & 0xffff;
      else {
        const raw = view.getUint16(rangeOffsets + 2 * s + rangeOffset + 2 * (cp - start));
        glyph = raw === 0 ? 0 : (raw + delta) & 0xffff;
      }
      if (glyph !== 0) out.add(cp);
    }
  }
  return out;
}

/**
 * The characters of `characters` the font cannot draw, in their order; white space is never reported (a font
 * without a space glyph still spaces).
 *
 * lackedCharacters(subsetOfFangSongGB2312, '要点䶮') → '䶮'
 */
export function lackedCharacters(sfnt: Uint8Array, characters: string): string {
  const has = fontCodePoints(sfnt);
  return [...characters].filter((ch) => !/\s/u.test(ch) && !has.has(ch.codePointAt(0)!)).join('');
}
