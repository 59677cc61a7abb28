import { endsClosed, toChineseNumeral } from '../text/cjk.ts';
import { readItemNumber, readSectionLabel } from '../text/numbering.ts';
import { InputError } from '../errors.ts';
import { joinText } from './normalise/join-text.ts';
import { looksLikeTitle } from './normalise/title.ts';
import type { Block, Normalisation } from './types.ts';

/** A paragraph with the raw line it starts on. */
export interface Para {
  text: string;
  line: number;
}

/** The 通知 (notice) that covers the 要点 when it was issued. */
export interface DraftNotice {
  banner: Para;
  docNumber: Para;
  title: Para;
  recipients: Para;
  body: Para[];
  signature: Para;
  date: { year: number; month: number; day: number; line: number };
}

export interface DraftItem {
  number: number;
  /** The mark after the number as issued (`.`, `．`, `、`). */
  mark: string;
  /** A space stood after the mark (`1. 标题`). */
  spaced: boolean;
  /** The title as issued; for run-in items it ends with its sentence mark (`深化政治机关建设。`). */
  title: Para;
  paragraphs: Para[];
  /** The item's title stood on its own line in the source. */
  separate: boolean;
  /** Known only from the outline (目录): its text never appears in the body. */
  outlineOnly?: boolean;
  /** The source stops inside this item. */
  truncated?: boolean;
}

export interface DraftSection {
  /** 0 for items that come before any numbered section. */
  number: number;
  label: string;
  title: Para;
  intro: Para[];
  items: DraftItem[];
  outlineOnly?: boolean;
}

/** The structure the importer found, before it is written as MDX. */
export interface DraftEdition {
  notice?: DraftNotice;
  title?: Para;
  preamble: Para[];
  sections: DraftSection[];
  /** The source stops at the end of the preamble, before any item. */
  preambleTruncated?: boolean;
}

const DOC_NUMBER_RE = /^\S{1,20}[〔\[［（(]\d{4}[〕\]］）)]\s*\d{1,4}\s*号$/u;
const DATE_RE = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$/u;

const para = (b: Block): Para => ({ text: b.text.trim(), line: b.line });

/**
 * Reads the 通知 at the head of a text: 版头, 发文字号 (within the first three paragraphs), the notice's
 * title, 主送 (ending in a colon), body, 落款 and 成文日期. Returns the remaining blocks.
 */
export function recogniseNotice(blocks: Block[], file: string): { notice?: DraftNotice; rest: Block[] } {
  const d = blocks.slice(0, 3).findIndex((b) => DOC_NUMBER_RE.test(b.text.trim()));
  if (d < 1) return { rest: blocks };
  const dateAt = blocks.findIndex((b, i) => i > d + 2 && DATE_RE.test(b.text.trim()));
  if (dateAt < 0 || dateAt - d < 4) {
    throw new InputError(
      file,
      blocks[d]!.line,
      `a 发文字号 (${blocks[d]!.text.trim()}) opens a 通知, but no 成文日期 such as 2026年5月7日 follows its title, 主送 and body`,
      'check that the notice ends with the issuing organ on one line and the date on the next; or remove the notice lines and import the 要点 alone',
    );
  }
  const [banner, docNumber, title, recipients] = [blocks.slice(0, d), blocks[d]!, blocks[d + 1]!, blocks[d + 2]!];
  if (!/[：:]$/u.test(recipients.text.trim())) {
    throw new InputError(file, recipients.line, `the notice's 主送机关 should end with a colon (：), found "${recipients.text.trim()}"`, 'put the recipients on their own line after the notice title, ending with ：');
  }
  const m = DATE_RE.exec(blocks[dateAt]!.text.trim())!;
  const notice: DraftNotice = {
    banner: { text: banner.map((b) => b.text.trim()).join(''), line: banner[0]!.line },
    docNumber: para(docNumber),
    title: para(title),
    recipients: para(recipients),
    body: blocks.slice(d + 3, dateAt - 1).map(para),
    signature: para(blocks[dateAt - 1]!),
    date: { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]), line: blocks[dateAt]!.line },
  };
  return { notice, rest: blocks.slice(dateAt + 1) };
}

/** Takes the 要点's own title off the front when the first paragraph reads as one. */
export function recogniseTitle(blocks: Block[]): { title?: Para; rest: Block[] } {
  const first = blocks[0];
  if (first && looksLikeTitle(first.text)) return { title: para(first), rest: blocks.slice(1) };
  return { rest: blocks };
}

/** An item line that holds only a title (`1.强化政治引领定向`), its body following on the next lines. */
function isTitleOnly(text: string): boolean {
  return [...text].length <= 40 && !/[。；！？，,]/u.test(text);
}

/** Splits a run-in item's first sentence off as its title: `深化政治机关建设。推动…` → title, body. */
export function splitRunInTitle(text: string): { title: string; body: string } {
  const m = /^[^。！？]*[。！？]/u.exec(text);
  if (!m) return { title: text, body: '' };
  return { title: m[0], body: text.slice(m[0].length).trimStart() };
}

/**
 * Reads preamble, sections (`一、…` with an optional intro) and items (`1.…`) in order. Numbers must run
 * on: a section or item number that repeats, goes back or skips is an error naming its line. A paragraph
 * that does not end a sentence is joined with the next one (a page break split it), and reported.
 */
export function recogniseBody(blocks: Block[], file: string): { preamble: Para[]; sections: DraftSection[]; changes: Normalisation[] } {
  const changes: Normalisation[] = [];
  const preamble: Para[] = [];
  const sections: DraftSection[] = [];
  let section: DraftSection | undefined;
  let item: DraftItem | undefined;
  let nextItem = 1;

  const add = (list: Para[], b: Block, canJoin: boolean) => {
    const last = list.at(-1);
    if (canJoin && last && !endsClosed(last.text)) {
      changes.push({ line: b.line, rule: 'page-break-join', detail: `${last.text.slice(-6)} / ${b.text.trim().slice(0, 6)}` });
      last.text = joinText(last.text, b.text);
    } else list.push(para(b));
  };

  for (const b of blocks) {
    const text = b.text.trim();
    const sec = readSectionLabel(text);
    if (sec && (b.heading || ([...sec.title].length <= 60 && !/[。；！？]$/u.test(sec.title)))) {
      const expected = sections.filter((s) => s.number > 0).length + 1;
      if (sec.number !== expected) throw numberingError(file, b.line, 'section', sec.label, expected, sec.number);
      section = { number: sec.number, label: sec.label, title: { text: sec.title, line: b.line }, intro: [], items: [] };
      sections.push(section);
      item = undefined;
      continue;
    }
    const num = readItemNumber(text);
    if (num && !b.heading) {
      if (num.number !== nextItem) throw numberingError(file, b.line, 'item', String(num.number), nextItem, num.number);
      if (!section) {
        section = { number: 0, label: '', title: { text: '', line: b.line }, intro: [], items: [] };
        sections.push(section);
      }
      const separate = isTitleOnly(num.title);
      item = { number: num.number, mark: num.mark, spaced: num.spaced, title: { text: num.title, line: b.line }, paragraphs: separate ? [] : [{ text: num.title, line: b.line }], separate };
      section.items.push(item);
      nextItem++;
      continue;
    }
    if (item) add(item.paragraphs, b, true);
    else if (section) add(section.intro, b, true);
    else add(preamble, b, true);
  }
  for (const s of sections) for (const it of s.items) if (!it.separate) splitItemTitle(it);
  return { preamble, sections, changes };
}

/** For a run-in item, the title is the first sentence of its first paragraph. */
function splitItemTitle(item: DraftItem): void {
  const first = item.paragraphs[0]!;
  const { title, body } = splitRunInTitle(first.text);
  item.title = { text: title, line: first.line };
  if (body) first.text = body;
  else item.paragraphs.shift();
}

function numberingError(file: string, line: number, kind: 'section' | 'item', found: string, expected: number, got: number): InputError {
  const what = kind === 'section' ? '部分 (section)' : '条 (item)';
  const problem = got < expected ? (got === expected - 1 ? 'repeats' : 'goes back') : 'skips';
  return new InputError(
    file,
    line,
    `${what} number ${found} ${problem}: expected ${kind === 'section' ? `section ${toChineseNumeral(expected)}、` : `item ${expected}`}`,
    `renumber the text as issued (sections 一、二、三…, items 1. 2. 3. … running on), or, if a line only looks like a numbered part, join it to the paragraph before it`,
  );
}
