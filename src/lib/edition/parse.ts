import type { Heading, Nodes, Paragraph as MdParagraph, PhrasingContent, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { mdxjs } from 'micromark-extension-mdxjs';
import type { EditionData } from '../../schemas/edition.ts';
import { InputError } from '../errors.ts';
import { toChineseNumeral } from '../text/cjk.ts';
import { citeNumbered, levelDepth, PointTracker, readNumbered, type LevelStyle, type Numbered } from '../text/numbering.ts';
import type { Edition, Item, Paragraph, Section } from './model.ts';

/** Components an edition body may use. Anything else is an error. */
export const EDITION_COMPONENTS = {
  /** After a heading: this part is known only from the source's 目录 (outline). */
  OutlineOnly: 'OutlineOnly',
  /** After the last words: the source stops here. */
  Truncated: 'Truncated',
  /** After a paragraph: the source hid or lost words here (a paywall's `此处隐藏N字`); the text goes on. */
  Gap: 'Gap',
} as const;

export interface ParseInput {
  /** The MDX body (after the frontmatter). */
  body: string;
  /** The validated frontmatter. */
  data: EditionData;
  /** The file, for messages and the edition id (`content/editions/<issuer>/<year>.mdx`). */
  file: string;
  /** How many lines of the file stand before the body (the frontmatter), so errors name file lines. */
  lineOffset?: number;
}

/**
 * Turns an edition's MDX into the Edition model: preamble, sections `## 一、…` with intros, items
 * `### 1. …` (or `### （一）…`) with paragraphs, sub-points, and the outline-only, gap and truncation
 * markers. This is the only reader of edition bodies; pages, search, programmes, changes and print all
 * use what it returns.
 *
 * It checks the numbering: sections run 一、二、三… (or （一）（二）…), items 1, 2, 3 … across the edition
 * or afresh in each section (`itemNumbering: section`), each level below the one above it. A gap, a
 * repeat or a wrong order throws an InputError naming the file and line, unless the frontmatter lists
 * the skip as issued (`numberingSkips`). It does not change the input.
 */
export function parseEdition({ body, data, file, lineOffset = 0 }: ParseInput): Edition {
  const at = (node: { position?: { start: { line: number } } } | undefined) => (node?.position?.start.line ?? 1) + lineOffset;
  const tree = readMdx(body, file, lineOffset);
  const builder = new EditionBuilder(data, file);
  for (const node of tree.children as RootContent[]) {
    const line = at(node);
    if (node.type === 'heading' && (node.depth === 2 || node.depth === 3)) {
      const text = inlineText(node, file, at);
      if (node.depth === 2) builder.section(text, line);
      else builder.item(text, line);
    } else if (node.type === 'heading') {
      throw new InputError(file, line, `headings of level ${node.depth} are not used in editions`, 'use ## for a section (一、…) and ### for an item (1. … or （一）…); other text is a plain paragraph');
    } else if (node.type === 'paragraph') {
      builder.paragraph(inlineText(node, file, at), line);
    } else if (node.type === 'mdxJsxFlowElement' && node.name && node.name in EDITION_COMPONENTS && node.attributes.length === 0) {
      builder.marker(node.name as keyof typeof EDITION_COMPONENTS, line);
    } else {
      throw forbidden(file, line, node, 'in an edition');
    }
  }
  return builder.finish();
}

/** Parses MDX, turning a syntax error into an InputError at its line. */
function readMdx(body: string, file: string, lineOffset: number) {
  try {
    return fromMarkdown(body, { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] });
  } catch (error) {
    const e = error as { line?: number; place?: { line?: number; start?: { line: number } }; reason?: string; message: string };
    const line = (e.line ?? e.place?.line ?? e.place?.start?.line ?? 1) + lineOffset;
    throw new InputError(file, line, `the text is not valid MDX: ${e.reason ?? e.message}`, 'write a literal { } < > as \\{ \\} \\< \\> (the importer does this for you)');
  }
}

/** Builds the model node by node, checking numbering and markers as they come. */
class EditionBuilder {
  private readonly data: EditionData;
  private readonly file: string;
  private readonly preamble: Paragraph[] = [];
  private readonly sections: Section[] = [];
  private readonly items: Item[] = [];
  private readonly skips: Set<string>;
  private current: Section | undefined;
  private currentItem: Item | undefined;
  private points: PointTracker | undefined;
  private last: 'preamble' | 'section' | 'item' | 'outline' = 'preamble';
  private lastParagraph: Paragraph | undefined;
  private truncatedAt: Edition['truncatedAt'];
  private sectionStyle: LevelStyle | undefined;
  private itemStyle: LevelStyle | undefined;
  private readonly pointStyles = new Set<LevelStyle>();
  private gaps = 0;

  constructor(data: EditionData, file: string) {
    this.data = data;
    this.file = file;
    this.skips = new Set(data.numberingSkips);
  }

  private fail(line: number, message: string, hint: string): never {
    throw new InputError(this.file, line, message, hint);
  }

  /** After the point where the source stops, only outline-only parts (headings + <OutlineOnly />) may follow. */
  private notAfterTruncation(line: number): void {
    if (this.truncatedAt) this.fail(line, 'text follows the <Truncated /> marker', 'move <Truncated /> after the last words of the source, or remove it if the text is complete');
  }

  section(text: string, line: number): void {
    const n = readHeading(text, this.sectionStyle, undefined);
    if (!n) this.fail(line, `a section heading must start with its number, like "## 二、…" or "## （二）…", found "## ${text}"`, 'write the section number as issued: 一、 二、 … (or （一） （二） … when sections use that level); all sections of an edition alike');
    if (this.itemStyle && levelDepth(n.style) >= levelDepth(this.itemStyle)) this.fail(line, `section ${n.marker} is numbered at the level of the items or below it`, 'sections use a higher level than items (一、 above （一） above 1. above （1）)');
    this.sectionStyle = n.style;
    const expected = (this.sections.filter((s) => s.number > 0).at(-1)?.number ?? 0) + 1;
    const anchor = `part-${n.number}`;
    if (n.number !== expected && !(n.number > expected && this.skips.has(anchor))) this.numberingError(line, 'section', n, expected, anchor);
    this.current = { number: n.number, label: n.numeral, marker: n.marker, style: n.style, title: n.title, heading: text, anchor, intro: [], items: [], outlineOnly: false, line };
    this.sections.push(this.current);
    this.currentItem = undefined;
    this.points = undefined;
    this.lastParagraph = undefined;
    this.last = 'section';
  }

  item(text: string, line: number): void {
    const n = readHeading(text, this.itemStyle, this.sectionStyle);
    if (!n) this.fail(line, `an item heading must start with its number, like "### 6. …" or "### （六）…", found "### ${text}"`, 'write the item number as issued: 1. 2. 3. … or （一） （二） …, at a lower level than the sections, all items alike');
    this.itemStyle = n.style;
    if (!this.current) {
      this.current = { number: 0, label: '', marker: '', style: this.sectionStyle ?? n.style, title: '', heading: '', anchor: 'part-0', intro: [], items: [], outlineOnly: false, line };
      this.sections.push(this.current);
    }
    const section = this.current;
    const bySection = this.data.itemNumbering === 'section' && section.number > 0;
    const previous = bySection ? section.items.at(-1) : this.items.at(-1);
    const expected = (previous?.issued ?? 0) + 1;
    const anchor = bySection ? `item-${section.number}-${n.number}` : `item-${n.number}`;
    if (n.number !== expected && !(n.number > expected && this.skips.has(anchor))) this.numberingError(line, 'item', n, expected, anchor, !bySection && n.number === 1);
    const cite = `${bySection ? `第${toChineseNumeral(section.number)}部分` : ''}${citeNumbered(n.style, n.numeral)}`;
    this.currentItem = { number: this.items.length + 1, issued: n.number, style: n.style, label: n.marker, cite, title: n.title, paragraphs: [], anchor, outlineOnly: false, truncated: false, section: section.number, line };
    section.items.push(this.currentItem);
    this.items.push(this.currentItem);
    this.points = new PointTracker(n.style, anchor);
    this.lastParagraph = undefined;
    this.last = 'item';
  }

  /** A number out of sequence: says whether it repeats, goes back or skips, and what to do about each. */
  private numberingError(line: number, kind: 'section' | 'item', n: Numbered, expected: number, anchor: string, restarts = false): never {
    const problem = n.number < expected ? (n.number === expected - 1 ? 'repeats' : 'is out of order') : 'skips a number';
    const what = kind === 'section' ? 'sections' : 'items';
    const hint = n.number > expected
      ? `${what} are numbered in order as issued; fix the number, or, if the issued text really skips, add ${anchor} to numberingSkips in the frontmatter`
      : `${what} are numbered in order as issued; fix the number or the order${restarts ? '; if items start again at 1 in each section, set itemNumbering: section in the frontmatter' : ''}`;
    this.fail(line, `${kind} ${n.marker} ${problem}: expected ${kind} ${expected} here`, hint);
  }

  paragraph(text: string, line: number): void {
    this.notAfterTruncation(line);
    if (this.last === 'outline') this.fail(line, 'an outline-only part has no text', 'remove <OutlineOnly /> if this text belongs to the part above it');
    const p: Paragraph = { text, line };
    const point = this.points?.open(text, this.skips);
    if (point) {
      p.point = point;
      this.pointStyles.add(point.style);
    }
    this.lastParagraph = p;
    if (this.currentItem) this.currentItem.paragraphs.push(p);
    else if (this.current) this.current.intro.push(p);
    else this.preamble.push(p);
  }

  marker(name: keyof typeof EDITION_COMPONENTS, line: number): void {
    if (name !== 'OutlineOnly') this.notAfterTruncation(line);
    if (name === 'OutlineOnly') {
      const item = this.currentItem;
      const section = this.current;
      const target = item ?? section;
      if (!target || (item ? item.paragraphs.length : section!.intro.length + section!.items.length) > 0) {
        this.fail(line, '<OutlineOnly /> must follow a section or item heading directly', 'put <OutlineOnly /> on the line after the heading of a part that has no text');
      }
      target!.outlineOnly = true;
      this.last = 'outline';
    } else if (name === 'Gap') {
      if (!this.lastParagraph || this.lastParagraph.gapAfter) this.fail(line, '<Gap /> must follow a paragraph of text', 'put <Gap /> on its own line after the paragraph where the source hid or lost words');
      this.lastParagraph!.gapAfter = true;
      this.gaps++;
    } else {
      if (this.currentItem) this.currentItem.truncated = true;
      this.truncatedAt = { section: this.current?.number ?? 0, item: this.currentItem?.number };
    }
  }

  finish(): Edition {
    const { data, file, preamble, sections, items, truncatedAt } = this;
    if (!data.draft) checkPlaceholders({ data, file, preamble, sections });
    if (truncatedAt) {
      const after = [...sections.filter((s) => s.number > truncatedAt.section), ...items.filter((i) => i.number > (truncatedAt.item ?? 0))];
      const stray = after.find((p) => !p.outlineOnly);
      if (stray) this.fail(stray.line, 'a part with text follows the <Truncated /> marker', 'parts after the point where the source stops can only be outline-only (<OutlineOnly />)');
    }
    for (const s of sections) if (s.outlineOnly && s.items.some((i) => !i.outlineOnly)) this.fail(s.line, `section ${s.label} is outline-only but has items with text`, 'remove <OutlineOnly /> from the section');
    const levels = [this.sectionStyle, this.itemStyle, ...this.pointStyles].filter((x): x is LevelStyle => x !== undefined);
    return {
      id: `${data.issuer}/${data.year}`,
      issuer: data.issuer,
      year: data.year,
      title: data.title,
      titleSupplied: data.titleSupplied,
      itemLayout: data.itemLayout,
      notice: data.notice,
      preamble,
      sections,
      items,
      levels: [...new Set(levels)].sort((a, b) => levelDepth(a) - levelDepth(b)),
      gaps: this.gaps,
      complete: data.source?.complete ?? true,
      truncatedAt,
      data,
      file,
    };
  }
}

/** Marks the text a new edition still needs (`npm run new` writes them). */
export const PLACEHOLDER = '〔待填写';

/** A published edition may not keep `npm run new`'s placeholders. */
function checkPlaceholders({ data, file, preamble, sections }: { data: EditionData; file: string; preamble: Paragraph[]; sections: Section[] }): void {
  const n = data.notice;
  if (n && ([n.banner, n.title, n.recipients, n.signature, ...n.body].some((t) => t.includes(PLACEHOLDER)) || /〕0号$/u.test(n.docNumber))) {
    throw new InputError(file, 1, 'the notice still has placeholders (〔待填写…〕 or 发文字号 …〔year〕0号)', 'fill in the notice fields in the frontmatter, or keep draft: true until they are known');
  }
  const texts = [...preamble, ...sections.flatMap((s) => [{ text: s.heading, line: s.line }, ...s.intro, ...s.items.flatMap((i) => [{ text: i.title, line: i.line }, ...i.paragraphs])])];
  const left = texts.find((p) => p.text.includes(PLACEHOLDER));
  if (left) throw new InputError(file, left.line, 'this text is still a placeholder (〔待填写…〕)', 'write the issued text here, or keep draft: true until it is ready');
}

/**
 * Reads text that may only be plain paragraphs (a programme's description): the same safe-content rules as
 * an edition, so code, HTML, expressions and links are errors naming the file, line and rule.
 */
export function parsePlainParagraphs(body: string, file: string, lineOffset = 0): string[] {
  const at = (node: { position?: { start: { line: number } } } | undefined) => (node?.position?.start.line ?? 1) + lineOffset;
  let tree;
  try {
    tree = fromMarkdown(body, { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] });
  } catch (error) {
    const e = error as { line?: number; place?: { line?: number }; reason?: string; message: string };
    throw new InputError(file, (e.line ?? e.place?.line ?? 1) + lineOffset, `the text is not valid MDX: ${e.reason ?? e.message}`, CONTENT_RULES['no-expression']);
  }
  return (tree.children as RootContent[]).map((node) => {
    if (node.type !== 'paragraph') throw forbidden(file, at(node), node, 'in a description');
    return inlineText(node, file, at);
  });
}

/** Reads a heading's number at the level the edition already uses, or any level below `above`. */
function readHeading(text: string, style: LevelStyle | undefined, above: LevelStyle | undefined): Numbered | undefined {
  const n = readNumbered(text);
  if (!n) return undefined;
  if (style && n.style !== style) return undefined;
  if (above && levelDepth(n.style) <= levelDepth(above)) return undefined;
  return n;
}

/** The plain text of a heading or paragraph. Only text (and escapes) may stand inside. */
function inlineText(node: Heading | MdParagraph, file: string, at: (n: Nodes) => number): string {
  return node.children
    .map((child: PhrasingContent) => {
      if (child.type === 'text') return child.value;
      if (child.type === 'break') return '';
      throw forbidden(file, at(child), child, 'inside edition text');
    })
    .join('')
    .replace(/\s*\n\s*/g, '')
    .trim();
}

/**
 * What an edition may not contain, each with its rule name and what to write instead. Editions are
 * written by office staff, and MDX would otherwise run code at build time.
 */
export const CONTENT_RULES = {
  'no-code': 'editions run no code: remove the import/export line (<OutlineOnly />, <Gap /> and <Truncated /> need no import)',
  'no-expression': 'write a literal brace as \\{ or \\}; there are no comments or expressions in an edition',
  'no-html': 'write the issued words as plain text; the only components are <OutlineOnly />, <Gap /> and <Truncated />',
  'no-attributes': 'write <OutlineOnly />, <Gap /> or <Truncated /> alone, with no attributes',
  'no-links': 'write the words without a link (links to programmes are added by the site; javascript: links are never allowed)',
  'plain-text': 'write the issued words as plain text; escape a literal character with a backslash, e.g. \\* or \\<',
  'structure': 'an edition holds only paragraphs, ## sections, ### items, <OutlineOnly />, <Gap /> and <Truncated />',
} as const;

export type ContentRule = keyof typeof CONTENT_RULES;

/** The rule a forbidden node breaks, and a description of it for the message. */
function ruleFor(node: Nodes): { rule: ContentRule; what: string } {
  switch (node.type) {
    case 'mdxjsEsm':
      return { rule: 'no-code', what: 'import/export' };
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      return { rule: 'no-expression', what: 'a JavaScript expression {…}' };
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement': {
      const handler = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && /^on/i.test(a.name));
      if (handler && node.type === 'mdxJsxFlowElement' && node.name && node.name in EDITION_COMPONENTS) return { rule: 'no-attributes', what: `an event handler (${(handler as { name: string }).name}) on <${node.name}>` };
      return { rule: 'no-html', what: `the element <${node.name ?? ''}>${handler ? ` with an event handler (${(handler as { name: string }).name})` : ''}` };
    }
    case 'link':
    case 'linkReference':
    case 'definition':
      return { rule: 'no-links', what: 'url' in node && /^\s*javascript:/i.test(String(node.url)) ? 'a javascript: link' : 'a link' };
    case 'html':
      return { rule: 'no-html', what: 'raw HTML' };
    case 'list':
      return { rule: 'structure', what: 'a list (a line starting with "1." or "-" outside a heading)' };
    case 'emphasis':
    case 'strong':
    case 'inlineCode':
    case 'image':
      return { rule: 'plain-text', what: `Markdown ${node.type}` };
    default:
      return { rule: 'structure', what: `Markdown ${node.type}` };
  }
}

/** The InputError for a forbidden node: what it is, the rule, and what to write instead. */
function forbidden(file: string, line: number, node: Nodes, where: string): InputError {
  const { rule, what } = ruleFor(node);
  return new InputError(file, line, `${what} is not allowed ${where} [rule: ${rule}]`, CONTENT_RULES[rule]);
}
