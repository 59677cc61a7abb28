import type { EditionData, Notice } from '../../schemas/edition.ts';

/** A paragraph of issued text, with the line of the MDX file it starts on. */
export interface Paragraph {
  text: string;
  line: number;
}

/** A numbered item (条): `14. 压紧压实管党治党政治责任。…`. */
export interface Item {
  /** The number as issued. Its anchor is `item-<number>`. */
  number: number;
  /** The number with its mark as issued, e.g. `14.` or `3、`. */
  label: string;
  /** The title as issued (a run-in title keeps its full stop: `深化政治机关建设。`). */
  title: string;
  /** Body paragraphs; empty for an outline-only item. */
  paragraphs: Paragraph[];
  /** `item-14`: permanent, from the issued number. */
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
  /** 1 for 一, 2 for 二 …; 0 for items that stand before any numbered section. */
  number: number;
  /** The Chinese numeral as issued, e.g. `二`. */
  label: string;
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
  /** False for an excerpt or a source that stops mid-text. */
  complete: boolean;
  /** Where the source stops, when it does. */
  truncatedAt: { section: number; item?: number } | undefined;
  /** The frontmatter as validated. */
  data: EditionData;
  /** The MDX file it came from. */
  file: string;
}
