import type { SourceLine } from '../types.ts';

/**
 * Splits decoded text into numbered lines. CRLF and CR line ends become line breaks; a BOM is dropped.
 * @example splitLines('a\r\nb') // [{n:1,text:'a'},{n:2,text:'b'}]
 */
export function splitLines(text: string): SourceLine[] {
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .map((t, i) => ({ n: i + 1, text: t }));
}
