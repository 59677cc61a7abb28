/**
 * The setting through which an organisation supplies its licensed 公文 typefaces: one environment variable per
 * role (font-roles.ts), each naming a font file, absolute or relative to the project root:
 *
 *   YAODIAN_FONT_FANGSONG=/srv/fonts/仿宋_GB2312.ttf     body text
 *   YAODIAN_FONT_XIAOBIAOSONG=/srv/fonts/FZXBSJW.TTF     titles, the red banner
 *   YAODIAN_FONT_HEITI=/srv/fonts/simhei.ttf             一、 headings
 *   YAODIAN_FONT_KAITI=/srv/fonts/楷体_GB2312.ttf        （一） headings, editorial notes
 *
 * Every problem is found at once and reported as one FontSettingError that names the variable, the file and the
 * fix, so a build machine's operator corrects them in one go. Nothing here reads more of a file than its header.
 */
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { FONT_ROLES, type RoleSpec, type SuppliedFonts } from './font-roles.ts';

/** The prefix of the setting's variables; any other variable under it is a typo, and an error. */
export const FONT_VARIABLE_PREFIX = 'YAODIAN_FONT_';

/** The setting cannot be used; `problems` has one line per variable. */
export class FontSettingError extends Error {
  problems: string[];
  constructor(problems: string[]) {
    super(`The typefaces supplied through ${FONT_VARIABLE_PREFIX}* cannot be used (README → Typefaces):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'FontSettingError';
    this.problems = problems;
  }
}

/** What a file's first four bytes say it is. */
export type FontSignature = 'truetype' | 'opentype' | 'woff' | 'woff2' | 'collection' | 'unknown';

/**
 * fontSignature(Buffer.from('OTTO')) → 'opentype'; fontSignature(Buffer.from('ttcf')) → 'collection'
 */
export function fontSignature(head: Uint8Array): FontSignature {
  const tag = Buffer.from(head.subarray(0, 4)).toString('latin1');
  if (tag === '\x00\x01\x00\x00' || tag === 'true') return 'truetype';
  if (tag === 'OTTO') return 'opentype';
  if (tag === 'wOFF') return 'woff';
  if (tag === 'wOF2') return 'woff2';
  if (tag === 'ttcf') return 'collection';
  return 'unknown';
}

/**
 * How long the file's header says it is: for TrueType/OpenType the end of its furthest table, for WOFF and WOFF2
 * the length field; 0 when there is nothing to check. `read(position, length)` reads the file.
 */
export function declaredLength(signature: FontSignature, head: Buffer, read: (position: number, length: number) => Buffer): number {
  if (head.length < 12) return 0;
  if (signature === 'woff' || signature === 'woff2') return head.readUInt32BE(8);
  if (signature !== 'truetype' && signature !== 'opentype') return 0;
  const records = read(12, 16 * head.readUInt16BE(4));
  let end = 0;
  for (let at = 0; at + 16 <= records.length; at += 16) end = Math.max(end, records.readUInt32BE(at + 8) + records.readUInt32BE(at + 12));
  return end;
}

/** What a file that is not a font probably is, from its first bytes; for the error message. */
function guessNotFont(head: Uint8Array): string {
  const hex = [...head.subarray(0, 4)].map((b) => b.toString(16).padStart(2, '0')).join(' ');
  const text = Buffer.from(head).toString('latin1');
  const what = text.startsWith('PK') ? ', a zip archive: unpack it and name the font inside'
    : text.startsWith('%PDF') ? ', a PDF'
    : /^\s*</.test(text) ? ', an HTML or XML page (a download that failed?)'
    : '';
  return `it begins with ${hex || 'nothing'}${what}`;
}

/** The problem with one variable's file, or undefined when it is a usable font. */
function checkFile(spec: RoleSpec, value: string, file: string): string | undefined {
  const fix = `Set ${spec.variable} to the ${spec.name} font file (.ttf, .otf, .woff or .woff2), or unset it to print ${spec.name} in the shipped ${spec.shippedName}.`;
  const where = file === value ? '' : ` (${file})`;
  let head: Buffer;
  let size: number;
  let declared: number;
  try {
    const stat = statSync(file);
    if (stat.isDirectory()) return `${spec.variable}=${value}: is a folder${where}, not a font file. ${fix}`;
    size = stat.size;
    const fd = openSync(file, 'r');
    try {
      const read = (position: number, length: number) => {
        const bytes = Buffer.alloc(length);
        return bytes.subarray(0, readSync(fd, bytes, 0, length, position));
      };
      head = read(0, 12);
      declared = declaredLength(fontSignature(head), head, read);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return `${spec.variable}=${value}: no such file${where}. ${fix}`;
    return `${spec.variable}=${value}: cannot be read${where}: ${code ?? String(error)}. Make it readable by the build, or unset ${spec.variable}.`;
  }
  const signature = fontSignature(head);
  if (signature === 'collection') {
    return `${spec.variable}=${value}: is a font collection (.ttc/.otc)${where}, which holds several faces. Extract the ${spec.name} face into a single .ttf or .otf first, e.g. \`fonttools ttLib -y 0 -o ${spec.role}.ttf ${value}\` (-y is the face's index; \`fc-query ${value}\` lists them), and name that file.`;
  }
  if (size < declared) return `${spec.variable}=${value}: is cut short${where}: ${size} bytes of the ${declared} its header declares. Copy the ${spec.name} font file again, or unset ${spec.variable}.`;
  if (signature === 'unknown') return `${spec.variable}=${value}: not a TrueType, OpenType, WOFF or WOFF2 font${where} (${guessNotFont(head)}). ${fix}`;
  return undefined;
}

/**
 * Reads the setting from `env`: the supplied font file of each role, resolved against `root`. Empty variables
 * count as unset. Throws FontSettingError listing every variable that names no usable font file, and every
 * YAODIAN_FONT_* variable that names no role.
 *
 * readFontSetting({ YAODIAN_FONT_FANGSONG: 'fonts/fs.ttf' }, '/site') → { fangsong: '/site/fonts/fs.ttf' }
 */
export function readFontSetting(env: Record<string, string | undefined>, root: string): SuppliedFonts {
  const problems: string[] = [];
  const supplied: SuppliedFonts = {};
  const known = new Set(FONT_ROLES.map((r) => r.variable));
  for (const name of Object.keys(env).sort()) {
    if (name.startsWith(FONT_VARIABLE_PREFIX) && !known.has(name) && env[name]?.trim()) {
      problems.push(`${name} names no typeface role. The roles are ${FONT_ROLES.map((r) => `${r.variable} (${r.name}: ${r.sets})`).join(', ')}.`);
    }
  }
  for (const spec of FONT_ROLES) {
    const value = env[spec.variable]?.trim();
    if (!value) continue;
    const file = resolve(root, value);
    const problem = checkFile(spec, value, file);
    if (problem) problems.push(problem);
    else supplied[spec.role] = file;
  }
  if (problems.length) throw new FontSettingError(problems);
  return supplied;
}

/**
 * The error for a supplied file that passed `readFontSetting` (it starts like a font) but that the subsetter
 * cannot read: every variable naming it, with the subsetter's reason.
 */
export function unreadableFont(supplied: SuppliedFonts, file: string, reason: string): FontSettingError {
  return new FontSettingError(
    FONT_ROLES.filter((spec) => supplied[spec.role] === file).map(
      (spec) => `${spec.variable}=${file}: looks like a font but cannot be read as one; it may be damaged or cut short (${reason}). Copy the ${spec.name} font file again, or unset ${spec.variable} to print ${spec.name} in the shipped ${spec.shippedName}.`,
    ),
  );
}
