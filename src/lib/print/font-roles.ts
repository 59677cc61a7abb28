/**
 * The four typeface roles of a printed 公文 (GB/T 9704-2012), and which face serves each: the one the
 * organisation supplies (font-setting.ts), else the open face the project ships. One table says, per role, the
 * environment variable, the @font-face family print.css names, the shipped stand-in and the social-card families
 * it draws; `resolveRoles` turns a setting into the faces to subset and declare, `describeRoles` into the log line.
 */
import type { PrintFace } from './fonts.ts';

export type FontRole = 'fangsong' | 'xiaobiaosong' | 'heiti' | 'kaiti';

/** One role of the table. */
export interface RoleSpec {
  role: FontRole;
  /** The role as 公文 typesetting names it. */
  name: string;
  /** What it sets, for messages. */
  sets: string;
  /** The environment variable that supplies its font file. */
  variable: string;
  /** The @font-face family print.css names for the role, after the official fonts of its stack. */
  family: string;
  /** The shipped open faces, by weight; the first is the role's regular face. */
  shipped: readonly { weight: 400 | 700; source: string }[];
  /** The shipped face's name in the build log. */
  shippedName: string;
  /** The social-card (Satori) families this role draws, drawn with the role's regular face. */
  cards: readonly { family: string; weight: 400 | 700 }[];
}

const SERIF_400 = '@expo-google-fonts/noto-serif-sc/400Regular/NotoSerifSC_400Regular.ttf';
const SERIF_700 = '@expo-google-fonts/noto-serif-sc/700Bold/NotoSerifSC_700Bold.ttf';
const SANS_500 = '@expo-google-fonts/noto-sans-sc/500Medium/NotoSansSC_500Medium.ttf';

/**
 * In print.css's order. There is no open 仿宋 or 楷体 on npm: Noto Serif SC (a 宋体) stands in for both. 小标宋 is a
 * heavy 宋体 set at normal weight, so its stand-in is Noto Serif SC Bold declared as weight 400 (a real 方正小标宋
 * is then never synthetically emboldened). 黑体 is one medium-heavy weight: Noto Sans SC Medium. On cards, titles
 * and the red kicker are 小标宋 (as the 版头 is), the small print 黑体.
 */
export const FONT_ROLES: readonly RoleSpec[] = [
  {
    role: 'fangsong', name: '仿宋', sets: 'body text', variable: 'YAODIAN_FONT_FANGSONG', family: 'Yaodian FangSong',
    shipped: [{ weight: 400, source: SERIF_400 }, { weight: 700, source: SERIF_700 }], shippedName: 'Noto Serif SC Regular',
    cards: [{ family: 'Serif', weight: 400 }],
  },
  {
    role: 'xiaobiaosong', name: '小标宋', sets: 'titles and the red banner', variable: 'YAODIAN_FONT_XIAOBIAOSONG', family: 'Yaodian XiaoBiaoSong',
    shipped: [{ weight: 400, source: SERIF_700 }], shippedName: 'Noto Serif SC Bold',
    cards: [{ family: 'Serif', weight: 700 }],
  },
  {
    role: 'heiti', name: '黑体', sets: 'first-level headings 一、', variable: 'YAODIAN_FONT_HEITI', family: 'Yaodian HeiTi',
    shipped: [{ weight: 400, source: SANS_500 }], shippedName: 'Noto Sans SC Medium',
    cards: [{ family: 'Sans', weight: 400 }],
  },
  {
    role: 'kaiti', name: '楷体', sets: 'second-level headings （一） and editorial notes', variable: 'YAODIAN_FONT_KAITI', family: 'Yaodian KaiTi',
    shipped: [{ weight: 400, source: SERIF_400 }], shippedName: 'Noto Serif SC Regular',
    cards: [],
  },
];

/** The font files an organisation supplies, by role: absolute paths, already validated. */
export type SuppliedFonts = Partial<Record<FontRole, string>>;

/** One role, resolved. */
export interface ResolvedRole {
  spec: RoleSpec;
  /** The supplied file, when there is one. */
  file?: string;
  /** The @font-face rules of the role (none: print.css's stack goes on to its next family). */
  print: PrintFace[];
  /** The faces Satori draws the role's card families with. */
  cards: PrintFace[];
  /** The shipped regular face: what the role falls back to, and what a supplied face's missing characters take. */
  fallback: PrintFace;
}

/**
 * Which face serves each role. A supplied file replaces every shipped weight of its role: one file is one
 * weight, and bold 仿宋 (item titles) is emboldened from it, as word processors do with 仿宋_GB2312.
 *
 * 楷体 without a supplied face is left undeclared while 仿宋 is not supplied either: print.css names
 * 'Yaodian FangSong' right after 'Yaodian KaiTi', and that is the very face (Noto Serif SC Regular), so the build
 * stays what it was before the role existed. Once 仿宋 is supplied, 楷体 is declared with its own shipped face,
 * so editorial notes never pass for the supplied body type.
 *
 * resolveRoles({}).flatMap((r) => r.print) → the four shipped faces of 仿宋 (400, 700), 小标宋 and 黑体
 */
export function resolveRoles(supplied: SuppliedFonts): ResolvedRole[] {
  return FONT_ROLES.map((spec) => {
    const file = supplied[spec.role];
    const fallback: PrintFace = { family: spec.family, weight: 400, source: spec.shipped[0]!.source };
    const regular = file ?? fallback.source;
    const undeclared = spec.role === 'kaiti' && !file && !supplied.fangsong;
    const print: PrintFace[] = file ? [{ family: spec.family, weight: 400, source: file }] : undeclared ? [] : spec.shipped.map((s) => ({ family: spec.family, ...s }));
    const cards = spec.cards.map((c) => ({ ...c, source: regular }));
    return { spec, ...(file ? { file } : {}), print, cards, fallback };
  });
}

/**
 * The build log's line: which face each role uses, supplied or fallen back.
 *
 * describeRoles(resolveRoles({ fangsong: '/srv/fonts/FZFSK.TTF' }))
 *   → 'fonts: 仿宋 → /srv/fonts/FZFSK.TTF (supplied); 小标宋 → Noto Serif SC Bold (shipped fallback); …'
 */
export function describeRoles(roles: readonly ResolvedRole[]): string {
  return `fonts: ${roles.map((r) => `${r.spec.name} → ${r.file ? `${r.file} (supplied)` : `${r.spec.shippedName} (shipped fallback)`}`).join('; ')}`;
}

/** What the build found out about a supplied font file (fonts.ts, `FontSubset`). */
export interface SuppliedFacts {
  /** The site's characters it cannot draw. */
  lacks: string;
  /** CFF (PostScript) outlines. */
  cff: boolean;
  /** Its licence bits (OS/2 fsType) forbid embedding. */
  restricted: boolean;
}

/**
 * Warnings about the supplied faces, one line each: a face that lacks some of the site's characters (they print
 * in the role's shipped face instead; at most `shown` are listed); a face with CFF outlines (.otf) or whose
 * licence bits forbid embedding, either of which Chromium draws into PDFs as Type 3 glyph outlines rather than
 * embedding the font: they print and read as text, but the PDF names no font.
 */
export function describeWarnings(roles: readonly ResolvedRole[], facts: (file: string) => SuppliedFacts, shown = 20): string[] {
  return roles.flatMap((r) => {
    if (!r.file) return [];
    const { lacks, cff, restricted } = facts(r.file);
    const gaps = [...lacks];
    const list = gaps.slice(0, shown).join('') + (gaps.length > shown ? '…' : '');
    const face = `fonts: ${r.spec.name} (${r.file})`;
    const type3 = 'which Chromium draws into PDFs as Type 3 glyphs, not as a named font';
    return [
      ...(gaps.length ? [`${face} lacks ${gaps.length} of the site's characters (${list}); they print in ${r.spec.shippedName}`] : []),
      ...(cff ? [`${face} has CFF outlines, ${type3}; a TrueType (.ttf) edition of the face embeds as one`] : []),
      ...(restricted ? [`${face} forbids embedding (OS/2 fsType), ${type3}; an edition licensed for embedding embeds as one`] : []),
    ];
  });
}
