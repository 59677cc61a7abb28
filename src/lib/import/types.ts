/** Types shared by the importer's steps. Line numbers are 1-based lines of the raw source file. */

/** One line of the source, after decoding. `heading` is set when the source marked it as a Markdown heading. */
export interface SourceLine {
  /** 1-based line number in the raw file. */
  n: number;
  /** The line's text. */
  text: string;
  /** True when the source marked this line as a heading (a Markdown `#`, a Word heading style, an HTML `<h2>`). */
  heading?: boolean;
  /** How many characters at the start were bold in the received document (a run-in title), when known. */
  bold?: number;
  /** The source hid or lost words just before this line (a paywall's `此处隐藏N字`). */
  gapBefore?: boolean;
}

/** A paragraph of the source: one or more source lines joined. */
export interface Block {
  /** First raw line of the block. */
  line: number;
  /** Last raw line of the block. */
  endLine: number;
  /** The joined text. */
  text: string;
  /** Marked as a heading in the source. */
  heading?: boolean;
  /** Characters at the start that were bold in the received document, when known. */
  bold?: number;
  /** The source hid or lost words just before this block. */
  gapBefore?: boolean;
}

/** Rules by which the importer removes text that is not part of the issued words. */
export type RemovalRule =
  | 'source-metadata' // a `# source: … | issuer: … | year: …` line added by whoever collected the text
  | 'site-junk' // web-page navigation such as `下一篇:返回列表`
  | 'junk-marker' // a scraper's marker such as `〔*〕` before a repeated title
  | 'hidden-marker' // a paywall's `---此处隐藏1234字,下载后查看---`: the text on both sides is kept, the gap marked
  | 'duplicate-title' // the title repeated on the next line
  | 'editorial-mark' // a mark this site prints (〔原文至此中断〕, 节选 …) in a copy printed or saved from it
  | 'supplied-title' // a title this site printed as supplied by an editor (〔原文无标题，标题为编者所加〕)
  | 'outline'; // a 目录 before the text; entries absent from the body are kept as outline-only items

/** Something the importer removed, with where it stood. */
export interface Removal {
  /** Raw line the text stood on. */
  line: number;
  /** Which rule removed it. */
  rule: RemovalRule;
  /** Exactly what was removed: for `junk-marker` and `hidden-marker` its first occurrence in the line, otherwise the whole line (trimmed). */
  text: string;
}

/** Presentation changes the importer makes; none of them changes a word. */
export type NormalisationRule =
  | 'markdown-heading' // `## 一、…` → the heading's text (structure is recorded instead)
  | 'line-join' // hard-wrapped PDF lines joined into one paragraph
  | 'page-break-join' // a paragraph split by a page break (no closing punctuation) rejoined
  | 'unflatten' // a paragraph that holds several numbered parts (a text flattened onto one line) split at their numbers
  | 'full-width-punctuation' // half-width `, : ; ? ! ( ) "` beside Chinese → `，：；？！（）“”`
  | 'stray-space'; // a space between two Chinese characters removed

/** One normalisation applied at one place. */
export interface Normalisation {
  /** Raw line where it applied. */
  line: number;
  /** Which rule. */
  rule: NormalisationRule;
  /** A short excerpt before and after, for the report. */
  detail: string;
}
