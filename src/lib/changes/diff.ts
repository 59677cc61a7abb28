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
import { segmentText } from './segment.ts';

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
  const ta = segmentText(a).map((t) => t.text);
  const tb = segmentText(b).map((t) => t.text);
  return tidy(diffTokens(ta, tb));
}

/** Myers' diff over token lists: the shortest edit script as parts, one token each. */
export function diffTokens(a: readonly string[], b: readonly string[]): DiffPart[] {
  // Tokens as numbers, and the common start and end taken off first: most reworded items share both.
  const ids = new Map<string, number>();
  const id = (t: string) => ids.get(t) ?? (ids.set(t, ids.size), ids.size - 1);
  const x = a.map(id);
  const y = b.map(id);
  let start = 0;
  while (start < x.length && start < y.length && x[start] === y[start]) start++;
  let end = 0;
  while (end < x.length - start && end < y.length - start && x[x.length - 1 - end] === y[y.length - 1 - end]) end++;

  const head = a.slice(0, start).map((text): DiffPart => ({ kind: 'same', text }));
  const tail = a.slice(a.length - end).map((text): DiffPart => ({ kind: 'same', text }));
  const middle = myers(x.slice(start, x.length - end), y.slice(start, y.length - end)).map(([kind, k]): DiffPart => ({
    kind,
    text: kind === 'added' ? b[start + k]! : a[start + k]!,
  }));
  return [...head, ...middle, ...tail];
}

/** The edit script as [kind, index into a (same, removed) or b (added)], in order. */
function myers(a: readonly number[], b: readonly number[]): [DiffPart['kind'], number][] {
  const n = a.length;
  const m = b.length;
  const offset = n + m + 2;
  const v = new Int32Array(2 * offset + 1);
  // The frontier before each step d, diagonals −d−1 … d+1, packed one after another into one buffer
  // (step d starts at d·(d+2)): one allocation instead of one per step.
  let trace = new Int32Array(1024);
  const start = (d: number) => d * (d + 2);
  let steps = 0;
  search: for (let d = 0; d <= n + m; d++) {
    if (start(d + 1) > trace.length) {
      const grown = new Int32Array(Math.max(trace.length * 2, start(d + 1)));
      grown.set(trace);
      trace = grown;
    }
    trace.set(v.subarray(offset - d - 1, offset + d + 2), start(d));
    steps = d + 1;
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!) ? v[offset + k + 1]! : v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) break search;
    }
  }
  const script: [DiffPart['kind'], number][] = [];
  let x = n;
  let y = m;
  for (let d = steps - 1; d >= 0; d--) {
    const at = (k: number) => trace[start(d) + k + d + 1]!;
    const k = x - y;
    const pk = k === -d || (k !== d && at(k - 1) < at(k + 1)) ? k + 1 : k - 1;
    const px = at(pk);
    const py = px - pk;
    while (x > px && y > py) {
      x--;
      y--;
      script.push(['same', x]);
    }
    if (d > 0) script.push(x === px ? ['added', py] : ['removed', px]);
    x = px;
    y = py;
  }
  return script.reverse();
}

/** Folds short kept runs into the changes around them, orders each change removed-then-added, merges runs. */
function tidy(parts: readonly DiffPart[]): DiffPart[] {
  const runs = merge(parts);
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
  return merge(out);
}

/** Adjacent parts of the same kind as one. */
function merge(parts: readonly DiffPart[]): DiffPart[] {
  const out: DiffPart[] = [];
  for (const p of parts) {
    const last = out.at(-1);
    if (last && last.kind === p.kind) last.text += p.text;
    else out.push({ ...p });
  }
  return out;
}
