/** Types shared by the importer's steps. Line numbers are 1-based lines of the raw source file. */

/** One line of the source, after decoding. `heading` is set when the source marked it as a Markdown heading. */
export interface SourceLine {
  /** 1-based line number in the raw file. */
  n: number;
  /** The line's text. */
  text: string;
  /** True when the source had a Markdown heading marker (`#`, `##` …) on this line. */
  heading?: boolean;
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
}

/** Rules by which the importer removes text that is not part of the issued words. */
export type RemovalRule =
  | 'source-metadata' // a `# source: … | issuer: … | year: …` line added by whoever collected the text
  | 'site-junk' // web-page navigation such as `下一篇:返回列表`
  | 'junk-marker' // a scraper's marker such as `〔*〕` before a repeated title
  | 'duplicate-title' // the title repeated on the next line
  | 'outline'; // a 目录 before the text; entries absent from the body are kept as outline-only items

/** Something the importer removed, with where it stood. */
export interface Removal {
  /** Raw line the text stood on. */
  line: number;
  /** Which rule removed it. */
  rule: RemovalRule;
  /** Exactly what was removed. For `junk-marker` a prefix of the line, otherwise the whole line (trimmed). */
  text: string;
}

/** Presentation changes the importer makes; none of them changes a word. */
export type NormalisationRule =
  | 'markdown-heading' // `## 一、…` → the heading's text (structure is recorded instead)
  | 'line-join' // hard-wrapped PDF lines joined into one paragraph
  | 'page-break-join' // a paragraph split by a page break (no closing punctuation) rejoined
  | 'unflatten' // a text flattened onto one line split at its section and item numbers
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
