import { formatChineseDate } from '../text/date.ts';
import type { Edition, Item } from './model.ts';

/** The texts of an edition in reading order, each a paragraph as issued (run-in items joined). */
export interface EditionText {
  /** Notice, title, preamble, sections and items with text. */
  main: string[];
  /** Parts known only from the outline: `四、突出作风砺行`, `13.深化作风建设常态化`. */
  outlineOnly: string[];
}

/** An item's heading as issued: `1. 深化政治机关建设。` keeps its number and mark. */
export function itemHeading(item: Item): string {
  return `${item.label}${item.title}`;
}

/**
 * The edition's words in order, paragraph by paragraph, as issued: the notice (with 成文日期 printed as
 * 2026年5月7日), the title (unless an editor supplied it), preamble, sections, items. A run-in item's title
 * and first paragraph form one paragraph, as in the issued layout.
 */
export function editionText(edition: Edition): EditionText {
  const main: string[] = [];
  const outlineOnly: string[] = [];
  const n = edition.notice;
  if (n) main.push(n.banner, n.docNumber, n.title, n.recipients, ...n.body, n.signature, formatChineseDate(n.date));
  if (!edition.titleSupplied) main.push(edition.title);
  main.push(...edition.preamble.map((p) => p.text));
  for (const s of edition.sections) {
    if (s.number > 0) (s.outlineOnly ? outlineOnly : main).push(s.heading);
    main.push(...s.intro.map((p) => p.text));
    for (const it of s.items) {
      if (it.outlineOnly) {
        outlineOnly.push(itemHeading(it));
        continue;
      }
      const [first, ...rest] = it.paragraphs.map((p) => p.text);
      if (edition.itemLayout === 'run-in' && first !== undefined) main.push(`${itemHeading(it)}${first}`, ...rest);
      else main.push(itemHeading(it), ...(first === undefined ? [] : [first]), ...rest);
    }
  }
  return { main, outlineOnly };
}

/** The whole edition as plain text, paragraphs separated by blank lines. */
export function editionPlainText(edition: Edition): string {
  return editionText(edition).main.join('\n\n');
}
