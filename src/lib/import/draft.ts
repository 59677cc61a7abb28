/**
 * The structure the importer finds in a received text, before it is written as MDX. Every text keeps the
 * raw line it came from, for the report and for error messages.
 */
import type { LevelStyle } from '../text/numbering.ts';

/** A paragraph with the raw line it starts on. */
export interface Para {
  text: string;
  line: number;
  /** The source hid or lost words after this paragraph. */
  gapAfter?: boolean;
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

/** A numbered item: the level a reader cites (`1.` or `（一）`). Sub-points stay in its paragraphs, marker first. */
export interface DraftItem {
  /** The number as issued. */
  number: number;
  /** The number with its marks as issued: `1.`, `3、`, `（三）`. */
  marker: string;
  style: LevelStyle;
  /** A space stood after the marker (`1. 标题`). */
  spaced: boolean;
  /** The title as issued; for run-in items it ends with its sentence mark (`深化政治机关建设。`); `''` when none. */
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
  /** The number with its marks as issued: `二、`, `（二）`; `''` for section 0. */
  marker: string;
  style: LevelStyle;
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
  /** Items start again at 1 in each section (`（一）（二）` under every `一、`). */
  itemNumbering: 'edition' | 'section';
  /** Anchors of parts whose issued number skips one: kept as issued. */
  skips: string[];
  /** The source stops at the end of the preamble, before any item. */
  preambleTruncated?: boolean;
}
