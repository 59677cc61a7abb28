import type { Heading, Nodes, Paragraph as MdParagraph, PhrasingContent, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { mdxjs } from 'micromark-extension-mdxjs';
import type { EditionData } from '../../schemas/edition.ts';
import { InputError } from '../errors.ts';
import { readItemNumber, readSectionLabel } from '../text/numbering.ts';
import type { Edition, Item, Paragraph, Section } from './model.ts';

/** Components an edition body may use. Anything else is an error. */
export const EDITION_COMPONENTS = {
  /** After a heading: this part is known only from the source's 目录 (outline). */
  OutlineOnly: 'OutlineOnly',
  /** After the last words: the source stops here. */
  Truncated: 'Truncated',
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
 * `### 1. …` with paragraphs, outline-only and truncation markers. This is the only reader of edition
 * bodies; pages, search, programmes, changes and print all use what it returns.
 *
 * It checks the numbering: sections run 一、二、三…, items 1, 2, 3 … across the edition. A gap, a repeat
 * or a wrong order throws an InputError naming the file and line. It does not change the input.
 */
export function parseEdition({ body, data, file, lineOffset = 0 }: ParseInput): Edition {
  const at = (node: { position?: { start: { line: number } } } | undefined) => (node?.position?.start.line ?? 1) + lineOffset;
  const fail = (line: number, message: string, hint: string): never => {
    throw new InputError(file, line, message, hint);
  };

  let tree;
  try {
    tree = fromMarkdown(body, { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] });
  } catch (error) {
    const e = error as { line?: number; place?: { line?: number; start?: { line: number } }; reason?: string; message: string };
    const line = (e.line ?? e.place?.line ?? e.place?.start?.line ?? 1) + lineOffset;
    fail(line, `the text is not valid MDX: ${e.reason ?? e.message}`, 'write a literal { } < > as \\{ \\} \\< \\> (the importer does this for you)');
  }

  const preamble: Paragraph[] = [];
  const sections: Section[] = [];
  const items: Item[] = [];
  let section: Section | undefined;
  let item: Item | undefined;
  let last: 'preamble' | 'section' | 'item' | 'outline' = 'preamble';
  let truncatedAt: Edition['truncatedAt'];

  for (const node of tree!.children as RootContent[]) {
    const line = at(node);
    // After the point where the source stops, only outline-only parts (headings + <OutlineOnly />) may follow.
    if (truncatedAt && !(node.type === 'heading' || (node.type === 'mdxJsxFlowElement' && node.name === EDITION_COMPONENTS.OutlineOnly))) {
      fail(line, 'text follows the <Truncated /> marker', 'move <Truncated /> after the last words of the source, or remove it if the text is complete');
    }
    if (node.type === 'heading' && node.depth === 2) {
      const text = inlineText(node, file, at);
      const sec = readSectionLabel(text);
      if (!sec) fail(line, `a section heading must start with its number, like "## 二、…", found "## ${text}"`, 'write the section number as issued: 一、 二、 三、 …');
      const expected = sections.filter((s) => s.number > 0).length + 1;
      if (sec!.number !== expected) fail(line, numberingMessage('section', sec!.label, sec!.number, expected), 'sections are numbered 一、二、三… in order; fix the number or the order');
      section = { number: sec!.number, label: sec!.label, title: sec!.title, heading: text, anchor: `part-${sec!.number}`, intro: [], items: [], outlineOnly: false, line };
      sections.push(section);
      item = undefined;
      last = 'section';
    } else if (node.type === 'heading' && node.depth === 3) {
      const text = inlineText(node, file, at);
      const num = readItemNumber(text);
      if (!num) fail(line, `an item heading must start with its number, like "### 6. …", found "### ${text}"`, 'write the item number as issued: 1. 2. 3. …');
      const expected = items.length + 1;
      if (num!.number !== expected) fail(line, numberingMessage('item', String(num!.number), num!.number, expected), 'items are numbered 1, 2, 3 … through the whole edition; fix the number or the order');
      if (!section) {
        section = { number: 0, label: '', title: '', heading: '', anchor: 'part-0', intro: [], items: [], outlineOnly: false, line };
        sections.push(section);
      }
      item = { number: num!.number, label: `${num!.number}${num!.mark}`, title: num!.title, paragraphs: [], anchor: `item-${num!.number}`, outlineOnly: false, truncated: false, section: section.number, line };
      section.items.push(item);
      items.push(item);
      last = 'item';
    } else if (node.type === 'heading') {
      fail(line, `headings of level ${node.depth} are not used in editions`, 'use ## for a section (一、…) and ### for an item (1. …); other text is a plain paragraph');
    } else if (node.type === 'paragraph') {
      if (last === 'outline') fail(line, 'an outline-only part has no text', 'remove <OutlineOnly /> if this text belongs to the part above it');
      const p = { text: inlineText(node, file, at), line };
      if (item) item.paragraphs.push(p);
      else if (section) section.intro.push(p);
      else preamble.push(p);
    } else if (node.type === 'mdxJsxFlowElement' && node.name && node.name in EDITION_COMPONENTS && node.attributes.length > 0) {
      throw forbidden(file, line, node, 'in an edition');
    } else if (node.type === 'mdxJsxFlowElement' && node.name === EDITION_COMPONENTS.OutlineOnly) {
      const target = item ?? section;
      if (!target || (item ? item.paragraphs.length : section!.intro.length + section!.items.length) > 0) {
        fail(line, '<OutlineOnly /> must follow a section or item heading directly', 'put <OutlineOnly /> on the line after the heading of a part that has no text');
      }
      target!.outlineOnly = true;
      last = 'outline';
    } else if (node.type === 'mdxJsxFlowElement' && node.name === EDITION_COMPONENTS.Truncated) {
      if (item) item.truncated = true;
      truncatedAt = { section: section?.number ?? 0, item: item?.number };
    } else {
      throw forbidden(file, line, node, 'in an edition');
    }
  }
  if (!data.draft) checkPlaceholders({ data, file, preamble, sections });
  if (truncatedAt) {
    const after = [...sections.filter((s) => s.number > truncatedAt!.section), ...items.filter((i) => i.number > (truncatedAt!.item ?? 0))];
    const stray = after.find((p) => !p.outlineOnly);
    if (stray) fail(stray.line, 'a part with text follows the <Truncated /> marker', 'parts after the point where the source stops can only be outline-only (<OutlineOnly />)');
  }
  for (const s of sections) if (s.outlineOnly && s.items.some((i) => !i.outlineOnly)) fail(s.line, `section ${s.label} is outline-only but has items with text`, 'remove <OutlineOnly /> from the section');

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
    complete: data.source?.complete ?? true,
    truncatedAt,
    data,
    file,
  };
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

function numberingMessage(kind: 'section' | 'item', found: string, got: number, expected: number): string {
  const problem = got < expected ? (got === expected - 1 ? 'repeats' : 'is out of order') : 'skips a number';
  const want = kind === 'section' ? `section ${expected}` : `item ${expected}`;
  return `${kind} ${found} ${problem}: expected ${want} here`;
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
  'no-code': 'editions run no code: remove the import/export line (<OutlineOnly /> and <Truncated /> need no import)',
  'no-expression': 'write a literal brace as \\{ or \\}; there are no comments or expressions in an edition',
  'no-html': 'write the issued words as plain text; the only components are <OutlineOnly /> and <Truncated />',
  'no-attributes': 'write <OutlineOnly /> or <Truncated /> alone, with no attributes',
  'no-links': 'write the words without a link (links to programmes are added by the site; javascript: links are never allowed)',
  'plain-text': 'write the issued words as plain text; escape a literal character with a backslash, e.g. \\* or \\<',
  'structure': 'an edition holds only paragraphs, ## sections, ### items, <OutlineOnly /> and <Truncated />',
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
