import { InputError } from '../errors.ts';
import type { DraftNotice, Para } from './draft.ts';
import { looksLikeDocumentTitle, looksLikeTitle } from './normalise/title.ts';
import { assemble } from './structure/assemble.ts';
import { chooseLevels } from './structure/levels.ts';
import { segment } from './structure/segment.ts';
import type { Block, Normalisation } from './types.ts';

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

/**
 * Takes the 要点's own title off the front when the first paragraph reads as one, or starts with one
 * followed by a space (a text flattened onto one line); the split is reported as `unflatten`.
 */
export function recogniseTitle(blocks: Block[]): { title?: Para; rest: Block[]; changes: Normalisation[] } {
  const first = blocks[0];
  if (!first) return { rest: blocks, changes: [] };
  if (looksLikeDocumentTitle(first.text)) return { title: para(first), rest: blocks.slice(1), changes: [] };
  for (const m of first.text.slice(0, 100).matchAll(/\s+/gu)) {
    const head = first.text.slice(0, m.index);
    if (!looksLikeTitle(head)) continue;
    const rest = first.text.slice(m.index + m[0].length);
    return {
      title: { text: head, line: first.line },
      rest: [{ ...first, text: rest, heading: false, bold: undefined }, ...blocks.slice(1)],
      changes: [{ line: first.line, rule: 'unflatten', detail: `${head.slice(-6)} / ${rest.slice(0, 8)}` }],
    };
  }
  return { rest: blocks, changes: [] };
}

/**
 * Reads the body: preamble, then sections, items and sub-points at whichever levels of GB/T 9704 the text
 * numbers them with, found from the numbers themselves (see structure/). Skipped numbers are kept as
 * issued and warned about; a repeated one at the start of a paragraph is an error naming its line.
 */
export function recogniseBody(blocks: Block[], file: string, { rejoin = true } = {}) {
  const levels = chooseLevels(blocks);
  const segmented = segment(blocks, levels, file);
  const assembled = assemble(segmented.pieces, levels, { rejoin });
  return {
    levels,
    preamble: assembled.preamble,
    sections: assembled.sections,
    skips: segmented.skips,
    changes: [...segmented.changes, ...assembled.changes].sort((x, y) => x.line - y.line),
    warnings: [...segmented.warnings, ...assembled.warnings],
  };
}
