/**
 * Test support for change sets: read the committed editions, make edited copies by changing their MDX
 * text (every copy is then loaded by loadEdition, so only the real parser builds Edition objects), and
 * write a change set as short lines that a test can compare exactly. The MDX edits and the benchmark's
 * real pairs live in bench/change-pairs.ts (the benchmark uses them too).
 */
import type { ChangeSet, ItemPair } from '../../../src/lib/changes/change-set.ts';
import { editionMdx, load } from '../../../bench/change-pairs.ts';
import type { Edition } from '../../../src/lib/edition/model.ts';

export {
  benchmarkPairs,
  dropItem,
  editionMdx,
  insertBefore,
  itemBlock,
  load,
  mergeWithNext,
  moveItem,
  renumber,
  replaceOnce,
  setYear,
  splitItem,
} from '../../../bench/change-pairs.ts';

/** A committed edition, loaded. */
export function committed(id: string): Edition {
  return load(editionMdx(id), id);
}

/** A pair as a line: `4→4 reworded`, `12→18 moved`, with `(title)` or `(prefix)` when not compared on full texts. */
function pairLine(p: ItemPair): string {
  return `${p.older.number}→${p.newer.number} ${p.kind}${p.basis === 'text' ? '' : ` (${p.basis})`}`;
}

/** A change set as lines: pairs in newer order, then splits, merges, dropped and added (`?`: uncertain). */
export function describe(set: ChangeSet): string[] {
  return [
    ...set.pairs.map(pairLine),
    ...set.split.map((s) => `split ${s.older.number}→${s.newer.map((r) => r.number).join('+')}`),
    ...set.merged.map((m) => `merge ${m.older.map((r) => r.number).join('+')}→${m.newer.number}`),
    ...set.dropped.map((d) => `dropped ${d.item.number}${d.uncertain ? '?' : ''}`),
    ...set.added.map((d) => `added ${d.item.number}${d.uncertain ? '?' : ''}`),
  ];
}
