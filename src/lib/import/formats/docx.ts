/**
 * .docx → paragraphs. JSZip opens the package and fast-xml-parser reads the WordprocessingML (in document
 * order), so this file only walks w:body. What a plain "save as text" loses and we restore:
 * - Word's AUTOMATIC list numbering (一、/（一）/1.): the numbers are not in the text but computed by Word
 *   from word/numbering.xml; we count them the way Word does, so the importer sees the issued numbers;
 * - bold leading runs (a run-in item title) → boldPrefix; Heading 1..n styles → heading.
 */
import JSZip from 'jszip';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { InputError } from '../../errors.ts';
import { toChineseNumeral } from '../../text/cjk.ts';
import { finish, type Extracted, type ExtractedParagraph } from './extract.ts';

/** fast-xml-parser's ordered form: each node is { tag: children[], ':@'?: attributes } or { '#text': string }. */
type XNode = Record<string, unknown>;

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  // w:t text must keep its spaces and stay a string ("2026" is a word, not a number).
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
});

const tagOf = (n: XNode): string | undefined => Object.keys(n).find((k) => k !== ':@');
const kids = (n: XNode): XNode[] => {
  const t = tagOf(n);
  return t && Array.isArray(n[t]) ? (n[t] as XNode[]) : [];
};
const attr = (n: XNode | undefined, name: string): string | undefined => (n?.[':@'] as Record<string, string> | undefined)?.[name];
const child = (n: XNode | undefined, tag: string): XNode | undefined => (n ? kids(n).find((c) => tagOf(c) === tag) : undefined);
const val = (n: XNode | undefined): string | undefined => attr(n, 'w:val');
/** A w:b / w:ilvl style toggle: present and not switched off. */
const on = (n: XNode | undefined): boolean => n !== undefined && !['0', 'false', 'off'].includes(val(n) ?? '');

interface Level {
  start: number;
  format: string;
  text: string;
  legal: boolean;
}
interface Numbering {
  /** numId → abstractNumId and its per-level start overrides. */
  nums: Map<string, { abstract: string; overrides: Map<number, number> }>;
  abstracts: Map<string, Map<number, Level>>;
}

interface Style {
  name: string;
  basedOn?: string;
  bold: boolean;
  outline?: number;
  numId?: string;
  ilvl?: number;
}

/** Reads a received .docx. Throws InputError when the file is not a Word document. */
export async function extractDocx(bytes: Uint8Array, file: string): Promise<Extracted> {
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    // The OLE container of Word 97-2003 and WPS files (and of password-protected .docx): not a zip at all.
    throw new InputError(file, undefined, 'this file is an old binary Word/WPS document (.doc or .wps) or a password-protected document, not a .docx',
      'rename it to .doc (or .wps) so the importer converts it with LibreOffice, or open it in Word or WPS, remove any password and save it as .docx');
  }
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw corrupt(file, 'it is not a zip package (or it is cut short)');
  }
  // A part can be listed in the zip yet not unpack (a damaged or cut-short download); and fast-xml-parser reads
  // broken XML without complaint, giving part of the text, so each part is validated before it is read.
  const part = async (name: string): Promise<XNode[] | undefined> => {
    const entry = zip.file(name);
    if (!entry) return undefined;
    let xml: string;
    try {
      xml = await entry.async('string');
    } catch {
      throw corrupt(file, `its ${name} cannot be unpacked (the file is damaged)`);
    }
    if (XMLValidator.validate(xml) !== true) throw corrupt(file, `its ${name} is not well-formed XML (the file is damaged or cut short)`);
    return parser.parse(xml) as XNode[];
  };
  const doc = await part('word/document.xml');
  if (doc === undefined) throw corrupt(file, 'it has no word/document.xml (it is a zip, but not a Word document)');
  const styles = readStyles(await part('word/styles.xml'));
  const numbering = readNumbering(await part('word/numbering.xml'));

  const body = child(doc.find((n) => tagOf(n) === 'w:document'), 'w:body');
  if (!body) throw corrupt(file, 'its word/document.xml has no w:body');
  const paragraphs: ExtractedParagraph[] = [];
  const counter = new ListCounter(numbering);
  let bullets = 0;
  const walk = (nodes: XNode[]) => {
    for (const n of nodes) {
      const tag = tagOf(n);
      if (tag === 'w:p') {
        const p = readParagraph(n, styles, counter);
        if (p.bullet) bullets++;
        paragraphs.push(p.paragraph);
      } else if (tag === 'w:tbl' || tag === 'w:tr' || tag === 'w:tc' || tag === 'w:sdt' || tag === 'w:sdtContent' || tag === 'w:customXml') {
        // Table cells are read row by row, left to right: the reading order of a 公文 table.
        walk(kids(n));
      }
    }
  };
  walk(kids(body));
  const notes: string[] = [];
  if (counter.restored > 0) notes.push(`Word list numbering restored ×${counter.restored}`);
  if (bullets > 0) notes.push(`Word bullets left out ×${bullets}`);
  return finish('docx', paragraphs, [], notes);
}

function corrupt(file: string, why: string): InputError {
  return new InputError(file, undefined, `this .docx cannot be read: ${why}`,
    'open it in Word or WPS and save it again as .docx (Word Document), or save it as .txt; a .doc from old Word should keep its .doc name');
}

function readStyles(xml: XNode[] | undefined): Map<string, Style> {
  const map = new Map<string, Style>();
  const root = xml?.find((n) => tagOf(n) === 'w:styles');
  for (const s of kids(root ?? {})) {
    if (tagOf(s) !== 'w:style') continue;
    const id = attr(s, 'w:styleId');
    if (!id) continue;
    const pPr = child(s, 'w:pPr');
    const numPr = child(pPr, 'w:numPr');
    const outline = val(child(pPr, 'w:outlineLvl'));
    map.set(id, {
      name: val(child(s, 'w:name')) ?? id,
      basedOn: val(child(s, 'w:basedOn')),
      bold: on(child(child(s, 'w:rPr'), 'w:b')),
      outline: outline === undefined ? undefined : Number(outline),
      numId: val(child(numPr, 'w:numId')),
      ilvl: val(child(numPr, 'w:ilvl')) === undefined ? undefined : Number(val(child(numPr, 'w:ilvl'))),
    });
  }
  return map;
}

/** A style's property, looked up through its basedOn chain (a custom "要点标题" based on Heading 2). */
function inherited<K extends keyof Style>(styles: Map<string, Style>, id: string | undefined, key: K): Style[K] | undefined {
  for (let k = 0, s = id ? styles.get(id) : undefined; s && k < 20; k++, s = s.basedOn ? styles.get(s.basedOn) : undefined) {
    if (s[key] !== undefined && s[key] !== false) return s[key];
  }
  return undefined;
}

/** Heading level from the style: its name (English "heading 2" or Chinese "标题 2"), else its outline level. */
function headingLevel(styles: Map<string, Style>, id: string | undefined): number | undefined {
  for (let k = 0, s = id ? styles.get(id) : undefined; s && k < 20; k++, s = s.basedOn ? styles.get(s.basedOn) : undefined) {
    const m = /^(?:heading|标题)\s*(\d)$/i.exec(s.name.trim());
    if (m) return Number(m[1]);
  }
  const fromId = id ? /^(?:Heading|标题)\s*(\d)$/i.exec(id) : null;
  if (fromId) return Number(fromId[1]);
  const outline = inherited(styles, id, 'outline');
  return outline !== undefined && outline < 9 ? outline + 1 : undefined;
}

function readNumbering(xml: XNode[] | undefined): Numbering {
  const nums: Numbering['nums'] = new Map();
  const abstracts: Numbering['abstracts'] = new Map();
  const root = xml?.find((n) => tagOf(n) === 'w:numbering');
  for (const n of kids(root ?? {})) {
    if (tagOf(n) === 'w:abstractNum') {
      const levels = new Map<number, Level>();
      for (const l of kids(n)) {
        if (tagOf(l) !== 'w:lvl') continue;
        levels.set(Number(attr(l, 'w:ilvl') ?? 0), {
          start: Number(val(child(l, 'w:start')) ?? 1),
          format: val(child(l, 'w:numFmt')) ?? 'decimal',
          text: val(child(l, 'w:lvlText')) ?? '',
          legal: on(child(l, 'w:isLgl')),
        });
      }
      abstracts.set(attr(n, 'w:abstractNumId') ?? '', levels);
    } else if (tagOf(n) === 'w:num') {
      const overrides = new Map<number, number>();
      for (const o of kids(n)) {
        const start = val(child(o, 'w:startOverride'));
        if (tagOf(o) === 'w:lvlOverride' && start !== undefined) overrides.set(Number(attr(o, 'w:ilvl') ?? 0), Number(start));
      }
      nums.set(attr(n, 'w:numId') ?? '', { abstract: val(child(n, 'w:abstractNumId')) ?? '', overrides });
    }
  }
  return { nums, abstracts };
}

/**
 * Counts list paragraphs as Word does: the w:nums of one abstract definition are one list and continue one
 * another; a w:num with a startOverride restarts the list at its first paragraph (LibreOffice writes a list so:
 * its first paragraph on a w:num that restarts, the rest on one that does not); a paragraph at a level resets
 * the deeper levels and counts the shallower ones as begun.
 */
class ListCounter {
  restored = 0;
  private readonly numbering: Numbering;
  /** Per abstract definition: the current count of each level, and the starts its restarts set. */
  private readonly lists = new Map<string, { counts: number[]; starts: Map<number, number> }>();
  private readonly started = new Set<string>();
  constructor(numbering: Numbering) {
    this.numbering = numbering;
  }

  /** The number text of the next paragraph of list numId at level ilvl ('' for none); undefined for a bullet. */
  next(numId: string, ilvl: number): string | undefined {
    const num = this.numbering.nums.get(numId);
    const levels = num && this.numbering.abstracts.get(num.abstract);
    if (!num || !levels || numId === '0') return '';
    let list = this.lists.get(num.abstract);
    if (!list) this.lists.set(num.abstract, (list = { counts: [], starts: new Map() }));
    const { counts, starts } = list;
    if (!this.started.has(numId)) {
      this.started.add(numId);
      for (const [l, start] of num.overrides) {
        starts.set(l, start);
        counts.length = Math.min(counts.length, l);
      }
    }
    const startOf = (l: number) => starts.get(l) ?? levels.get(l)?.start ?? 1;
    counts[ilvl] = counts[ilvl] === undefined ? startOf(ilvl) : counts[ilvl]! + 1;
    counts.length = ilvl + 1;
    // A list that starts at a deeper level stands under its shallower levels' first numbers: after `1.` with no
    // `一、` before it, the next level-0 paragraph is `二、` (Word and LibreOffice both count so).
    for (let l = 0; l < ilvl; l++) counts[l] ??= startOf(l);
    const level = levels.get(ilvl);
    if (!level || level.format === 'none') return '';
    if (level.format === 'bullet') return undefined;
    this.restored++;
    return level.text.replace(/%(\d)/g, (_, d: string) => {
      const l = Number(d) - 1;
      const n = counts[l] ?? startOf(l);
      return formatNumber(n, level.legal ? 'decimal' : (levels.get(l)?.format ?? 'decimal'));
    });
  }
}

const TIANGAN = '甲乙丙丁戊己庚辛壬癸';
const ZODIAC = '子丑寅卯辰巳午未申酉戌亥';

/** A list counter in one of Word's number formats (the ones a 公文 uses, and the common Latin ones). */
export function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'japaneseCounting':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand': // what LibreOffice writes for 一、二、 when it saves a .doc's lists as .docx
      return n >= 1 && n <= 99 ? toChineseNumeral(n) : String(n);
    case 'ideographDigital':
    case 'taiwaneseDigital':
      // Digit by digit: 10 → 一〇.
      return [...String(n)].map((c) => '〇一二三四五六七八九'[Number(c)]).join('');
    case 'ideographTraditional':
      return TIANGAN[(n - 1) % 10] ?? String(n);
    case 'ideographZodiac':
      return ZODIAC[(n - 1) % 12] ?? String(n);
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return [...String(n)].map((c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).join('');
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return n >= 1 && n <= 20 ? String.fromCharCode(0x2460 + n - 1) : String(n);
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    case 'upperLetter':
    case 'lowerLetter': {
      const s = String.fromCharCode(65 + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1);
      return format === 'upperLetter' ? s : s.toLowerCase();
    }
    case 'upperRoman':
    case 'lowerRoman': {
      const s = roman(n);
      return format === 'upperRoman' ? s : s.toLowerCase();
    }
    default:
      return String(n);
  }
}

function roman(n: number): string {
  const table: [number, string][] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  for (const [v, s] of table) while (n >= v) (out += s), (n -= v);
  return out;
}

/** Elements inside a paragraph that hold runs of the visible text (deleted revisions are not visible). */
const RUN_CONTAINERS = new Set(['w:hyperlink', 'w:ins', 'w:smartTag', 'w:fldSimple', 'w:sdt', 'w:sdtContent', 'w:customXml', 'w:moveTo']);

function readParagraph(p: XNode, styles: Map<string, Style>, counter: ListCounter): { paragraph: ExtractedParagraph; bullet: boolean } {
  const pPr = child(p, 'w:pPr');
  const styleId = val(child(pPr, 'w:pStyle'));
  const numPr = child(pPr, 'w:numPr');
  const numId = val(child(numPr, 'w:numId')) ?? inherited(styles, styleId, 'numId');
  const ilvl = Number(val(child(numPr, 'w:ilvl')) ?? inherited(styles, styleId, 'ilvl') ?? 0);
  const styleBold = Boolean(inherited(styles, styleId, 'bold'));

  const runs: { text: string; bold: boolean }[] = [];
  const collect = (nodes: XNode[]) => {
    for (const n of nodes) {
      const tag = tagOf(n);
      if (tag === 'w:r') {
        const rPr = child(n, 'w:rPr');
        const b = child(rPr, 'w:b');
        const rStyle = val(child(rPr, 'w:rStyle'));
        const bold = b ? on(b) : styleBold || Boolean(inherited(styles, rStyle, 'bold'));
        let text = '';
        for (const c of kids(n)) {
          const t = tagOf(c);
          if (t === 'w:t') text += kids(c).map((x) => String(x['#text'] ?? '')).join('');
          else if (t === 'w:tab') text += '\t';
          else if (t === 'w:br' || t === 'w:cr') text += attr(c, 'w:type') === 'page' ? '' : ' ';
          else if (t === 'w:noBreakHyphen') text += '-';
        }
        if (text) runs.push({ text, bold });
      } else if (tag && RUN_CONTAINERS.has(tag)) collect(kids(n));
    }
  };
  collect(kids(p));

  let text = runs.map((r) => r.text).join('');
  const lead = text.length - text.trimStart().length;
  text = text.trim();
  let boldPrefix = 0;
  let at = 0;
  for (const r of runs) {
    at += r.text.length;
    // White space typed as an indent (or between number and title) neither starts nor ends the bold title.
    if (/^\s*$/.test(r.text)) continue;
    if (!r.bold) break;
    boldPrefix = Math.max(0, Math.min(at - lead, text.length));
  }
  if (runs.every((r) => /^\s*$/.test(r.text) || r.bold) && runs.some((r) => r.bold)) boldPrefix = text.length;

  const number = numId !== undefined ? counter.next(numId, ilvl) : '';
  const prefix = number ?? '';
  const paragraph: ExtractedParagraph = { text: prefix + text };
  // The number takes the paragraph mark's formatting; a bold title counts its number as bold too.
  if (boldPrefix > 0) paragraph.boldPrefix = boldPrefix + prefix.length;
  const heading = headingLevel(styles, styleId);
  if (heading !== undefined) paragraph.heading = heading;
  return { paragraph, bullet: number === undefined };
}
