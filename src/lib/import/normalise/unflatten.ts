import { readItemNumber, readSectionLabel } from '../../text/numbering.ts';
import type { Normalisation, SourceLine } from '../types.ts';

/** A line this long that holds several numbered parts is a flattened text, not a paragraph. */
const MIN_FLAT_LENGTH = 200;

/**
 * Splits a text that was flattened onto one line back into its parts. A split is made only at white space
 * followed by the next expected number — section `二、` after `一、`, item `3.` after `2.` — so a
 * number quoted inside a sentence never splits it. Needs at least two such splits to act.
 * @example unflatten('总要求。 一、走好第一方阵 1.深化建设。内容') // three lines
 */
export function unflatten(lines: SourceLine[]): { lines: SourceLine[]; changes: Normalisation[] } {
  const changes: Normalisation[] = [];
  const out: SourceLine[] = [];
  let nextSection = 1;
  let nextItem = 1;
  for (const line of lines) {
    if (line.text.length < MIN_FLAT_LENGTH) {
      out.push(line);
      continue;
    }
    const cuts: number[] = [];
    let sec = nextSection;
    let item = nextItem;
    for (const m of line.text.matchAll(/\s+(?=\S)/gu)) {
      const at = m.index + m[0].length;
      const rest = line.text.slice(at, at + 80);
      if (readSectionLabel(rest)?.number === sec) {
        cuts.push(at);
        sec++;
      } else if (readItemNumber(rest)?.number === item) {
        cuts.push(at);
        item++;
      }
    }
    if (cuts.length < 2) {
      out.push(line);
      continue;
    }
    nextSection = sec;
    nextItem = item;
    let start = 0;
    for (const cut of [...cuts, line.text.length]) {
      const piece = line.text.slice(start, cut).trim();
      if (piece) out.push({ n: line.n, text: piece, heading: false });
      if (cut < line.text.length) {
        changes.push({ line: line.n, rule: 'unflatten', detail: `… / ${line.text.slice(cut, cut + 10)}…` });
      }
      start = cut;
    }
  }
  return { lines: out, changes };
}
