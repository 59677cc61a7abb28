/** Types shared by the importer's steps. Line numbers are 1-based lines of the raw source file. */
import type { NORMALISATION_RULES, REMOVAL_RULES } from '../../schemas/edition.ts';

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

export type { Removal } from '../../schemas/edition.ts';
export type RemovalRule = (typeof REMOVAL_RULES)[number];
export type NormalisationRule = (typeof NORMALISATION_RULES)[number];

/** One normalisation applied at one place. */
export interface Normalisation {
  /** Raw line where it applied. */
  line: number;
  /** Which rule. */
  rule: NormalisationRule;
  /** A short excerpt before and after, for the report. */
  detail: string;
}
