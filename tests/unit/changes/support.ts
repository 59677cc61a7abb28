/**
 * Test support for change sets: the fixture editions, loaded (tests/fixtures/content/, frozen), and a change
 * set written as short lines a test can compare exactly. Edited copies are made with the MDX edits of
 * bench/change-pairs.ts (drop, insert, move, split, merge, renumber an item), which the benchmark's pairs use
 * too; every copy is loaded by loadEdition, so only the real parser builds Edition objects.
 */
import { editionMdx, load } from '../../../bench/change-pairs.ts';
import type { ChangeSet, ItemPair } from '../../../src/lib/changes/change-set.ts';
import type { Edition } from '../../../src/lib/edition/model.ts';
import { FIXTURE } from '../../support/fixture-content.ts';

/** The MDX text of a fixture edition (`dongguan-szjggw/2025`). */
export function fixtureMdx(id: string): string {
  return editionMdx(id, FIXTURE.root);
}

/** A fixture edition, loaded. */
export function committed(id: string): Edition {
  return load(fixtureMdx(id), id);
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
