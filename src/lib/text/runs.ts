/** A run of text of one kind: a diff part (`same`, `added` …), a highlighted token (`heading`, `key` …). */
export interface Run<K> {
  text: string;
  kind?: K;
}

/**
 * Joins neighbouring runs of the same kind into one (a diff of single words, a grammar that splits a word into
 * several tokens). The runs given are not changed.
 * @example mergeRuns([{ text: '四', kind: 'same' }, { text: '强', kind: 'same' }]) // [{ text: '四强', kind: 'same' }]
 */
export function mergeRuns<R extends Run<unknown>>(runs: readonly R[]): R[] {
  const out: R[] = [];
  for (const r of runs) {
    const last = out.at(-1);
    if (last && last.kind === r.kind) last.text += r.text;
    else out.push({ ...r });
  }
  return out;
}
