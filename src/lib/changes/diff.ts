/**
 * A word-level diff of two texts for reading: what was removed and what was inserted, in whole words
 * (segment.ts), never half a word. Myers' O(ND) algorithm over the tokens (words, punctuation, spaces), then
 * two clean-ups that make a Chinese diff read as phrases rather than confetti:
 *
 * - a kept run of one or two characters (的, 和, a comma) between two changes is folded into them, so
 *   `加强的管理` → `强化的监督` reads 〔加强的管理〕→〔强化的监督〕, not 加强→强化 的 管理→监督;
 * - within one change, the removed text comes before the inserted text, and adjacent parts of the same
 *   kind are merged.
 *
 * Joining the `same` and `removed` parts gives back a; the `same` and `added` parts give back b.
 */
import { segmentText, type Token } from './segment.ts';
import { mergeRuns } from '../text/runs.ts';

/** A run of text that both have (`same`), only a has (`removed`) or only b has (`added`). */
export interface DiffPart {
  kind: 'same' | 'removed' | 'added';
  text: string;
}

/** Kept runs this short (in characters) between two changes are folded into the change. */
const SHORT_SAME = 2;

/**
 * The word-level difference from a to b.
 *
 * @example diffWords('加强党员教育管理', '强化党员教育管理')
 *   → [{ kind: 'removed', text: '加强' }, { kind: 'added', text: '强化' }, { kind: 'same', text: '党员教育管理' }]
 */
export function diffWords(a: string, b: string): DiffPart[] {
  const ta = segmentText(a);
  const tb = segmentText(b);
  return tidy(diffNumbered(texts(ta), texts(tb), ids(ta), ids(tb)));
}

function texts(tokens: readonly Token[]): string[] {
  const out = new Array<string>(tokens.length);
  for (let k = 0; k < tokens.length; k++) out[k] = tokens[k]!.text;
  return out;
}

function ids(tokens: readonly Token[]): Int32Array {
  const out = new Int32Array(tokens.length);
  for (let k = 0; k < tokens.length; k++) out[k] = tokens[k]!.id;
  return out;
}

/** Myers' diff over token lists: the shortest edit script as parts, one token each. */
export function diffTokens(a: readonly string[], b: readonly string[]): DiffPart[] {
  const numbers = new Map<string, number>();
  const number = (t: string) => {
    let n = numbers.get(t);
    if (n === undefined) numbers.set(t, (n = numbers.size));
    return n;
  };
  return diffNumbered(a, b, Int32Array.from(a, number), Int32Array.from(b, number));
}

/** diffTokens with the tokens numbered already (x, y: the same number for the same text). */
function diffNumbered(a: readonly string[], b: readonly string[], x: Int32Array, y: Int32Array): DiffPart[] {
  // The common start and end taken off first: most reworded items share both.
  let start = 0;
  while (start < x.length && start < y.length && x[start] === y[start]) start++;
  let end = 0;
  while (end < x.length - start && end < y.length - start && x[x.length - 1 - end] === y[y.length - 1 - end]) end++;

  const parts: DiffPart[] = [];
  for (let k = 0; k < start; k++) parts.push({ kind: 'same', text: a[k]! });
  const script = myers(x.subarray(start, x.length - end), y.subarray(start, y.length - end));
  for (let k = 0; k < script.length; k++) {
    const op = script[k]!;
    const kind = op & 3;
    const at = start + (op >> 2);
    parts.push(kind === ADDED ? { kind: 'added', text: b[at]! } : { kind: kind === SAME ? 'same' : 'removed', text: a[at]! });
  }
  for (let k = a.length - end; k < a.length; k++) parts.push({ kind: 'same', text: a[k]! });
  return parts;
}

/** Edit operations, packed as index · 4 + kind. */
const SAME = 0;
const REMOVED = 1;
const ADDED = 2;

/**
 * The furthest x reached on each diagonal, step after step, kept for the way back: step d's diagonals
 * −d, −d+2, …, d at row d·(d+1)/2. Kept between calls (grown as needed) unless it grew past REUSE_MAX, so
 * a diff does not allocate and zero fresh memory for every step.
 */
let frontier = new Int32Array(4096);
const REUSE_MAX = 1 << 20;

/**
 * The edit script as index · 4 + kind: SAME and REMOVED with an index into a, ADDED with an index into b,
 * in order. Myers' greedy forward search (at each step and diagonal, down from k+1 when it reached further
 * than right from k−1, else right), then the way back through the kept frontiers.
 */
function myers(a: Int32Array, b: Int32Array): Int32Array {
  const n = a.length;
  const m = b.length;
  let front = frontier;
  let steps = 0;
  search: for (let d = 0; d <= n + m; d++) {
    const row = (d * (d + 1)) / 2;
    const prev = row - d;
    if (row + d + 1 > front.length) {
      const grown = new Int32Array(Math.max(front.length * 2, row + d + 1));
      grown.set(front.subarray(0, row));
      front = grown;
    }
    steps = d + 1;
    // i = (k + d) / 2: diagonal k of this row; on the previous row, k − 1 is at i − 1 and k + 1 at i.
    // left: the previous row's x on diagonal k − 1 (read as the last iteration's k + 1).
    let left = 0;
    for (let k = -d, i = 0; k <= d; k += 2, i++) {
      let x: number;
      if (k === d) x = d === 0 ? 0 : left + 1;
      else {
        const down = front[prev + i]!;
        x = k === -d || left < down ? down : left + 1;
        left = down;
      }
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      front[row + i] = x;
      if (x >= n && y >= m) break search;
    }
  }
  if (front.length <= REUSE_MAX) frontier = front;

  // D = steps − 1 edits and (n + m − D) / 2 kept tokens.
  const script = new Int32Array((n + m + steps - 1) / 2);
  let at = script.length;
  let x = n;
  let y = m;
  for (let d = steps - 1; d >= 0; d--) {
    let px = 0;
    let py = 0;
    if (d > 0) {
      const prev = (d * (d - 1)) / 2;
      const k = x - y;
      const i = (k + d) / 2;
      const pk = k === -d || (k !== d && front[prev + i - 1]! < front[prev + i]!) ? k + 1 : k - 1;
      px = front[prev + (pk + d - 1) / 2]!;
      py = px - pk;
    }
    while (x > px && y > py) {
      x--;
      y--;
      script[--at] = x * 4 + SAME;
    }
    if (d > 0) script[--at] = x === px ? py * 4 + ADDED : px * 4 + REMOVED;
    x = px;
    y = py;
  }
  return script;
}

/** Folds short kept runs into the changes around them, orders each change removed-then-added, merges runs. */
function tidy(parts: readonly DiffPart[]): DiffPart[] {
  const runs = mergeRuns(parts);
  const folded: DiffPart[] = [];
  for (let k = 0; k < runs.length; k++) {
    const r = runs[k]!;
    const between = k > 0 && k < runs.length - 1 && runs[k - 1]!.kind !== 'same' && runs[k + 1]!.kind !== 'same';
    if (r.kind === 'same' && between && [...r.text].length <= SHORT_SAME) folded.push({ kind: 'removed', text: r.text }, { kind: 'added', text: r.text });
    else folded.push(r);
  }
  // Within each stretch between kept runs: all removed text, then all added text.
  const out: DiffPart[] = [];
  let removed = '';
  let added = '';
  const flush = () => {
    if (removed) out.push({ kind: 'removed', text: removed });
    if (added) out.push({ kind: 'added', text: added });
    removed = added = '';
  };
  for (const p of folded) {
    if (p.kind === 'removed') removed += p.text;
    else if (p.kind === 'added') added += p.text;
    else {
      flush();
      out.push(p);
    }
  }
  flush();
  return mergeRuns(out);
}

