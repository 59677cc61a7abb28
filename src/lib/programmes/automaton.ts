/**
 * An Aho–Corasick automaton over code points: finds every occurrence of every key in one pass over a
 * text, in time linear in the text plus the number of occurrences, whatever the number of keys.
 * It knows nothing of programmes; src/lib/programmes/matcher.ts decides which occurrences count.
 */

/** A built automaton. */
export interface Automaton {
  /** Number of states (the trie's nodes). */
  readonly size: number;
  /**
   * Runs over `codes` and calls `found(key, end)` for every occurrence of a key ending before index `end`
   * (so it starts at `end − keyLength`). Occurrences come in order of their end. Returns the number of
   * transitions taken (goto and failure moves), at most 2 × codes.length.
   */
  scan(codes: ArrayLike<number>, found: (key: number, end: number) => void): number;
}

/**
 * Builds the automaton for `keys` (each a list of code points; the index is the key's number).
 * @example buildAutomaton([[...'he'], [...'she']].map(k => k.map(c => c.codePointAt(0)!)))
 */
export function buildAutomaton(keys: readonly (readonly number[])[]): Automaton {
  const next: Map<number, number>[] = [new Map()];
  const out: number[][] = [[]];
  keys.forEach((key, index) => {
    let state = 0;
    for (const c of key) {
      let to = next[state]!.get(c);
      if (to === undefined) {
        to = next.length;
        next.push(new Map());
        out.push([]);
        next[state]!.set(c, to);
      }
      state = to;
    }
    if (key.length > 0) out[state]!.push(index);
  });

  // Failure links by breadth-first search; `output[s]` is the nearest state on the failure chain of s
  // (s itself included) that ends a key, or −1, so that reporting skips states that end nothing.
  const fail = new Int32Array(next.length);
  const output = new Int32Array(next.length).fill(-1);
  const queue: number[] = [];
  for (const child of next[0]!.values()) queue.push(child);
  for (let head = 0; head < queue.length; head++) {
    const u = queue[head]!;
    output[u] = out[u]!.length > 0 ? u : output[fail[u]!]!;
    for (const [c, v] of next[u]!) {
      let f = fail[u]!;
      while (f !== 0 && !next[f]!.has(c)) f = fail[f]!;
      fail[v] = next[f]!.get(c) ?? 0;
      queue.push(v);
    }
  }

  return {
    size: next.length,
    scan(codes, found) {
      let state = 0;
      let steps = 0;
      for (let i = 0; i < codes.length; i++) {
        const c = codes[i]!;
        while (state !== 0 && !next[state]!.has(c)) {
          state = fail[state]!;
          steps++;
        }
        state = next[state]!.get(c) ?? 0;
        steps++;
        for (let s = output[state]!; s !== -1; s = output[fail[s]!]!) {
          for (const key of out[s]!) found(key, i + 1);
        }
      }
      return steps;
    },
  };
}
