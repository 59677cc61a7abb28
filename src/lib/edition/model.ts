import type { EditionData, Notice } from '../../schemas/edition.ts';
import type { LevelStyle, Point } from '../text/numbering.ts';

export type { Point };

/** A paragraph of issued text, with the line of the MDX file it starts on. */
export interface Paragraph {
  text: string;
  line: number;
  /** The paragraph opens a numbered sub-point of its item (`1.` or `（1）` under a `（一）` item). */
  point?: Point;
  /** The source hid or lost words after this paragraph (`<Gap />`). */
  gapAfter?: boolean;
}

/**
 * A numbered item: the citable point a reader means (`14. 压紧压实…` or `（三）加强…`), whichever level of
 * GB/T 9704 §7.3.3 the edition numbers its points with. Deeper levels (`1.` under `（一）`, `（1）`) are
 * paragraphs of the item that carry a `point`.
 */
export interface Item {
  /** Its place in the edition, 1, 2, 3 … (unique; equals the issued number when items run on). */
  number: number;
  /** The number as issued: 14 for `14.`, 3 for `（三）`. */
  issued: number;
  /** The numbering level it was issued at. */
  style: LevelStyle;
  /** The number with its marks as issued, e.g. `14.`, `3、` or `（三）`. */
  label: string;
  /** How staff cite it within the edition: `第14条`, or `第二部分第（三）项` when items restart in each section. */
  cite: string;
  /** The title as issued (a run-in title keeps its full stop: `深化政治机关建设。`); `''` for an item issued without one. */
  title: string;
  /** Body paragraphs; empty for an outline-only item. */
  paragraphs: Paragraph[];
  /** `item-14`, or `item-2-3` when items restart in each section: permanent, from the issued numbers. */
  anchor: string;
  /** Known only from the source's 目录: the text never reached this item. */
  outlineOnly: boolean;
  /** The source stops inside this item. */
  truncated: boolean;
  /** Number of the section it belongs to (0: before any section). */
  section: number;
  /** Line of its heading in the MDX file. */
  line: number;
}

/** A section (部分): `一、深化“铸魂工程”…` with an optional intro and its items. */
export interface Section {
  /** The number as issued: 1 for 一, 2 for 二 …; 0 for items that stand before any numbered section. */
  number: number;
  /** The numeral as issued, e.g. `二`. */
  label: string;
  /** The numeral with its marks as issued: `二、` or `（二）`. */
  marker: string;
  /** The numbering level the sections were issued at (`chinese` for `一、`). */
  style: LevelStyle;
  title: string;
  /** The full heading as issued, e.g. `二、深化“珠链工程”，夯实组织基础、锻造坚强堡垒`. */
  heading: string;
  /** `part-2`: permanent, from the issued number. */
  anchor: string;
  intro: Paragraph[];
  items: Item[];
  outlineOnly: boolean;
  line: number;
}

/** One edition, parsed once from its MDX and used by every page, index and check. */
export interface Edition {
  /** `<issuer>/<year>`. */
  id: string;
  issuer: string;
  year: number;
  title: string;
  titleSupplied: boolean;
  itemLayout: EditionData['itemLayout'];
  notice: Notice | undefined;
  preamble: Paragraph[];
  sections: Section[];
  /** All items in order, for convenience. */
  items: Item[];
  /** The numbering levels the edition uses (sections, items, sub-points), shallowest first. */
  levels: LevelStyle[];
  /** How many places the source hid or lost words (`---此处隐藏N字---`), each marked after its paragraph. */
  gaps: number;
  /** False for an excerpt or a source that stops mid-text. */
  complete: boolean;
  /** Where the source stops, when it does: the section and the item's place (`Item.number`). */
  truncatedAt: { section: number; item?: number } | undefined;
  /** The frontmatter as validated. */
  data: EditionData;
  /** The MDX file it came from. */
  file: string;
}
